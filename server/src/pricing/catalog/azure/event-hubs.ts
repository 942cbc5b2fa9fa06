import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly, usage } from './common';

/** Retention storage included per Premium processing unit and per Dedicated capacity unit (Event Hubs pricing). */
const INCLUDED_GB = { premium: 1_000, dedicated: 10_000 } as const;

const eh = (item: string): PriceQuery => ({ table: 'azure/event-hubs', key: [item] });

/** Extended retention beyond the included storage (usage: retention_storage_gb), as Infracost bills it. */
function retention(ctx: FamilyContext, units: number | Unknown, perUnitGb: number): ComponentSpec {
  const stored = ctx.usage.num('retention_storage_gb');
  const quantity = stored === undefined || isUnknown(units) ? undefined : Math.max(0, stored - units * perUnitGb);
  return { name: 'Extended retention', unit: 'GB', quantity, price: eh('extended-retention'), usageBased: true };
}

/** Throughput, processing or capacity units: the usage file's `throughput_or_capacity_units`, else `capacity`. */
function units(r: ResourceReader, ctx: FamilyContext): number | Unknown {
  const fromUsage = ctx.usage.num('throughput_or_capacity_units');
  if (fromUsage !== undefined) return fromUsage;
  return r.num('capacity', 1, 'provider default capacity') ?? new Unknown('capacity is not set');
}

/**
 * azurerm_eventhub_namespace. Basic and Standard: throughput units every hour, ingress events per 1M (usage:
 * monthly_ingress_events) and, on Standard, capture per throughput unit when the usage file says capture_enabled.
 * Premium: processing units every hour and retention beyond 1 TB per unit (usage: retention_storage_gb). A
 * namespace in a Dedicated cluster (dedicated_cluster_id) is billed on the cluster (azurerm_eventhub_cluster).
 */
export const eventHubNamespace: Family = {
  cloud: 'azure',
  terraform: ['azurerm_eventhub_namespace'],
  price(r, ctx) {
    if (r.has('dedicated_cluster_id')) {
      const free = 'a namespace in a Dedicated cluster is billed on the cluster (azurerm_eventhub_cluster)';
      return { components: [], free };
    }
    const sku = r.str('sku') ?? new Unknown('sku is not set');
    const tier = typeof sku === 'string' ? sku.toLowerCase() : '';
    const n = units(r, ctx);
    if (tier === 'premium') {
      return {
        components: [
          hourly('Processing units (Premium)', ctx, eh('premium-processing-unit'), n),
          retention(ctx, n, INCLUDED_GB.premium),
        ],
      };
    }
    if (tier !== 'basic' && tier !== 'standard') {
      const why = isUnknown(sku) ? sku : new Unknown(`${sku} is not an Event Hubs SKU (Basic, Standard, Premium)`);
      return { components: [hourly(`Throughput units (${String(sku)})`, ctx, why, n)] };
    }
    if (r.bool('auto_inflate_enabled') === true) {
      const note = 'auto-inflate adds units up to maximum_throughput_units; set throughput_or_capacity_units';
      r.assume({ label: 'throughput units', value: isUnknown(n) ? '?' : String(n), source: 'derived', note });
    }
    const label = tier === 'basic' ? 'Basic' : 'Standard';
    const ingress = eh(`${tier}-ingress`);
    const components: ComponentSpec[] = [
      hourly(`Throughput units (${label})`, ctx, eh(`${tier}-throughput-unit`), n),
      usage(`Ingress events (${label})`, '1M events', ctx, 'monthly_ingress_events', ingress, 1 / 1_000_000),
    ];
    if (tier === 'standard' && ctx.usage.bool('capture_enabled') === true) {
      components.push(hourly('Capture', ctx, eh('capture'), n));
    } else if (tier === 'standard') {
      const note = 'capture is set on each event hub (capture_description); the usage file says capture_enabled';
      r.assume({ label: 'capture', value: 'not billed', source: 'default', note });
    }
    return { components };
  },
};

/** azurerm_eventhub_cluster: Dedicated capacity units (sku_name Dedicated_<n>) hourly, retention over 10 TB each. */
export const eventHubCluster: Family = {
  cloud: 'azure',
  terraform: ['azurerm_eventhub_cluster'],
  price(r, ctx) {
    const sku = r.str('sku_name') ?? new Unknown('sku_name is not set');
    const m = typeof sku === 'string' ? /^Dedicated_(\d+)$/i.exec(sku) : null;
    const n = m ? Number(m[1]) : isUnknown(sku) ? sku : new Unknown(`${sku} is not a Dedicated_<n> cluster SKU`);
    return {
      components: [
        hourly('Capacity units (Dedicated)', ctx, eh('dedicated-capacity-unit'), n),
        retention(ctx, n, INCLUDED_GB.dedicated),
      ],
    };
  },
};
