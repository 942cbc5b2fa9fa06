import { asList, isObject, isUnknown, Unknown, type Value, type ValueObject } from '../../../model/value';
import type { Family, FamilyContext, FamilyOutput, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { pick, referenced } from '../aws/common';

const PRICE: PriceQuery = { table: 'azure/disk-snapshot', key: ['Standard_LRS'] };


/** Storage GB: the usage file's storage_gb, else what the family found, with the hover saying which. */
function storage(
  r: ResourceReader,
  ctx: FamilyContext,
  found: number | Unknown,
  from: string,
  price: PriceQuery | Unknown = PRICE,
): FamilyOutput {
  const fromUsage = ctx.usage.num('storage_gb');
  if (fromUsage === undefined && typeof found === 'number' && from !== '')
    r.assume({ label: 'storage', value: `${found} GB`, source: 'derived', note: from });
  const quantity = fromUsage ?? found;
  return { components: [{ name: 'Storage', unit: 'GB', quantity, price }] };
}

/** A disk's size: its own size attribute, else that of the managed disk it references. */
function diskSize(own: Value | undefined, disk: ValueObject | undefined, what: string): number | Unknown {
  if (typeof own === 'number') return own;
  if (typeof disk?.disk_size_gb === 'number') return disk.disk_size_gb;
  return new Unknown(`the size of ${what} is not known (set storage_gb in the usage file)`);
}

function sum(sizes: readonly (number | Unknown)[]): number | Unknown {
  const unknown = sizes.find(isUnknown);
  return unknown ?? sizes.reduce<number>((a, b) => a + (b as number), 0);
}

/**
 * azurerm_snapshot: GB-months of snapshot storage (usage: storage_gb, else disk_size_gb, else the size of the
 * managed disk in source_uri / source_resource_id), at the Standard LRS snapshot price as Infracost prices it.
 * Incremental snapshots bill only the changed data: set storage_gb for them.
 */
export const diskSnapshot: Family = {
  cloud: 'azure',
  terraform: ['azurerm_snapshot'],
  price(r, ctx) {
    const own = r.num('disk_size_gb');
    if (isUnknown(own)) return storage(r, ctx, own, '');
    const source = referenced(r, 'source_uri') ?? referenced(r, 'source_resource_id');
    const found = diskSize(own, source, 'the source disk');
    return storage(r, ctx, found, own === undefined ? 'the size of the disk in source_uri / source_resource_id' : '');
  },
};

/**
 * azurerm_image: a managed image is stored as snapshots of its disks, billed per GB-month (usage: storage_gb,
 * else the os_disk and data_disk sizes, or the managed disks they reference, or the disks of the
 * source_virtual_machine_id VM). Disks attached to that VM through separate attachment resources are not counted.
 */
export const managedImage: Family = {
  cloud: 'azure',
  terraform: ['azurerm_image'],
  price(r, ctx) {
    const zrs = r.bool('zone_resilient', false, 'provider default') === true;
    const price = zrs ? new Unknown('zone-resilient (ZRS) image storage is not in the snapshot') : PRICE;
    const vm = referenced(r, 'source_virtual_machine_id');
    if (vm) {
      const os = pick(vm, 'os_disk.0.disk_size_gb') ?? pick(vm, 'storage_os_disk.0.disk_size_gb');
      const osSize =
        typeof os === 'number'
          ? os
          : new Unknown('the source VM does not set its OS disk size (its image does): set storage_gb');
      const data = asList(vm.storage_data_disk).map((d, i) =>
        diskSize(isObject(d) ? d.disk_size_gb : undefined, undefined, `data disk ${i} of the source VM`),
      );
      return storage(r, ctx, sum([osSize, ...data]), 'the source VM disk sizes', price);
    }
    const ref = (path: string) => r.reference(path)?.attributes;
    const disks = [
      ...r.list('os_disk').map((_, i) => `os_disk.${i}`),
      ...r.list('data_disk').map((_, i) => `data_disk.${i}`),
    ];
    if (disks.length === 0) {
      const why = new Unknown('no os_disk, data_disk or source VM to size the image: set storage_gb');
      return storage(r, ctx, why, '', price);
    }
    const sizes = disks.map((p) => {
      const own = r.num(`${p}.size_gb`);
      return isUnknown(own) ? own : diskSize(own, ref(`${p}.managed_disk_id`), p.replace('.', ' '));
    });
    return storage(r, ctx, sum(sizes), 'the os_disk and data_disk sizes', price);
  },
};
