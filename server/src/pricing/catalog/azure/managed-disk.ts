import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { tieredDisk } from './common';

/** Premium SSD v2 includes this baseline for free on every disk; only IOPS and MB/s above it are billed. */
const V2_FREE_IOPS = 3000;
const V2_FREE_MBPS = 125;

/**
 * azurerm_managed_disk: Standard HDD / Standard SSD / Premium SSD bill one disk-month at the tier the size
 * rounds up to (S4 … S80, E1 … E80, P1 … P80); Premium SSD v2 and Ultra bill provisioned GiB, IOPS and
 * MB/s per hour.
 */
export const managedDisk: Family = {
  cloud: 'azure',
  terraform: ['azurerm_managed_disk'],
  price(r, ctx) {
    const type = r.str('storage_account_type') ?? new Unknown('storage_account_type is not set');
    const size =
      r.num('disk_size_gb') ?? new Unknown('disk_size_gb is not set (copied or imported disks take the source size)');
    if (typeof type !== 'string' || typeof size !== 'number') {
      const why = typeof type !== 'string' ? type : (size as Unknown);
      return { components: [{ name: 'Storage', unit: 'months', quantity: 1, price: why }] };
    }
    if (type !== 'PremiumV2_LRS' && type !== 'UltraSSD_LRS')
      return { components: tieredDisk(ctx, 'Storage', type, size) };
    const ultra = type === 'UltraSSD_LRS';
    const product = ultra ? 'Ultra Disks' : 'Azure Premium SSD v2';
    const sku = ultra ? 'Ultra LRS' : 'Premium LRS';
    const iops = r.num('disk_iops_read_write', V2_FREE_IOPS, 'Azure default IOPS') ?? V2_FREE_IOPS;
    const mbps = r.num('disk_mbps_read_write', V2_FREE_MBPS, 'Azure default throughput') ?? V2_FREE_MBPS;
    const h = ctx.hoursPerMonth;
    const billedIops = typeof iops === 'number' ? (ultra ? iops : Math.max(0, iops - V2_FREE_IOPS)) : iops;
    const billedMbps = typeof mbps === 'number' ? (ultra ? mbps : Math.max(0, mbps - V2_FREE_MBPS)) : mbps;
    const times = (x: number | Unknown): number | Unknown => (typeof x === 'number' ? x * h : x);
    const components: ComponentSpec[] = [
      {
        name: `Storage (${sku}, ${size} GiB)`,
        unit: 'GiB-hours',
        quantity: size * h,
        price: { table: 'azure/storage', key: [product, sku, `${sku} Provisioned Capacity`, '1 GiB/Hour'] },
      },
      {
        name: 'Provisioned IOPS',
        unit: 'IOPS-hours',
        quantity: times(billedIops),
        price: { table: 'azure/storage', key: [product, sku, `${sku} Provisioned IOPS`, '1/Hour'] },
      },
      {
        name: 'Provisioned throughput',
        unit: 'MBps-hours',
        quantity: times(billedMbps),
        price: { table: 'azure/storage', key: [product, sku, `${sku} Provisioned Throughput (MBps)`, '1/Hour'] },
      },
    ];
    return { components };
  },
};
