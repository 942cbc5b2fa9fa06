import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly } from './common';

/** Tiers as the azurerm provider writes sku_name, with the family letter and capacities each allows. */
const TIERS: Readonly<Record<string, { family: string; sizes: readonly number[] }>> = {
  basic: { family: 'C', sizes: [0, 1, 2, 3, 4, 5, 6] },
  standard: { family: 'C', sizes: [0, 1, 2, 3, 4, 5, 6] },
  premium: { family: 'P', sizes: [1, 2, 3, 4, 5] },
};

/**
 * azurerm_redis_cache, billed as Infracost does: Basic is one node and Standard a primary/replica pair, each
 * priced by the cache meter of its size (C0–C6); Premium (P1–P5) is priced per node, shards (shard_count, at
 * least 1) × (1 + replicas_per_primary or replicas_per_master, default 1 replica).
 */
export const redisCache: Family = {
  cloud: 'azure',
  terraform: ['azurerm_redis_cache'],
  price(r, ctx) {
    const skuName = r.str('sku_name');
    const family = r.str('family');
    const capacity = r.num('capacity');
    const tier = typeof skuName === 'string' ? skuName.charAt(0).toUpperCase() + skuName.slice(1).toLowerCase() : '?';
    const size = `${typeof family === 'string' ? family.toUpperCase() : '?'}${typeof capacity === 'number' ? capacity : '?'}`;
    const spec = TIERS[tier.toLowerCase()];
    const why =
      skuName === undefined || family === undefined || capacity === undefined
        ? new Unknown('sku_name, family and capacity are required')
        : isUnknown(skuName) || isUnknown(family) || isUnknown(capacity)
          ? new Unknown('sku_name, family or capacity is not known before apply')
          : !spec || spec.family !== size[0] || !spec.sizes.includes(capacity)
            ? new Unknown(`${skuName} ${size} is not an Azure Cache for Redis size`)
            : undefined;
    const price = why ?? { table: 'azure/redis-cache', key: [tier, size] };
    if (tier !== 'Premium') return { components: [hourly(`Cache (${tier}_${size})`, ctx, price)] };

    // shard_count 0 (or unset) is a non-clustered cache: one shard.
    const shardCount = r.num('shard_count', 0, 'not clustered (one shard)') ?? 0;
    const replicas =
      r.num('replicas_per_primary') ??
      r.num('replicas_per_master') ??
      r.num('replicas_per_primary', 1, 'provider default') ??
      1;
    const nodes =
      isUnknown(shardCount) || isUnknown(replicas) ? new Unknown('shard or replica count is not known before apply') : Math.max(1, shardCount) * (1 + replicas);
    if (!isUnknown(nodes))
      r.assume({ label: 'nodes', value: String(nodes), source: 'derived', note: 'shards × (primary + replicas)' });
    return { components: [{ ...hourly(`Cache nodes (Premium_${size})`, ctx, price, nodes), unit: 'node-hours' }] };
  },
};
