import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import { usage } from './common';

/** Days of Analytics-log retention included in the ingestion price (Azure Monitor pricing). */
const INCLUDED_RETENTION_DAYS = 31;

const LEGACY = new Set(['standard', 'premium', 'pernode', 'unlimited', 'standalone']);

const la = (item: string): PriceQuery => ({ table: 'azure/log-analytics', key: [item] });

/** Pay-as-you-go ingestion per GB (usage: monthly_log_data_ingestion_gb), or why it has no price. */
const ingestion = (ctx: FamilyContext, price: PriceQuery | Unknown): ComponentSpec =>
  usage('Log data ingestion', 'GB', ctx, 'monthly_log_data_ingestion_gb', price);

/**
 * azurerm_log_analytics_workspace. PerGB2018: data ingestion per GB. CapacityReservation: the commitment tier's
 * daily charge (reservation_capacity_in_gb_per_day) every day of the month. Both: retention beyond the included 31
 * days, data export, Basic logs and archive, all usage with Infracost's usage keys. Free workspaces cost nothing;
 * legacy tiers are not priced. Microsoft Sentinel is not included.
 */
export const logAnalyticsWorkspace: Family = {
  cloud: 'azure',
  terraform: ['azurerm_log_analytics_workspace'],
  price(r, ctx) {
    const sku = r.str('sku', 'PerGB2018', 'provider default SKU');
    if (typeof sku !== 'string') return { components: [ingestion(ctx, sku ?? new Unknown('no SKU'))] };
    const tier = sku.toLowerCase();
    if (tier === 'free') return { components: [], free: 'the Free tier has no charge (500 MB a day, 7-day retention)' };
    if (LEGACY.has(tier)) return { components: [ingestion(ctx, new Unknown(`${sku} is a legacy pricing tier`))] };
    if (tier === 'lacluster') {
      const why = new Unknown('a workspace in a dedicated cluster is billed on the cluster');
      return { components: [ingestion(ctx, why)] };
    }
    const components: ComponentSpec[] = [];
    if (tier === 'capacityreservation') {
      const gb = r.num('reservation_capacity_in_gb_per_day');
      const price =
        typeof gb === 'number'
          ? la(`commitment-${gb}`)
          : (gb ?? new Unknown('reservation_capacity_in_gb_per_day is not set'));
      const name = `Log data ingestion (${typeof gb === 'number' ? gb : '?'} GB/day commitment tier)`;
      components.push({ name, unit: 'days', quantity: ctx.hoursPerMonth / 24, price });
      const note = 'billed at the effective per-GB price of the tier';
      r.assume({ label: 'ingestion above the tier', value: 'not shown', source: 'derived', note });
    } else {
      components.push(ingestion(ctx, tier === 'pergb2018' ? la('ingestion') : new Unknown(`unknown SKU ${sku}`)));
      const note = 'the 5 GB a month free per billing account';
      r.assume({ label: 'free ingestion', value: 'not deducted', source: 'derived', note });
    }
    const retention = r.num('retention_in_days', 30, 'provider default retention');
    if (typeof retention === 'number' && retention > INCLUDED_RETENTION_DAYS) {
      const name = `Log data retention (beyond ${INCLUDED_RETENTION_DAYS} days)`;
      components.push(usage(name, 'GB', ctx, 'monthly_additional_log_data_retention_gb', la('retention')));
    }
    components.push(
      usage('Log data export', 'GB', ctx, 'monthly_log_data_export_gb', la('export')),
      usage('Basic log data ingestion', 'GB', ctx, 'monthly_basic_log_data_ingestion_gb', la('basic-ingestion')),
      usage('Basic log search queries', 'GB searched', ctx, 'monthly_basic_log_search_gb', la('basic-search')),
      usage('Archive data', 'GB', ctx, 'monthly_archive_data_gb', la('archive')),
      usage('Archive data restored', 'GB', ctx, 'monthly_archive_data_restored_gb', la('archive-restore')),
      usage('Archive data searched', 'GB', ctx, 'monthly_archive_data_searched_gb', la('archive-search')),
    );
    return { components };
  },
};
