import { asList, isObject, isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { normalizeAzureRegion } from '../../regions';
import type { ResourceReader } from '../../resource-reader';
import { pick, referenced } from '../aws/common';
import { IMAGE_GB } from './virtual-machine';

const TABLE = 'azure/backup';

const REDUNDANCY: Record<string, string> = { LocallyRedundant: 'LRS', ZoneRedundant: 'ZRS', GeoRedundant: 'GRS' };


/**
 * The provisioned size of the VM in source_vm_id: its OS disk (os_disk, or the legacy VM's storage_os_disk; without
 * disk_size_gb, the marketplace image size the VM family assumes) plus the legacy VM's storage_data_disk sizes.
 * Managed disks attached through separate attachment resources are not counted.
 */
function vmSize(r: ResourceReader): { size: number | Unknown; note: string } {
  const ref = r.reference('source_vm_id');
  if (!ref) {
    const why = 'the VM (source_vm_id) could not be resolved: set disk_utilization_gb in the usage file';
    return { size: new Unknown(why), note: '' };
  }
  const { address, attributes: vm } = ref;
  const windows = address.startsWith('azurerm_windows_virtual_machine.') || 'os_profile_windows_config' in vm;
  const os = windows ? 'Windows' : 'Linux';
  const own = pick(vm, 'storage_os_disk.0.disk_size_gb') ?? pick(vm, 'os_disk.0.disk_size_gb');
  let total = typeof own === 'number' ? own : IMAGE_GB[os];
  for (const d of asList(vm.storage_data_disk)) {
    const size = isObject(d) ? d.disk_size_gb : undefined;
    if (typeof size !== 'number')
      return { size: new Unknown('a data disk of the VM has no disk_size_gb: set disk_utilization_gb'), note: '' };
    total += size;
  }
  const osNote = typeof own === 'number' ? '' : ` (OS disk: the ${os} marketplace image size, ${IMAGE_GB[os]} GB)`;
  return { size: total, note: `the disk sizes of ${address || 'the VM'}${osNote}` };
}

/**
 * azurerm_backup_protected_vm: the protected-instance fee by the size backed up (≤ 50 GB, ≤ 500 GB, else one fee
 * per started 500 GB) and, as usage, GB-months of backup storage at the vault's redundancy (storage_mode_type of
 * the recovery_vault_name vault, default GeoRedundant; RA-GRS when cross_region_restore_enabled). The size is the
 * usage file's disk_utilization_gb, else the VM's disk sizes; storage is disk_utilization_gb (or the disk sizes)
 * plus additional_backup_retention_gb. Priced in the vault's location.
 */
export const backupProtectedVm: Family = {
  cloud: 'azure',
  terraform: ['azurerm_backup_protected_vm'],
  price(r, ctx) {
    const vault = referenced(r, 'recovery_vault_name');
    const location = typeof vault?.location === 'string' ? normalizeAzureRegion(vault.location) : ctx.region;
    if (!vault || location !== ctx.region)
      r.assume({
        label: 'region',
        value: location,
        source: vault ? 'derived' : 'default',
        note: vault ? "the vault's location" : 'the vault (recovery_vault_name) is not resolved: priced region',
      });
    const mode = vault ? (vault.storage_mode_type ?? 'GeoRedundant') : 'GeoRedundant';
    const cross = vault?.cross_region_restore_enabled === true;
    const base = typeof mode === 'string' ? REDUNDANCY[mode] : undefined;
    const redundancy = base === 'GRS' && cross ? 'RA-GRS' : base;
    r.assume({
      label: 'vault storage',
      value: redundancy ?? String(mode),
      source: vault ? 'derived' : 'default',
      note: vault
        ? `storage_mode_type ${String(mode)}${vault.storage_mode_type === undefined ? ' (provider default)' : ''}` +
          (cross ? ', cross_region_restore_enabled' : '')
        : 'the vault is not resolved: provider default GeoRedundant',
    });

    const utilization = ctx.usage.num('disk_utilization_gb');
    const retention = ctx.usage.num('additional_backup_retention_gb');
    const found = utilization === undefined ? vmSize(r) : undefined;
    const size = utilization ?? found?.size ?? 0;
    if (found && typeof found.size === 'number')
      r.assume({ label: 'size backed up', value: `${found.size} GB`, source: 'derived', note: found.note });

    const at = (item: string) => ({ table: TABLE, key: [item], region: location });
    let instance: ComponentSpec;
    if (isUnknown(size)) {
      instance = { name: 'Protected instance', unit: 'months', quantity: size, price: size };
    } else if (size <= 50) {
      instance = { name: 'Protected instance (up to 50 GB)', unit: 'months', quantity: 1, price: at('instance-50gb') };
    } else if (size <= 500) {
      const name = 'Protected instance (up to 500 GB)';
      instance = { name, unit: 'months', quantity: 1, price: at('instance-500gb') };
    } else {
      const increments = Math.ceil(size / 500);
      instance = {
        name: `Protected instance (${increments} × 500 GB)`,
        unit: 'months',
        quantity: increments,
        price: at('instance-500gb'),
      };
    }

    const stored =
      utilization === undefined && retention === undefined
        ? undefined
        : isUnknown(size)
          ? size
          : size + (retention ?? 0);
    const storage: ComponentSpec = {
      name: `Backup storage (${redundancy ?? '?'})`,
      unit: 'GB',
      quantity: stored,
      price: redundancy
        ? at(`${redundancy}-storage`)
        : new Unknown(`${String(mode)} is not a storage_mode_type (LocallyRedundant, ZoneRedundant, GeoRedundant)`),
      usageBased: true,
    };
    return { components: [instance, storage] };
  },
};
