import { asList, isList, isObject, isUnknown, Unknown, type ValueObject } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import { normalizeAzureRegion } from '../../regions';
import type { ResourceReader } from '../../resource-reader';
import { pick, referenced } from '../aws/common';

/**
 * Azure Cosmos DB, billed on the databases, containers, keyspaces, graphs and tables (the account is free), as
 * Infracost does: provisioned throughput (`throughput`) per 100 RU/s-hour in every geo_location of the account
 * (× 1.25 in a zone-redundant location); autoscale (`autoscale_settings.max_throughput`) at the share of the maximum
 * used (usage: max_request_units_utilization_percentage) × 1.5; accounts with multi-region writes use the
 * multi-region-write meter instead of both factors. Serverless request units (usage:
 * monthly_serverless_request_units), transactional and analytical storage (storage_gb), analytical operations,
 * backups (periodic: copies beyond the two free ones; continuous: per GB and location) and restored data
 * (monthly_restored_data_gb) are usage. The account is read through `account_name` (meta.references).
 */
export const COSMOSDB_TYPES = [
  'azurerm_cosmosdb_sql_database',
  'azurerm_cosmosdb_sql_container',
  'azurerm_cosmosdb_mongo_database',
  'azurerm_cosmosdb_mongo_collection',
  'azurerm_cosmosdb_cassandra_keyspace',
  'azurerm_cosmosdb_cassandra_table',
  'azurerm_cosmosdb_gremlin_database',
  'azurerm_cosmosdb_gremlin_graph',
  'azurerm_cosmosdb_table',
];

interface Location {
  readonly region: string;
  readonly zoneRedundant: boolean;
}

const at = (table: string, item: string, region: string): PriceQuery => ({ table, key: [item], region });

/** The account, referenced by account_name or, for a Cassandra table, by its keyspace's account_name. */
function accountOf(r: ResourceReader): ValueObject | undefined {
  return referenced(r, 'account_name') ?? r.reference('cassandra_keyspace_id', 'account_name')?.attributes;
}

/** The account's location (restores are billed there), else the region the resource is priced in. */
function home(account: ValueObject | undefined, ctx: FamilyContext): string {
  return typeof account?.location === 'string' ? normalizeAzureRegion(account.location) : ctx.region;
}

/** The account's geo_locations (failover order), or its home region when it has none we can read. */
function locations(account: ValueObject | undefined, ctx: FamilyContext): Location[] {
  const geo = account?.geo_location;
  const list = asList(geo);
  const out = list.flatMap((g): Location[] => {
    const loc = isObject(g) ? g.location : undefined;
    if (typeof loc !== 'string') return [];
    return [{ region: normalizeAzureRegion(loc), zoneRedundant: isObject(g) && g.zone_redundant === true }];
  });
  return out.length > 0 ? out : [{ region: home(account, ctx), zoneRedundant: false }];
}

function throughput(
  r: ResourceReader,
  ctx: FamilyContext,
  account: ValueObject | undefined,
  locs: Location[],
): ComponentSpec[] {
  const multiWrite =
    account?.multiple_write_locations_enabled === true || account?.enable_multiple_write_locations === true;
  const table = multiWrite ? 'azure/cosmosdb-multi-write' : 'azure/cosmosdb';
  const fixed = r.num('throughput');
  const max = fixed === undefined ? r.num('autoscale_settings.0.max_throughput') : undefined;
  if (fixed === undefined && max === undefined) {
    const capabilities = account?.capabilities;
    const serverless = isList(capabilities) && capabilities.some((c) => isObject(c) && c.name === 'EnableServerless');
    if (!serverless && !ctx.usage.has('monthly_serverless_request_units')) {
      r.assume({
        label: 'throughput',
        value: 'none set here',
        source: 'default',
        note: 'shared with its database, or set on its containers',
      });
      return [];
    }
    const ru = ctx.usage.num('monthly_serverless_request_units');
    const price = new Unknown('the serverless request-unit price is not in the snapshot (Infracost prints it rounded)');
    const quantity = ru === undefined ? undefined : ru / 1e6;
    return [{ name: 'Request units (serverless)', unit: '1M RU', quantity, price, usageBased: true }];
  }
  const hours = ctx.usage.num('monthly_hrs') ?? ctx.hoursPerMonth;
  let per100: number | Unknown | undefined;
  if (fixed !== undefined) per100 = isUnknown(fixed) ? fixed : fixed / 100;
  else {
    const pct = ctx.usage.num('max_request_units_utilization_percentage');
    if (isUnknown(max)) per100 = max;
    else if (max !== undefined && pct !== undefined) per100 = ((max * pct) / 100 / 100) * (multiWrite ? 1 : 1.5);
  }
  const kind = fixed !== undefined ? 'provisioned' : 'autoscale';
  if (multiWrite)
    r.assume({ label: 'writes', value: 'multi-region', source: 'attribute', note: 'multi-region-write meter everywhere' });
  return locs.map((l) => {
    const factor = l.zoneRedundant && !multiWrite && fixed !== undefined ? 1.25 : 1;
    const quantity = isUnknown(per100) || per100 === undefined ? per100 : per100 * factor * hours;
    const zr = factor > 1 ? ', zone redundant' : '';
    return {
      name: `Provisioned throughput (${kind}, ${l.region}${zr})`,
      unit: '100 RU/s-hours',
      quantity,
      price: at(table, 'throughput', l.region),
      usageBased: fixed === undefined,
    };
  });
}

