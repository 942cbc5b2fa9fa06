import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { gpuOf, tieredDisk, vmHours } from './common';

/** OS disk size when none is given: the size of Azure's marketplace images (Linux 30 GiB, Windows 127 GiB). */
export const IMAGE_GB = { Linux: 30, Windows: 127 } as const;

/** The OS disk of a VM or scale-set instance; ephemeral OS disks live on the host and cost nothing extra. */
export function osDisk(
  r: ResourceReader,
  ctx: FamilyContext,
  prefix: string,
  os: 'Linux' | 'Windows',
  count: number | Unknown,
): ComponentSpec[] {
  if (r.has(`${prefix}diff_disk_settings`)) return [];
  const type = r.str(`${prefix}storage_account_type`, 'Standard_LRS', 'no storage type given');
  const size = r.num(`${prefix}disk_size_gb`, IMAGE_GB[os], `size of the ${os} marketplace images`);
  if (typeof type !== 'string' || typeof size !== 'number') {
    return [{ name: 'OS disk', unit: 'months', quantity: count, price: new Unknown('OS disk type or size unknown') }];
  }
  return tieredDisk(ctx, 'OS disk', type, size, count);
}

/**
 * azurerm_linux_virtual_machine / azurerm_windows_virtual_machine / azurerm_virtual_machine (legacy): VM hours
 * by size, OS (Windows includes the licence) and priority (Spot), plus the OS disk at its tier. Data disks
 * are azurerm_managed_disk resources, priced there.
 */
export const virtualMachine: Family = {
  cloud: 'azure',
  terraform: ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'],
  price(r, ctx) {
    const legacy = r.type === 'azurerm_virtual_machine';
    const size = r.str(legacy ? 'vm_size' : 'size') ?? new Unknown('size is not set');
    const os =
      r.type === 'azurerm_windows_virtual_machine' || (legacy && r.has('os_profile_windows_config'))
        ? 'Windows'
        : 'Linux';
    const spot = r.str('priority', 'Regular', 'provider default priority') === 'Spot';
    const components = [vmHours(ctx, size, os, spot, 1)];
    if (legacy) {
      const type = r.str('storage_os_disk.0.managed_disk_type', 'Standard_LRS', 'no managed disk type given');
      const gb = r.num('storage_os_disk.0.disk_size_gb', IMAGE_GB[os], `size of the ${os} marketplace images`);
      if (typeof type === 'string' && typeof gb === 'number') components.push(...tieredDisk(ctx, 'OS disk', type, gb));
    } else {
      components.push(...osDisk(r, ctx, 'os_disk.0.', os, 1));
    }
    return { components, gpu: typeof size === 'string' ? gpuOf(size, 1) : undefined };
  },
};

/** azurerm_linux/windows_virtual_machine_scale_set: `instances` (or usage `instances`) × VM hours and OS disk. */
export const scaleSet: Family = {
  cloud: 'azure',
  terraform: ['azurerm_linux_virtual_machine_scale_set', 'azurerm_windows_virtual_machine_scale_set'],
  price(r, ctx) {
    const os = r.type.includes('windows') ? 'Windows' : 'Linux';
    const size = r.str('sku') ?? new Unknown('sku is not set');
    const n = ctx.usage.num('instances') ?? r.num('instances', 1, 'no instance count set') ?? 1;
    const spot = r.str('priority', 'Regular', 'provider default priority') === 'Spot';
    const components = [vmHours(ctx, size, os, spot, n), ...osDisk(r, ctx, 'os_disk.0.', os, n)];
    return { components, gpu: typeof size === 'string' && typeof n === 'number' ? gpuOf(size, n) : undefined };
  },
};
