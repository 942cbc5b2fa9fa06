import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, usage } from './common';

/** Storage a managed instance includes before additional storage is billed (GB), as Infracost counts it. */
const INCLUDED_GB = 32;

/**
 * azurerm_mssql_managed_instance and the legacy azurerm_sql_managed_instance: compute hours for the SKU (GP_/BC_ +
 * hardware) and vcores, the SQL licence per vCore-hour unless license_type is BasePrice, storage beyond 32 GB, and
 * backups as usage (backup_storage_gb for point-in-time restore, long_term_retention_storage_gb) at the backup
 * redundancy (storage_account_type, default GRS). Only the LRS and ZRS backup prices are in the snapshot: compute,
 * licence and storage show as unknown with their quantities.
 */
export const sqlManagedInstance: Family = {
  cloud: 'azure',
  terraform: ['azurerm_mssql_managed_instance', 'azurerm_sql_managed_instance'],
  price(r, ctx) {
    const sku = r.str('sku_name');
    const vcores = r.num('vcores');
    const label = `${typeof sku === 'string' ? sku : '?'}, ${typeof vcores === 'number' ? vcores : '?'} vCores`;
    const known = typeof sku === 'string' && /^(GP|BC)_/.test(sku);
    const compute = known
      ? new Unknown('managed instance vCore prices are not in the snapshot (Infracost prints them only rounded)')
      : new Unknown(`${String(sku)} is not a managed instance SKU (GP_ or BC_ + hardware)`);
    const components: ComponentSpec[] = [hourly(`Compute (${label})`, ctx, compute)];
    if (r.str('license_type', 'LicenseIncluded', 'provider default') !== 'BasePrice') {
      const why = new Unknown('the managed instance SQL licence price is not in the snapshot');
      const cores = typeof vcores === 'number' ? vcores : new Unknown('vcores is not known');
      components.push({ ...hourly('SQL license', ctx, why, cores), unit: 'vCore-hours' });
    }
    const size = r.num('storage_size_in_gb');
    if (typeof size === 'number' && size > INCLUDED_GB) {
      const why = new Unknown('managed instance storage is not in the snapshot');
      components.push({ name: 'Additional storage', unit: 'GB', quantity: size - INCLUDED_GB, price: why });
    }
    const redundancy = r.str('storage_account_type', 'GRS', 'provider default backup redundancy');
    const backup = (item: string) =>
      redundancy === 'LRS' || redundancy === 'ZRS'
        ? { table: 'azure/sql-managed-instance', key: [`${item}-${redundancy}`] }
        : new Unknown(`${String(redundancy)} backup storage is not in the snapshot`);
    const tag = typeof redundancy === 'string' ? redundancy : '?';
    components.push(
      usage(`PITR backup storage (${tag})`, 'GB', ctx, 'backup_storage_gb', backup('pitr')),
      usage(`LTR backup storage (${tag})`, 'GB', ctx, 'long_term_retention_storage_gb', backup('ltr')),
    );
    return { components };
  },
};
