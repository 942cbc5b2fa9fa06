import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, usage } from './common';

/**
 * azurerm_postgresql_flexible_server: compute hours of the SKU (B_Standard_B1ms, GP_Standard_D4s_v3 …),
 * provisioned storage (storage_mb, default 32 GiB) and backup storage beyond the free allowance (usage:
 * additional_backup_storage_gb). Zone-redundant or same-zone HA runs a standby of the same size and storage.
 */
export const postgresqlFlexibleServer: Family = {
  cloud: 'azure',
  terraform: ['azurerm_postgresql_flexible_server'],
  price(r, ctx) {
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
    const mb = r.num('storage_mb', 32768, 'provider default storage size') ?? 32768;
    const components: ComponentSpec[] = [
      hourly(
        `Compute (${typeof sku === 'string' ? sku : '?'}${ha ? ', HA' : ''})`,
        ctx,
        typeof sku === 'string' ? { table: 'azure/postgresql-flexible', key: [sku] } : sku,
        copies,
      ),
      {
        name: 'Storage',
        unit: 'GB',
        quantity: typeof mb === 'number' ? (mb / 1024) * copies : mb,
        price: { table: 'azure/postgresql-flexible', key: ['storage'] },
      },
      usage('Additional backup storage', 'GB', ctx, 'additional_backup_storage_gb', {
        table: 'azure/postgresql-flexible',
        key: ['backup'],
      }),
    ];
    return { components };
  },
};
