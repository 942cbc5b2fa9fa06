import { isUnknown, Unknown, type Value } from '../../../model/value';
import type { ComponentSpec, FamilyContext, FamilyOutput, PriceQuery } from '../../family';
import { normalizeAzureRegion } from '../../regions';
import type { ResourceReader } from '../../resource-reader';
import { hourly, usage } from '../aws/common';

/** The hourly and usage component shapes are the same for every cloud. */
export { hourly, usage } from '../aws/common';

/**
 * Helpers shared by the Azure families: hourly/usage component shapes, VM hours by OS and priority, and
 * managed-disk tiers. Tier sizes are Azure's published disk sizes (not prices); prices come from the
 * azure/storage meters, named as the Retail Prices API names them.
 */

/** GPU counts of the common NC/ND/NV sizes (Azure's size documentation), for the GPU marker. */
const GPU_SIZES: readonly [RegExp, (m: RegExpExecArray) => number, string][] = [
  [/^Standard_NC(\d+)as_T4_v3$/i, (m) => Number(m[1]) / 4, 'T4'],
  [/^Standard_NC(\d+)ads_A100_v4$/i, (m) => Number(m[1]) / 24, 'A100'],
  [/^Standard_NC(\d+)ads_H100_v5$/i, (m) => Number(m[1]) / 40, 'H100'],
  [/^Standard_NC(6|12|24)s_v3$/i, (m) => Number(m[1]) / 6, 'V100'],
  [/^Standard_ND96(a|am)sr?_(A100|H100|v4|v5)/i, () => 8, 'A100/H100'],
  [/^Standard_ND40rs_v2$/i, () => 8, 'V100'],
  [/^Standard_NV(\d+)ads_A10_v5$/i, (m) => Number(m[1]) / 36, 'A10'],
  [/^Standard_NV(6|12|24|48)s_v3$/i, (m) => Math.max(1, Number(m[1]) / 12), 'M60'],
];

export function gpuOf(size: string, count: number): FamilyOutput['gpu'] {
  for (const [re, n, model] of GPU_SIZES) {
    const m = re.exec(size);
    if (m) return { count: n(m) * count, model };
  }
  return undefined;
}

/** VM hours: Linux from azure/vm, Windows (licence included) from azure/vm-windows, Spot from azure/vm-spot. */
export function vmHours(
  ctx: FamilyContext,
  size: string | Unknown,
  os: 'Linux' | 'Windows',
  spot: boolean,
  count: number | Unknown,
): ComponentSpec {
  const name = `Instance usage (${os}, ${spot ? 'spot' : 'pay as you go'}, ${isUnknown(size) ? '?' : size})`;
  if (isUnknown(size)) return hourly(name, ctx, size, count);
  // Sizes are case-insensitive in ARM ('standard_b1s'); the price data writes 'Standard_B1s'.
  const canonical = size.replace(/^standard_/i, 'Standard_').replace(/^basic_/i, 'Basic_');
  const price: PriceQuery = spot
    ? { table: 'azure/vm-spot', key: [canonical, os.toLowerCase()] }
    : { table: os === 'Windows' ? 'azure/vm-windows' : 'azure/vm', key: [canonical] };
  return hourly(name, ctx, price, count);
}

/** Managed disk tiers: [letter, sizes GiB in order, tier numbers]; a disk bills as the smallest tier that fits. */
const TIER_SIZES: readonly [number, string][] = [
  [4, '1'],
  [8, '2'],
  [16, '3'],
  [32, '4'],
  [64, '6'],
  [128, '10'],
  [256, '15'],
  [512, '20'],
  [1024, '30'],
  [2048, '40'],
  [4096, '50'],
  [8192, '60'],
  [16384, '70'],
  [32767, '80'],
];

const PRODUCTS: Readonly<Record<string, [string, string]>> = {
  Standard: ['S', 'Standard HDD Managed Disks'],
  StandardSSD: ['E', 'Standard SSD Managed Disks'],
  Premium: ['P', 'Premium SSD Managed Disks'],
};

/**
 * Components of a managed disk of `storageAccountType` ('Premium_LRS', 'StandardSSD_ZRS' …) and size:
 * one disk-month at its tier (rounded up), plus disk operations (usage: monthly_disk_operations) where Azure
 * bills them. Premium SSD v2 and Ultra are billed by GiB, IOPS and throughput: see managed-disk.ts.
 */
export function tieredDisk(
  ctx: FamilyContext,
  name: string,
  storageAccountType: string,
  sizeGb: number,
  count: number | Unknown = 1,
): ComponentSpec[] {
  const [kind, redundancy] = storageAccountType.split('_');
  const product = PRODUCTS[kind];
  if (!product || !redundancy)
    return [
      {
        name,
        unit: 'months',
        quantity: count,
        price: new Unknown(`disk type ${storageAccountType} is not priced by tier`),
      },
    ];
  const minTier = kind === 'Standard' ? 32 : 0; // Standard HDD starts at S4.
  const tier = TIER_SIZES.find(([gib]) => gib >= Math.max(sizeGb, minTier));
  if (!tier)
    return [
      {
        name,
        unit: 'months',
        quantity: count,
        price: new Unknown(`${sizeGb} GiB is larger than the largest disk tier`),
      },
    ];
  const sku = `${product[0]}${tier[1]} ${redundancy}`;
  const out: ComponentSpec[] = [
    {
      name: `${name} (${sku})`,
      unit: 'months',
      quantity: count,
      price: { table: 'azure/storage', key: [product[1], sku, `${sku} Disk`, '1/Month'] },
    },
  ];
  if (kind !== 'Premium') {
    out.push(
      usage(
        'Disk operations',
        '10K operations',
        ctx,
        'monthly_disk_operations',
        { table: 'azure/storage', key: [product[1], sku, `${sku} Disk Operations`, '10K'] },
        1 / 10_000,
      ),
    );
  }
  return out;
}

/**
 * Child resources without a location of their own (AKS node pools, SQL databases) run where their parent does,
 * but the engine prices them in the default region. When the parent the evaluator resolved (meta.references[path])
 * is elsewhere, the hover says so rather than pricing silently in the wrong region.
 */
export function noteParentLocation(r: ResourceReader, ctx: FamilyContext, path: string): void {
  const ref = r.reference(path);
  const location = ref?.attributes.location;
  if (!ref || typeof location !== 'string' || normalizeAzureRegion(location) === ctx.region) return;
  const address = ref.address;
  r.assume({
    label: 'region',
    value: ctx.region,
    source: 'default',
    note: `${address} is in ${normalizeAzureRegion(location)}; this resource is priced in the default region`,
  });
}

/**
 * Where a global resource (DNS zone, Front Door, Traffic Manager) is billed from: the location of its resource
 * group (`group`, as the evaluator resolved it), else the region it is priced in. `note` says which, for the hover.
 */
export function billingLocation(
  ctx: FamilyContext,
  group: Value | undefined,
  from = 'resource group location',
): { location: string; note: string } {
  const found = typeof group === 'string';
  const location = found ? group.toLowerCase().replace(/\s+/g, '') : ctx.region;
  return { location, note: `${location}, from the ${found ? from : `priced region (${from} not resolved)`}` };
}
