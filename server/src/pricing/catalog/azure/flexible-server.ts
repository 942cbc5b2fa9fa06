import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, FamilyContext } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly, usage } from './common';

/**
 * The bill of an Azure Database flexible server (PostgreSQL, MySQL): compute hours of the SKU, provisioned
 * storage, anything the engine adds (`extra`, e.g. MySQL's additional IOPS) and backup storage beyond the free
 * allowance (usage: additional_backup_storage_gb). Zone-redundant or same-zone high availability runs a standby
 * of the same size and storage, so both are billed twice. `table` keys: the SKU name, 'storage', 'backup'.
 */
export function flexibleServer(
  r: ResourceReader,
  ctx: FamilyContext,
  table: string,
  storageGb: number | Unknown,
  extra: readonly ComponentSpec[] = [],
): ComponentSpec[] {
  const sku = r.str('sku_name') ?? new Unknown('sku_name is not set');
  const ha = r.has('high_availability.0.mode');
  const copies = ha ? 2 : 1;
  if (ha)
    r.assume({
      label: 'high availability',
      value: 'standby replica',
      source: 'derived',
      note: 'compute and storage billed twice',
    });
  const name = typeof sku === 'string' ? sku : '?';
  return [
    hourly(`Compute (${name}${ha ? ', HA' : ''})`, ctx, isUnknown(sku) ? sku : { table, key: [sku] }, copies),
    {
      name: 'Storage',
      unit: 'GB',
      quantity: isUnknown(storageGb) ? storageGb : storageGb * copies,
      price: { table, key: ['storage'] },
    },
    ...extra,
    usage('Additional backup storage', 'GB', ctx, 'additional_backup_storage_gb', { table, key: ['backup'] }),
  ];
}
