import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family, PriceQuery } from '../../family';
import { referenced } from '../aws/common';
import { usage } from './common';
import { edgeZone } from './front-door';

/** Rules engine rules included with a Standard_Microsoft endpoint. */
const FREE_RULES = 5;
/** Outbound data beyond this many GB a month (10 TB) is on a tier whose price no source pins. */
const FIRST_TIER_END = 10_000;

/**
 * azurerm_cdn_endpoint (Azure CDN classic), priced by its profile's sku (profile_name) in the edge zone of the
 * endpoint's location. Standard_Microsoft: outbound data per GB (usage: monthly_outbound_gb; first 10 TB priced),
 * rules engine rules beyond five per month and rules engine requests per 1M (usage: monthly_rules_engine_requests).
 * Akamai and Verizon (Edgio) SKUs are retired and shown unknown.
 */
export const cdnEndpoint: Family = {
  cloud: 'azure',
  terraform: ['azurerm_cdn_endpoint'],
  price(r, ctx) {
    const sku = referenced(r, 'profile_name')?.sku;
    if (typeof sku === 'string') {
      r.assume({ label: 'profile sku', value: sku, source: 'derived', note: 'the profile named in profile_name' });
    }
    const zone = edgeZone(ctx.region);
    r.assume({ label: 'billing zone', value: zone, source: 'derived', note: `${ctx.region}, the endpoint's location` });
    const data = (price: PriceQuery | Unknown) =>
      usage('Outbound data transfer', 'GB', ctx, 'monthly_outbound_gb', price);
    if (sku !== 'Standard_Microsoft') {
      const why =
        typeof sku === 'string'
          ? new Unknown(`Azure CDN ${sku} is retired or not in the offline snapshot (Standard_Microsoft only)`)
          : new Unknown("the profile's sku is not known (profile_name not resolved)");
      return { components: [data(why)] };
    }
    const q = (item: string): PriceQuery | Unknown =>
      zone === 'Zone 1'
        ? { table: 'azure/cdn', key: [zone, item, '0'] }
        : new Unknown(`CDN prices for ${zone} are not in the offline snapshot`);
    const out = data(q('microsoft-data'));
    const beyond = typeof out.quantity === 'number' && out.quantity > FIRST_TIER_END;
    const why = new Unknown('outbound data over the first 10 TB (10,000 GB) a month is not in the offline snapshot');
    const components: ComponentSpec[] = [beyond ? { ...out, price: why } : out];
    const rules = r.list('global_delivery_rule').length + r.list('delivery_rule').length;
    if (rules > FREE_RULES) {
      const extra = rules - FREE_RULES;
      const name = `Rules engine rules (over ${FREE_RULES})`;
      components.push({ name, unit: 'rules', quantity: extra, price: q('microsoft-rule') });
    }
    if (rules > 0) {
      const key = 'monthly_rules_engine_requests';
      components.push(usage('Rules engine requests', '1M requests', ctx, key, q('microsoft-rule-requests'), 1e-6));
    }
    return { components };
  },
};
