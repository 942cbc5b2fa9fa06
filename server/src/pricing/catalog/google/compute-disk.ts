import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { diskComponent } from './common';

/** Sizes the Compute Engine API gives a blank disk without `size` (Infracost's compute_disk test agrees). */
const BLANK_DISK_GB: Readonly<Record<string, number>> = {
  'pd-standard': 500,
  'pd-balanced': 100,
  'pd-ssd': 100,
  'pd-extreme': 1000,
  'hyperdisk-extreme': 1000,
};

/**
 * google_compute_disk / google_compute_region_disk: provisioned GB at the zonal or regional (replicated)
 * price of the disk type. Without `size`, a blank disk gets the API default for its type; a disk made from
 * an image or snapshot has that source's size, which we cannot see, so the storage is "price unknown".
 */
export const computeDisk: Family = {
  cloud: 'google',
  terraform: ['google_compute_disk', 'google_compute_region_disk'],
  price(r) {
    const regional = r.type === 'google_compute_region_disk';
    const type = r.str('type', 'pd-standard', 'provider default disk type') ?? 'pd-standard';
    const fromSource = r.has('image') || r.has('snapshot') || r.has('source_disk');
    const blank = isUnknown(type) ? undefined : BLANK_DISK_GB[type];
    const size =
      r.num('size') ??
      (fromSource || blank === undefined
        ? new Unknown(
            fromSource
              ? 'size is taken from the source image or snapshot: set size to price it'
              : `no default size known for ${String(type)}`,
          )
        : (r.assume({
            label: 'size',
            value: `${blank} GB`,
            source: 'default',
            note: `Compute Engine default for a blank ${type} disk`,
          }),
          blank));
    const components: ComponentSpec[] = [
      diskComponent('Provisioned storage', type, size, regional ? 'regional' : 'zonal'),
    ];
    if (!isUnknown(type) && /extreme/.test(type) && r.has('provisioned_iops')) {
      components.push({
        name: 'Provisioned IOPS',
        unit: 'IOPS',
        quantity: r.num('provisioned_iops') ?? 0,
        price: new Unknown('provisioned IOPS prices are not in the offline snapshot'),
      });
    }
    return { components };
  },
};

/** google_compute_snapshot: stored GB are usage (snapshots are incremental), at the snapshot storage price. */
export const computeSnapshot: Family = {
  cloud: 'google',
  terraform: ['google_compute_snapshot'],
  price(_r, ctx) {
    const gb = ctx.usage.num('storage_gb');
    return {
      components: [
        {
          name: 'Snapshot storage',
          unit: 'GB',
          quantity: gb,
          price: { table: 'google/disk', key: ['snapshot', 'regional'] },
          usageBased: true,
        },
      ],
    };
  },
};
