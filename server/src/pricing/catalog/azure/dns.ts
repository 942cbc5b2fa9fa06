import type { Family, FamilyContext } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { referenced } from '../aws/common';
import { billingLocation, usage } from './common';

const PUBLIC_RECORDS = ['a', 'aaaa', 'caa', 'cname', 'mx', 'ns', 'ptr', 'srv', 'txt'].map(
  (t) => `azurerm_dns_${t}_record`,
);
const PRIVATE_RECORDS = ['a', 'aaaa', 'cname', 'mx', 'ptr', 'srv', 'txt'].map(
  (t) => `azurerm_private_dns_${t}_record`,
);

/**
 * Azure DNS is global and billed by DNS billing zone. Zones and record sets have no location: the billing zone
 * comes from the resource group's location (resource_group_name), else the region the resource is priced in, and
 * is mapped as Infracost maps it (Germany, US Gov and China have their own zones; everything else is Zone 1).
 */
function billingZone(r: ResourceReader, ctx: FamilyContext): string {
  const { location, note } = billingLocation(ctx, referenced(r, 'resource_group_name')?.location);
  const zone = location.startsWith('usgov')
    ? 'US Gov Zone 1'
    : location.startsWith('germany')
      ? 'DE Zone 1'
      : location.startsWith('china')
        ? 'Zone 1 (China)'
        : 'Zone 1';
  r.assume({ label: 'DNS billing zone', value: zone, source: 'derived', note });
  return zone;
}

/**
 * azurerm_dns_zone, azurerm_private_dns_zone: one hosted zone-month at the first-25-zones price (the cheaper
 * price for further zones of a subscription is not in the snapshot).
 */
export const dnsZone: Family = {
  cloud: 'azure',
  terraform: ['azurerm_dns_zone', 'azurerm_private_dns_zone'],
  price(r, ctx) {
    const kind = r.type === 'azurerm_private_dns_zone' ? 'private' : 'public';
    const key = [billingZone(r, ctx), `${kind}-zone`, '0'];
    return { components: [{ name: 'Hosted zone', unit: 'months', quantity: 1, price: { table: 'azure/dns', key } }] };
  },
};

/** DNS record sets (public and private): queries tiered at 1B a month (usage: monthly_queries), as Infracost does. */
export const dnsRecord: Family = {
  cloud: 'azure',
  terraform: [...PUBLIC_RECORDS, ...PRIVATE_RECORDS],
  price(r, ctx) {
    const kind = r.type.startsWith('azurerm_private_dns_') ? 'private' : 'public';
    const price = { table: 'azure/dns', key: [billingZone(r, ctx), `${kind}-queries`], tiered: true };
    return { components: [usage('DNS queries', '1M queries', ctx, 'monthly_queries', price, 1 / 1_000_000)] };
  },
};
