import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, usage } from './common';

const ENGINES: Readonly<Record<string, string>> = {
  azurerm_postgresql_server: 'postgresql',
  azurerm_mysql_server: 'mysql',
  azurerm_mariadb_server: 'mariadb',
};

/**
 * azurerm_postgresql_server, azurerm_mysql_server and azurerm_mariadb_server (single servers): the SKU's compute
 * hours (B_/GP_/MO_ + generation + vCores), storage (storage_mb, or storage_profile.storage_mb in older providers,
 * at the tier's GB price) and additional backup storage beyond the free amount (usage: additional_backup_storage_gb,
 * geo-redundant when geo_redundant_backup_enabled), as Infracost prices them.
 */
export const dbSingleServer: Family = {
  cloud: 'azure',
  terraform: Object.keys(ENGINES),
  price(r, ctx) {
    const engine = ENGINES[r.type];
    const at = (item: string) => ({ table: 'azure/db-single-server', key: [engine, item] });
    const sku = r.str('sku_name');
    const parsed = typeof sku === 'string' ? /^(B|GP|MO)_(Gen4|Gen5)_(\d+)$/.exec(sku) : null;
    const why =
      sku === undefined
        ? new Unknown('sku_name is required')
        : isUnknown(sku)
          ? new Unknown('sku_name is not known before apply')
          : !parsed
            ? new Unknown(`${sku} is not a single-server SKU (B_, GP_ or MO_ + Gen4/Gen5 + vCores)`)
            : undefined;
    const label = typeof sku === 'string' ? sku : '?';
    const components: ComponentSpec[] = [hourly(`Compute (${label})`, ctx, why ?? at(`compute-${label}`))];

    const mb = r.has('storage_mb') ? r.num('storage_mb') : r.num('storage_profile.0.storage_mb');
    const gb =
      mb === undefined
        ? new Unknown('storage_mb is not set')
        : isUnknown(mb)
          ? new Unknown('storage_mb is not known before apply')
          : mb / 1024;
    components.push({ name: 'Storage', unit: 'GB', quantity: gb, price: why ?? at(`storage-${parsed?.[1]}`) });

    const geo = r.has('storage_profile.0.geo_redundant_backup')
      ? r.str('storage_profile.0.geo_redundant_backup') === 'Enabled'
      : r.bool('geo_redundant_backup_enabled', false, 'provider default');
    const redundancy = geo === true ? 'GRS' : 'LRS';
    const backupPrice = isUnknown(geo)
      ? new Unknown('backup redundancy is not known before apply')
      : at(`backup-${redundancy}`);
    components.push(
      usage(`Additional backup storage (${redundancy})`, 'GB', ctx, 'additional_backup_storage_gb', backupPrice),
    );
    return { components };
  },
};
