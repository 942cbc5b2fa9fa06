import { isUnknown, Unknown, type Value } from '../../../model/value';
import type { Family } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { referenced } from '../aws/common';

/** Where an image's size comes from, in the order Compute Engine would know it. */
const SOURCES: readonly { path: string; size: string; what: string }[] = [
  { path: 'source_disk', size: 'size', what: 'source disk' },
  { path: 'source_image', size: 'disk_size_gb', what: 'source image' },
];

/**
 * google_compute_image: stored GB at the image storage price. The usage file's `storage_gb` wins; else the
 * image's `disk_size_gb`; else the size of the disk or image it is made from, read through the reference
 * the evaluator resolved. Google bills the archive size, which is at most that, so the hover says so.
 */
export const computeImage: Family = {
  cloud: 'google',
  terraform: ['google_compute_image'],
  price(r, ctx) {
    const stored = ctx.usage.num('storage_gb');
    const gb = stored ?? imageSize(r);
    return {
      components: [
        {
          name: 'Image storage',
          unit: 'GB',
          quantity: gb,
          price: { table: 'google/image-storage', key: ['image'] },
          usageBased: stored !== undefined || gb === undefined,
        },
      ],
    };
  },
};

function imageSize(r: ResourceReader): number | Unknown | undefined {
  const own = r.num('disk_size_gb');
  if (own !== undefined) return sizeAssumed(r, own, 'disk_size_gb');
  for (const s of SOURCES) {
    if (!r.has(s.path)) continue;
    const size: Value | undefined = referenced(r, s.path)?.[s.size];
    if (typeof size === 'number') return sizeAssumed(r, size, `the ${s.what}'s ${s.size}`);
    return new Unknown(`the ${s.what}'s size is not in the configuration: set storage_gb in the usage file`);
  }
  // No size to go on (a source snapshot, a raw disk in Cloud Storage, or nothing): storage is usage.
  return undefined;
}

function sizeAssumed(r: ResourceReader, gb: number | Unknown, from: string): number | Unknown {
  if (!isUnknown(gb))
    r.assume({
      label: 'stored',
      value: `${gb} GB`,
      source: 'derived',
      note: `from ${from}; Google bills the compressed archive size, which is usually smaller (set storage_gb to override)`,
    });
  return gb;
}

/** google_compute_machine_image: stored GB are usage (`storage_gb`), at the machine image storage price. */
export const computeMachineImage: Family = {
  cloud: 'google',
  terraform: ['google_compute_machine_image'],
  price(_r, ctx) {
    return {
      components: [
        {
          name: 'Machine image storage',
          unit: 'GB',
          quantity: ctx.usage.num('storage_gb'),
          price: { table: 'google/image-storage', key: ['machine-image'] },
          usageBased: true,
        },
      ],
    };
  },
};
