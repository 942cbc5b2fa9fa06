import type { Family } from '../../family';

const ITEMS: Record<string, [string, string]> = {
  azurerm_private_dns_resolver_inbound_endpoint: ['Inbound endpoint', 'inbound-endpoint'],
  azurerm_private_dns_resolver_outbound_endpoint: ['Outbound endpoint', 'outbound-endpoint'],
  azurerm_private_dns_resolver_dns_forwarding_ruleset: ['Forwarding ruleset', 'forwarding-ruleset'],
};

/**
 * Azure DNS Private Resolver: each inbound and outbound endpoint and each DNS forwarding ruleset bills a monthly
 * charge in its location (the resolver itself is free). Queries processed by rulesets are not shown.
 */
export const privateDnsResolver: Family = {
  cloud: 'azure',
  terraform: Object.keys(ITEMS),
  price(r) {
    const [name, item] = ITEMS[r.type];
    if (item === 'forwarding-ruleset') {
      const note = 'billed per million queries the ruleset processes; no price in the snapshot';
      r.assume({ label: 'queries', value: 'not shown', source: 'derived', note });
    }
    const price = { table: 'azure/private-dns-resolver', key: [item] };
    return { components: [{ name, unit: 'months', quantity: 1, price }] };
  },
};
