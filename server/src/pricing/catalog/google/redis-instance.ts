import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly } from './common';

/** Memorystore capacity tiers by provisioned GB: M1 1-4, M2 5-10, M3 11-35, M4 36-100, M5 over 100. */
const CAPACITY_TIERS: readonly [number, string][] = [
  [4, 'M1'],
  [10, 'M2'],
  [35, 'M3'],
  [100, 'M4'],
];

function capacityTier(gb: number): string {
  return CAPACITY_TIERS.find(([max]) => gb <= max)?.[1] ?? 'M5';
}

/** google_redis_instance: provisioned GB × hours at the price of its service tier and capacity tier. */
export const redisInstance: Family = {
  cloud: 'google',
  terraform: ['google_redis_instance'],
  price(r, ctx) {
    const t = r.str('tier', 'BASIC', 'provider default tier') ?? 'BASIC';
    const gb = r.num('memory_size_gb') ?? new Unknown('memory_size_gb is not set');
    if (isUnknown(gb) || isUnknown(t))
      return { components: [hourly('Redis instance', ctx, isUnknown(t) ? t : (gb as Unknown))] };
    // The provider writes BASIC or STANDARD_HA; Google's price list calls them basic and standard.
    const tier = t === 'STANDARD_HA' ? 'standard' : t.toLowerCase();
    const cap = capacityTier(gb);
    return {
      components: [
        {
          ...hourly(`Redis instance (${tier}, ${cap})`, ctx, { table: 'google/redis', key: [tier, cap] }, gb),
          unit: 'GB-hours',
        },
      ],
    };
  },
};
