import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, FamilyOutput } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { gpuOf, hourly, noteParentLocation, tieredDisk, vmHours } from './common';

/** AKS gives node OS disks 128 GiB unless os_disk_size_gb says otherwise. */
const AKS_OS_DISK_GB = 128;

/** Sizes with premium storage support carry an 's' capability letter: DS2_v2, D2s_v5, D4ads_v5, B2ms. */
function premiumCapable(size: string): boolean {
  const core = size.replace(/^standard_/i, '').split('_')[0];
  return /^[A-Z]+S\d/.test(core) || /\d+[a-z]*s[a-z]*$/.test(core);
}

/** node count × (VM hours + managed OS disk) of a pool block at `prefix` ('' or 'default_node_pool.0.'). */
function pool(
  r: ResourceReader,
  ctx: FamilyContext,
  prefix: string,
): { components: ComponentSpec[]; gpu?: FamilyOutput['gpu'] } {
  const size = r.str(`${prefix}vm_size`) ?? new Unknown('vm_size is not set');
  const nodes =
    ctx.usage.num('nodes') ??
    r.num(`${prefix}node_count`) ??
    r.num(`${prefix}min_count`) ??
    r.num(`${prefix}node_count`, 1, 'AKS default node count') ??
    1;
  const os = r.str(`${prefix}os_type`, 'Linux', 'AKS default OS') === 'Windows' ? 'Windows' : 'Linux';
  const spot = r.str(`${prefix}priority`) === 'Spot';
  const components: ComponentSpec[] = [vmHours(ctx, size, os, spot, nodes)];
  if (
    r.str(`${prefix}os_disk_type`, 'Managed', 'AKS default OS disk type') !== 'Ephemeral' &&
    typeof size === 'string'
  ) {
    const gb = r.num(`${prefix}os_disk_size_gb`, AKS_OS_DISK_GB, 'AKS default OS disk size');
    const type = premiumCapable(size) ? 'Premium_LRS' : 'Standard_LRS';
    r.assume({
      label: 'OS disk type',
      value: type,
      source: 'derived',
      note: `AKS uses Premium SSD when ${size} supports it, else Standard HDD`,
    });
    if (typeof gb === 'number') components.push(...tieredDisk(ctx, 'Node OS disk', type, gb, nodes));
  }
  return { components, gpu: typeof size === 'string' && !isUnknown(nodes) ? gpuOf(size, nodes) : undefined };
}

/** azurerm_kubernetes_cluster: the Standard-tier control-plane fee (Free tier: none) and the default node pool. */
export const kubernetesCluster: Family = {
  cloud: 'azure',
  terraform: ['azurerm_kubernetes_cluster'],
  price(r, ctx) {
    const tier = r.str('sku_tier', 'Free', 'provider default SKU tier');
    const components: ComponentSpec[] = [];
    if (tier === 'Standard' || tier === 'Paid')
      components.push(hourly('Uptime SLA (Standard tier)', ctx, { table: 'azure/aks', key: ['standard'] }));
    if (tier === 'Premium')
      components.push(
        hourly('Premium tier', ctx, new Unknown('the AKS Premium tier fee is not in the offline snapshot')),
      );
    const p = pool(r, ctx, 'default_node_pool.0.');
    return { components: [...components, ...p.components], gpu: p.gpu };
  },
};

/** azurerm_kubernetes_cluster_node_pool: node count × VM hours (Linux/Windows, Spot) and OS disks. */
export const kubernetesNodePool: Family = {
  cloud: 'azure',
  terraform: ['azurerm_kubernetes_cluster_node_pool'],
  price(r, ctx) {
    noteParentLocation(r, ctx, 'kubernetes_cluster_id');
    return pool(r, ctx, '');
  },
};
