import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly, noteParentLocation, usage } from './common';

/** Storage a DTU database includes before "extra data storage" is billed (Azure's DTU resource limits, GB). */
const DTU_INCLUDED_GB: Readonly<Record<string, number>> = { Basic: 2, S: 250, P: 500, P11: 4096, P15: 4096 };

/** Backup storage redundancy as azurerm writes it → the meter's redundancy. */
const REDUNDANCY: Readonly<Record<string, string>> = { Geo: 'RA-GRS', Local: 'LRS', Zone: 'ZRS' };

const table = (item: string) => ({ table: 'azure/mssql', key: [item] });

/** The service objective Azure gives a legacy azurerm_sql_database that names only its edition. */
const EDITION_DEFAULT: Readonly<Record<string, string>> = {
  Basic: 'Basic',
  Standard: 'S0',
  Premium: 'P1',
  GeneralPurpose: 'GP_Gen5_2',
  BusinessCritical: 'BC_Gen5_2',
  Hyperscale: 'HS_Gen5_2',
};

/** The SKU of a database: sku_name, or for the legacy type requested_service_objective_name, else its edition's. */
function skuOf(r: ResourceReader) {
  if (r.type !== 'azurerm_sql_database') return r.str('sku_name');
  const objective = r.str('requested_service_objective_name');
  if (objective !== undefined) return objective;
  const edition = r.str('edition', 'GeneralPurpose', 'provider default edition');
  if (typeof edition !== 'string') return edition;
  const why = `Azure default for the ${edition} edition`;
  return (
    r.str('requested_service_objective_name', EDITION_DEFAULT[edition], why) ??
    new Unknown(`${edition} is not a SQL Database edition`)
  );
}

/**
 * azurerm_mssql_database. DTU SKUs (Basic, S0–S12, P1–P15): the SKU's hours and storage beyond what it includes.
 * vCore SKUs (GP_/BC_/HS_ + hardware + vCores): provisioned compute hours, the SQL licence per vCore-hour unless
 * license_type is BasePrice, and storage (max_size_gb); serverless (GP_S_…) compute is usage (monthly_vcore_hours).
 * Backups are usage (long_term_retention_storage_gb, backup_storage_gb) at the backup redundancy. A database in an
 * elastic pool has its compute and storage billed on the pool. The legacy azurerm_sql_database reads its SKU from
 * requested_service_objective_name (else its edition's default: S0, P1, GP_Gen5_2 …) and max_size_bytes.
 */
export const mssqlDatabase: Family = {
  cloud: 'azure',
  terraform: ['azurerm_mssql_database', 'azurerm_sql_database'],
  price(r, ctx) {
    noteParentLocation(r, ctx, 'server_id');
    const legacy = r.type === 'azurerm_sql_database';
    if (legacy) {
      const note = 'azurerm_sql_database has no backup redundancy setting: Azure keeps geo-redundant backups';
      r.assume({ label: 'backup redundancy', value: 'Geo', source: 'default', note });
    }
    const setting = legacy ? 'Geo' : r.str('storage_account_type', 'Geo', 'provider default backup redundancy');
    const redundancy = REDUNDANCY[String(setting)];
    const backup = (item: string) =>
      redundancy ? table(`${item}-${redundancy}`) : new Unknown('GeoZone backup storage is not in the snapshot');
    const backups: ComponentSpec[] = [
      usage(`Long-term retention (${redundancy ?? '?'})`, 'GB', ctx, 'long_term_retention_storage_gb', backup('ltr')),
      usage(`PITR backup storage (${redundancy ?? '?'})`, 'GB', ctx, 'backup_storage_gb', backup('pitr')),
    ];
    if (r.has('elastic_pool_id') || r.has('elastic_pool_name')) return { components: backups };
    const sku = skuOf(r);
    if (typeof sku !== 'string') {
      const why = sku ?? new Unknown('sku_name is not set (Azure picks the default)');
      return { components: [hourly('Compute', ctx, why), ...backups] };
    }
    const maxBytes = legacy ? r.num('max_size_bytes') : undefined;
    const maxGb = typeof maxBytes === 'number' ? maxBytes / 2 ** 30 : r.num('max_size_gb');
    const dtu = /^(Basic|S\d+|P\d+)$/.exec(sku);
    if (dtu) {
      const included = DTU_INCLUDED_GB[sku] ?? DTU_INCLUDED_GB[sku[0]] ?? DTU_INCLUDED_GB.Basic;
      const extra = typeof maxGb === 'number' ? Math.max(0, maxGb - included) : 0;
      const components: ComponentSpec[] = [hourly(`Compute (${sku})`, ctx, table(sku))];
      if (extra > 0)
        components.push({
          name: 'Extra data storage',
          unit: 'GB',
          quantity: extra,
          price: table(`extra-storage-${sku[0]}`),
        });
      return { components: [...components, ...backups] };
    }
    const vcore = /^(GP|BC|HS)_(S_)?([A-Za-z0-9]+)_(\d+)$/.exec(sku);
    if (!vcore) {
      const why = new Unknown(`${sku} is not a DTU or vCore SKU name`);
      return { components: [hourly(`Compute (${sku})`, ctx, why), ...backups] };
    }
    const [, tier, serverless, hardware, coresText] = vcore;
    const cores = Number(coresText);
    const components: ComponentSpec[] = [];
    if (serverless) {
      const price =
        tier === 'GP' ? table(`serverless-GP_${hardware}`) : new Unknown(`${tier} serverless is not in the snapshot`);
      components.push(usage(`Compute (serverless, ${sku})`, 'vCore-hours', ctx, 'monthly_vcore_hours', price));
    } else {
      const unknownCompute = new Unknown('per-vCore provisioned compute prices are not in the offline snapshot');
      components.push(hourly(`Compute (provisioned, ${sku})`, ctx, unknownCompute));
      if (r.str('license_type', 'LicenseIncluded', 'provider default licence type') !== 'BasePrice') {
        const price =
          tier === 'BC' ? table('license-BC') : new Unknown(`the ${tier} SQL licence price is not in the snapshot`);
        components.push({ ...hourly('SQL license', ctx, price, cores), unit: 'vCore-hours' });
      }
      const replicas = tier === 'HS' ? (r.num('read_replica_count', 0, 'provider default') ?? 0) : 0;
      if (typeof replicas === 'number' && replicas > 0)
        components.push(hourly(`Read replicas (${replicas})`, ctx, unknownCompute, replicas));
    }
    const gb = maxGb ?? r.num('max_size_gb', 32, 'Azure default maximum size of a vCore database') ?? 32;
    const gpStorage = new Unknown('the General Purpose storage price is not in the snapshot');
    const storage = tier === 'GP' ? gpStorage : table(`storage-${tier}`);
    components.push({ name: 'Storage', unit: 'GB', quantity: gb, price: storage });
    return { components: [...components, ...(tier === 'HS' ? [] : backups)] };
  },
};