function storageAndBackup(
  r: ResourceReader,
  ctx: FamilyContext,
  account: ValueObject | undefined,
  locs: Location[],
): ComponentSpec[] {
  const gb = ctx.usage.num('storage_gb');
  const perGb = (name: string, price: PriceQuery, copies = 1): ComponentSpec => {
    const quantity = gb === undefined ? undefined : gb * copies;
    return { name, unit: 'GB', quantity, price, usageBased: true };
  };
  const out: ComponentSpec[] = locs.map((l) =>
    perGb(`Transactional storage (${l.region})`, at('azure/cosmosdb', 'storage', l.region)),
  );
  if (account?.analytical_storage_enabled === true) {
    const writes = ctx.usage.num('monthly_analytical_storage_write_operations');
    const reads = ctx.usage.num('monthly_analytical_storage_read_operations');
    const ops = (name: string, n: number | undefined, item: string, region: string): ComponentSpec => {
      const quantity = n === undefined ? undefined : n / 10_000;
      return { name, unit: '10K operations', quantity, price: at('azure/cosmosdb-analytical', item, region), usageBased: true };
    };
    for (const l of locs)
      out.push(
        perGb(`Analytical storage (${l.region})`, at('azure/cosmosdb-analytical', 'storage', l.region)),
        ops(`Analytical write operations (${l.region})`, writes, 'write', l.region),
        ops(`Analytical read operations (${l.region})`, reads, 'read', l.region),
      );
  }
  const type = String(pick(account, 'backup.0.type') ?? 'Periodic');
  if (type === 'Continuous') {
    if (pick(account, 'backup.0.tier') === 'Continuous7Days')
      r.assume({ label: 'backup', value: 'Continuous7Days', source: 'attribute', note: 'the 7-day tier is free' });
    else
      for (const l of locs)
        out.push(perGb(`Continuous backup (${l.region})`, at('azure/cosmosdb', 'continuous-backup', l.region)));
  } else {
    const interval = Number(pick(account, 'backup.0.interval_in_minutes') ?? 240) / 60;
    const retention = Number(pick(account, 'backup.0.retention_in_hours') ?? 8);
    const known = Number.isFinite(interval) && Number.isFinite(retention) && interval > 0;
    const copies = known ? Math.max(0, Math.floor(retention / interval) - 2) : 0;
    r.assume({
      label: 'periodic backup copies billed',
      value: known ? String(copies) : 'none shown',
      source: 'derived',
      note: known ? `a copy every ${interval} h kept ${retention} h, 2 copies free` : 'interval or retention not known',
    });
    const table = 'azure/cosmosdb-periodic-backup';
    if (copies > 0)
      for (const l of locs)
        out.push(perGb(`Periodic backup (${l.region}, ${copies} copies)`, at(table, 'periodic-backup', l.region), copies));
  }
  const restored = ctx.usage.num('monthly_restored_data_gb');
  const price = at('azure/cosmosdb-restore', 'restored-data', home(account, ctx));
  out.push({ name: 'Restored data', unit: 'GB', quantity: restored, price, usageBased: true });
  return out;
}

export const cosmosdb: Family = {
  cloud: 'azure',
  terraform: COSMOSDB_TYPES,
  price(r, ctx) {
    const account = accountOf(r);
    if (!account)
      r.assume({
        label: 'account',
        value: 'not resolved',
        source: 'default',
        note: `no azurerm_cosmosdb_account referenced in this module: one location (${ctx.region}), single-region writes, periodic backup`,
      });
    const locs = locations(account, ctx);
    return { components: [...throughput(r, ctx, account, locs), ...storageAndBackup(r, ctx, account, locs)] };
  },
};
