import { isUnknown, Unknown } from '../../../model/value';
import type { Family, PriceQuery } from '../../family';
import { hourly, usage } from './common';

/** Outbound data beyond this many GB a month (150 TB) is on a tier whose price no source pins. */
const LAST_PRICED_TIER_END = 153_600;

/**
 * azurerm_bastion_host: the host per hour by SKU (provider default Basic) and outbound data transfer per GB, tiered
 * at 10, 50 and 150 TB with the first 5 GB not billed (usage: monthly_outbound_data_gb). Only Basic is in the
 * snapshot: Standard and Premium (whose scale_units are billed per unit-hour) and Developer are unknown.
 */
export const bastionHost: Family = {
  cloud: 'azure',
  terraform: ['azurerm_bastion_host'],
  price(r, ctx) {
    const sku = r.str('sku', 'Basic', 'provider default SKU') ?? 'Basic';
    const query = (meter: string, tiered: boolean): PriceQuery | Unknown => {
      if (isUnknown(sku)) return sku;
      if (sku !== 'Basic') return new Unknown(`the Bastion ${sku} price is not in the offline snapshot (Basic only)`);
      return { table: 'azure/bastion', key: tiered ? [sku, meter] : [sku, meter, '0'], tiered };
    };
    const data = usage('Outbound data transfer', 'GB', ctx, 'monthly_outbound_data_gb', query('data-out', true));
    const beyond = typeof data.quantity === 'number' && data.quantity > LAST_PRICED_TIER_END;
    if (typeof data.quantity === 'number' && !beyond) {
      const note = 'the first 5 GB are not billed; tiers start at 10, 50 and 150 TB (10,240, 51,200, 153,600 GB)';
      const value = `${data.quantity.toLocaleString('en-US')} GB`;
      r.assume({ label: 'outbound data tiers', value, source: 'derived', note });
    }
    const why = new Unknown('outbound data over 150 TB (153,600 GB) a month is not in the offline snapshot');
    return {
      components: [
        hourly(`Bastion host (${isUnknown(sku) ? '?' : sku})`, ctx, query('host', false)),
        beyond ? { ...data, price: why } : data,
      ],
    };
  },
};
