import { isUnknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { flexibleServer } from './flexible-server';

/** Azure Database for MySQL Flexible Server includes 300 IOPS plus 3 per provisioned GB (360 at the 20 GB minimum). */
const FREE_IOPS_BASE = 300;
const FREE_IOPS_PER_GB = 3;

/**
 * azurerm_mysql_flexible_server: compute hours of the SKU (B_Standard_B1ms, GP_Standard_D2ads_v5,
 * MO_Standard_E4ds_v4 …), storage (storage.size_gb, default 20 GB), pre-provisioned IOPS beyond the included
 * ones (storage.iops) and backup storage beyond the free allowance (usage: additional_backup_storage_gb).
 * High availability doubles compute and storage, as for PostgreSQL (flexible-server.ts).
 */
export const mysqlFlexibleServer: Family = {
  cloud: 'azure',
  terraform: ['azurerm_mysql_flexible_server'],
  price(r, ctx) {
    const gb = r.num('storage.0.size_gb', 20, 'provider default (minimum) storage size') ?? 20;
    const extra: ComponentSpec[] = [];
    if (r.value('storage.0.io_scaling_enabled') === true)
      r.assume({
        label: 'storage.io_scaling_enabled',
        value: 'true',
        source: 'attribute',
        note: 'autoscale IOPS are billed per I/O used; not shown',
      });
    const iops = r.num('storage.0.iops');
    if (typeof iops === 'number' && !isUnknown(gb)) {
      const included = FREE_IOPS_BASE + FREE_IOPS_PER_GB * gb;
      r.assume({ label: 'included IOPS', value: String(included), source: 'derived', note: '300 + 3 per GB of storage' });
      if (iops > included)
        extra.push({
          name: 'Additional IOPS',
          unit: 'IOPS',
          quantity: iops - included,
          price: { table: 'azure/mysql-flexible', key: ['iops'] },
        });
    }
    return { components: flexibleServer(r, ctx, 'azure/mysql-flexible', gb, extra) };
  },
};
