import { isUnknown, Unknown } from '../../../model/value';
import type { Family, PriceQuery } from '../../family';
import { hourly, usage } from './common';

/** Tiers with prices in the snapshot; Basic is not (no source pins it). */
const PRICED_TIERS = new Set(['Standard', 'Premium']);

/**
 * azurerm_firewall: the deployment per hour by sku_tier, in a virtual network or a virtual hub (a virtual_hub
 * block), and data processed per GB (usage: monthly_data_processed_gb). Public IPs and firewall policies are
 * their own resources.
 */
export const firewall: Family = {
  cloud: 'azure',
  terraform: ['azurerm_firewall'],
  price(r, ctx) {
    const tier = r.str('sku_tier', 'Standard', 'Infracost default tier when sku_tier is not set') ?? 'Standard';
    const hub = r.has('virtual_hub');
    const label = `${isUnknown(tier) ? '?' : tier}${hub ? ', virtual hub' : ''}`;
    const query = (meter: string): PriceQuery | Unknown => {
      if (isUnknown(tier)) return tier;
      if (!PRICED_TIERS.has(tier)) return new Unknown(`the ${tier} firewall price is not in the offline snapshot`);
      return { table: 'azure/firewall', key: [tier, hub ? 'hub' : 'vnet', meter] };
    };
    return {
      components: [
        hourly(`Deployment (${label})`, ctx, query('deployment')),
        usage('Data processed', 'GB', ctx, 'monthly_data_processed_gb', query('data')),
      ],
    };
  },
};
