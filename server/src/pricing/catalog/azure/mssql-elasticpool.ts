import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly } from './common';

const at = (item: string) => ({ table: 'azure/mssql-elasticpool', key: [item] });

/** Storage a Premium eDTU pool includes, by eDTUs (Azure's elastic pool resource limits, GB). */
const PREMIUM_INCLUDED_GB: Readonly<Record<number, number>> = {
  125: 250,
  250: 500,
  500: 750,
  1000: 1024,
  1500: 1536,
  2000: 2048,
  2500: 2560,
  3000: 3072,
  3500: 3584,
  4000: 4096,
};

const DTU_TIERS = new Set(['Basic', 'Standard', 'Premium']);

/** eDTU pools: the pool's hours, and storage beyond what its size includes (Standard 1 GB per eDTU). */
function dtuPool(r: ResourceReader, ctx: FamilyContext, tier: string, edtu: number, maxGb: number | undefined) {
  const components: ComponentSpec[] = [hourly(`Compute (${tier}, ${edtu} eDTUs)`, ctx, at(`dtu-${tier}-${edtu}`))];
  const included = tier === 'Standard' ? edtu : tier === 'Premium' ? PREMIUM_INCLUDED_GB[edtu] : undefined;
  if (maxGb !== undefined && included !== undefined && maxGb > included) {
    r.assume({ label: 'included storage', value: `${included} GB`, source: 'derived', note: `${tier} ${edtu} eDTUs` });
    const price = at(`extra-storage-${tier}`);
    components.push({ name: 'Extra data storage', unit: 'GB', quantity: maxGb - included, price });
  }
  return { components };
}

/**
 * azurerm_mssql_elasticpool and the legacy azurerm_sql_elasticpool. eDTU pools (BasicPool, StandardPool,
 * PremiumPool / edition + dtu): the pool's hours and storage beyond the included amount. vCore pools (GP_/BC_/HS_
 * SKU + vCores): compute hours, zone redundancy, the SQL licence per vCore-hour unless license_type is BasePrice,
 * and storage (max_size_gb, zone-redundant storage for zone-redundant General Purpose pools). Databases in a pool
 * bill only their backups.
 */
export const mssqlElasticPool: Family = {
  cloud: 'azure',
  terraform: ['azurerm_mssql_elasticpool', 'azurerm_sql_elasticpool'],
  price(r, ctx) {
    if (r.type === 'azurerm_sql_elasticpool') {
      const edition = r.str('edition');
      const dtu = r.num('dtu');
      const mb = r.num('pool_size');
      if (typeof edition !== 'string' || typeof dtu !== 'number' || !DTU_TIERS.has(edition)) {
        const why = new Unknown(`edition ${String(edition)} with ${String(dtu)} eDTUs is not a known eDTU pool`);
        return { components: [hourly('Compute', ctx, why)] };
      }
      return dtuPool(r, ctx, edition, dtu, typeof mb === 'number' ? mb / 1024 : undefined);
    }
    const name = r.str('sku.0.name');
    const capacity = r.num('sku.0.capacity');
    const maxBytes = r.num('max_size_bytes');
    const maxGb = r.num('max_size_gb') ?? (typeof maxBytes === 'number' ? maxBytes / 2 ** 30 : undefined);
    const gb = isUnknown(maxGb) ? undefined : maxGb;
    if (typeof name !== 'string' || typeof capacity !== 'number') {
      const why = new Unknown('sku.name and sku.capacity are required and must be known before apply');
      return { components: [hourly('Compute', ctx, why)] };
    }
    const dtu = /^(Basic|Standard|Premium)Pool$/.exec(name);
    if (dtu) return dtuPool(r, ctx, dtu[1], capacity, gb);
    const vcore = /^(GP|BC|HS)_/.exec(name);
    if (!vcore) {
      const why = new Unknown(`${name} is not an elastic pool SKU`);
      return { components: [hourly(`Compute (${name})`, ctx, why)] };
    }
    const tier = { GP: 'GeneralPurpose', BC: 'BusinessCritical', HS: 'Hyperscale' }[vcore[1]] as string;
    const label = `${name}, ${capacity} vCores`;
    const components: ComponentSpec[] = [hourly(`Compute (${label})`, ctx, at(`vcore-${name}-${capacity}`))];
    const zone = r.bool('zone_redundant', false, 'provider default') === true;
    if (zone) {
      const why = new Unknown('the zone redundancy price is not in the snapshot');
      components.push(hourly(`Zone redundancy (${label})`, ctx, why));
    }
    if (tier !== 'Hyperscale' && r.str('license_type', 'LicenseIncluded', 'Azure default') !== 'BasePrice')
      components.push({ ...hourly('SQL license', ctx, at(`license-${tier}`), capacity), unit: 'vCore-hours' });
    const quantity = gb ?? new Unknown('max_size_gb is not set');
    const storage = at(`storage-${tier}${zone ? '-zone' : ''}`);
    components.push({ name: 'Storage', unit: 'GB', quantity, price: storage });
    return { components };
  },
};
