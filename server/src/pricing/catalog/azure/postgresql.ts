import type { Family } from '../../family';
import { flexibleServer } from './flexible-server';

/**
 * azurerm_postgresql_flexible_server: compute hours of the SKU (B_Standard_B1ms, GP_Standard_D4s_v3 …),
 * provisioned storage (storage_mb, default 32 GiB) and backup storage beyond the free allowance (usage:
 * additional_backup_storage_gb). Zone-redundant or same-zone HA runs a standby of the same size and storage.
 */
export const postgresqlFlexibleServer: Family = {
  cloud: 'azure',
  terraform: ['azurerm_postgresql_flexible_server'],
  price(r, ctx) {
    const mb = r.num('storage_mb', 32768, 'provider default storage size') ?? 32768;
    const gb = typeof mb === 'number' ? mb / 1024 : mb;
    return { components: flexibleServer(r, ctx, 'azure/postgresql-flexible', gb) };
  },
};
