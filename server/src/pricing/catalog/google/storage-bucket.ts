import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';

/** Multi-region locations as Terraform writes them → the location names of the price data. */
const MULTI_REGIONS: Readonly<Record<string, string>> = { us: 'us-multi', eu: 'europe-multi', asia: 'asia-multi' };
/** Legacy class names that bill as Standard storage. */
const LEGACY_STANDARD = new Set(['multi_regional', 'regional', 'durable_reduced_availability']);

/**
 * google_storage_bucket: stored GB (usage: storage_gb) at the price of the bucket's own location (a region,
 * a dual-region such as nam4/eur4, or the US/EU/ASIA multi-regions) and storage class. Operations and
 * retrieval are not in the offline snapshot and are not shown.
 */
export const storageBucket: Family = {
  cloud: 'google',
  terraform: ['google_storage_bucket'],
  price(r, ctx) {
    const location = r.str('location', 'US', 'provider default location');
    const cls = r.str('storage_class', 'STANDARD', 'provider default storage class');
    if (isUnknown(location) || isUnknown(cls) || location === undefined || cls === undefined) {
      const why = isUnknown(location) ? location : isUnknown(cls) ? cls : new Unknown('location unknown');
      return { components: [{ name: 'Storage', unit: 'GB', quantity: undefined, price: why, usageBased: true }] };
    }
    const loc = MULTI_REGIONS[location.toLowerCase()] ?? location.toLowerCase();
    const c = LEGACY_STANDARD.has(cls.toLowerCase()) ? 'standard' : cls.toLowerCase();
    const gb = ctx.usage.num('storage_gb');
    return {
      components: [
        {
          name: `Storage (${c}, ${loc})`,
          unit: 'GB',
          quantity: gb,
          price: { table: 'google/storage-location', key: [loc, c] },
          usageBased: true,
        },
      ],
    };
  },
};
