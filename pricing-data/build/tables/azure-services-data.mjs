// Azure Cache for Redis, Azure Database for MySQL Flexible Server and Azure Cosmos DB prices derived from
// Infracost's test output (internal/providers/terraform/azure/testdata/<name>_test/<name>_test.golden), read
// through the search tool on 2026-11-27 (the golden files carry no data date, so the read date is recorded).
// Only "cost ÷ quantity" values that are exact decimals reproducing the printed cost are kept. Regions are the
// ones each test's .tf gives: redis_cache_test.tf "eastus"; mysql_flexible_server_test.tf "westus"; the cosmosdb
// tests put the accounts in "eastus" with geo_location "westus" (and "centralus", zone_redundant on the
// continuous-backup account), and Infracost prices throughput, storage and backups at each geo_location while
// "Restored data" uses the account's location.
//
// A table holds one region only where every row it needs there is known: a region with half its rows would
// stop the engine's labelled nearest-region fallback for the other half. So Cosmos DB meters with different
// region coverage live in separate tables, and rows that would leave a region half-priced are left out (each
// such row is named below).

import { infracostAzure } from '../lib/infracost-sources.mjs';

const READ = '2026-11-27'; // read date (no data date in the golden files)

const golden = (name, commit) => infracostAzure(name, commit, READ);

const REDIS = golden('redis_cache_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e');
const REDIS_OLD = { ...golden('redis_cache_test', '21716c328eaad441f5fd87301220d3d3fda74536'), covers: 'Basic C1' };
const MYSQL = golden('mysql_flexible_server_test', '7c081feab4fb3e96634550ac78ed298e58c92742');
const MYSQL_OLD = {
  ...golden('mysql_flexible_server_test', '243cadf8ee7c2330ae4ef3cc343b0095b1312570'),
  covers: 'GP_Standard_D4ds_v4, GP_Standard_D16ds_v4',
};
const COSMOS_SQL = golden('cosmosdb_sql_database_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e');
const COSMOS_CASSANDRA = golden('cosmosdb_cassandra_keyspace_test', '6716847d03ed09aa4dfa7d80b0dd08c51e5e03f0');
const COSMOS_MONGO = golden('cosmosdb_mongo_collection_test', 'a664df307923f4ed875f73871dde183caa716e9c');
const COSMOS_BLANK_GEO = {
  ...golden('cosmosdb_cassandra_keyspace_test_with_blank_geo_location', '1fd93d08488d8b49cbe83a0cd759e2426b47341e'),
  covers: 'eastus multi-region-write throughput',
};
const COSMOS = [COSMOS_SQL, COSMOS_CASSANDRA, COSMOS_MONGO];

export default [
  {
    id: 'azure/redis-cache',
    description: 'Azure Cache for Redis: Basic/Standard cache hours per size, Premium hours per node',
    keys: ['region', 'tier', 'size'],
    values: ['price'],
    unit: 'USD per hour (Basic: the one-node cache, Standard: the two-node cache, Premium: per node)',
    sources: [REDIS, REDIS_OLD],
    rows: [
      ['eastus', 'Basic', 'C1', '0.055'], // older golden (21716c3) "Cache usage (Basic_C1), 5 node" 200.75 / 3,650 h
      ['eastus', 'Basic', 'C4', '0.21'], // "Cache usage (Basic_C4)" 153.30 / 730 h (21716c3: 613.20 / 2,920 h)
      ['eastus', 'Standard', 'C3', '0.45'], // "Cache usage (Standard_C3)" 328.50 / 730 h: the meter is the 2-node cache
      ['eastus', 'Premium', 'P1', '0.277'], // premium_p1, 3 shards × 2 nodes: 1,213.26 / 4,380 node-hours
      ['eastus', 'Premium', 'P2', '0.555'], // 3 shards × (1 + 2 replicas): 3,646.35 / 6,570 node-hours
      ['eastus', 'Premium', 'P3', '1.109'], // 3 shards × (1 + 3 replicas): 9,714.84 / 8,760 node-hours
      // premium_p1_australiacentral prints 404.42 / 1,460 = 0.277 too, but australiacentral would then hold P1
      // only, and every other size there would be "no price" instead of the labelled eastus fallback.
    ],
  },
  {
    id: 'azure/mysql-flexible',
    description: 'Azure Database for MySQL Flexible Server: compute per SKU, storage, additional IOPS, extra backup storage',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hour (SKU names), USD per GB-month (storage, backup), USD per IOPS-month (iops)',
    sources: [MYSQL, MYSQL_OLD],
    rows: [
      ['westus', 'B_Standard_B1ms', '0.022'], // 16.06 / 730
      ['westus', 'GP_Standard_D2ads_v5', '0.195'], // 142.35 / 730
      ['westus', 'GP_Standard_D4ds_v4', '0.39'], // older golden (243cadf): 284.70 / 730
      ['westus', 'GP_Standard_D16ds_v4', '1.56'], // older golden (243cadf): 1,138.80 / 730
      // 382.81 / 730: 730 × 0.5244 = 382.812; the neighbours 0.52439 (382.80) and 0.52441 (382.82) do not reproduce
      // it. The older golden printed 382.52 (0.524), an earlier price.
      ['westus', 'MO_Standard_E4ds_v4', '0.5244'],
      ['westus', 'storage', '0.138'], // 2.76 / 20 GB; burstable 4.14 / 30 GB
      ['westus', 'iops', '0.06'], // "Additional IOPS" 8.40 / 140 IOPS (500 set, 360 included)
      ['westus', 'backup', '0.095'], // 285.00 / 3,000 GB; 190.00 / 2,000; 95.00 / 1,000
    ],
  },
  {
    id: 'azure/cosmosdb',
    description: 'Azure Cosmos DB: provisioned throughput (single-region writes), transactional storage, continuous backup',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per 100 RU/s-hour (throughput), USD per GB-month (storage, continuous-backup)',
    sources: COSMOS,
    rows: [
      ['centralus', 'continuous-backup', '0.246'], // "Continuous backup (Central US)" 246.00 / 1,000 GB
      ['centralus', 'storage', '0.25'], // "Transactional storage (Central US)" 250.00 / 1,000 GB
      ['centralus', 'throughput', '0.008'], // zone redundant: 36.50 / (5 × 1.25 = 6.25 × 730 h); 58.40 / (10 × 730)
      ['westus', 'continuous-backup', '0.2'], // "Continuous backup (West US)" 200.00 / 1,000 GB
      ['westus', 'storage', '0.25'], // "Transactional storage (West US)" 250.00 / 1,000 GB
      ['westus', 'throughput', '0.008'], // 29.20 / (5 × 730 h); autoscale 262.80 / (6,000 × 50% × 1.5 / 100 × 730)
    ],
  },
  {
    id: 'azure/cosmosdb-analytical',
    description: 'Azure Cosmos DB analytical store: storage, write and read operations',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per GB-month (storage), USD per 10K operations (write, read)',
    sources: COSMOS,
    rows: [
      ['westus', 'read', '0.0054'], // "Analytical read operations" 0.54 / 100 × 10K
      ['westus', 'storage', '0.03'], // "Analytical storage (West US)" 30.00 / 1,000 GB
      ['westus', 'write', '0.055'], // "Analytical write operations" 5.50 / 100 × 10K
    ],
  },
  {
    id: 'azure/cosmosdb-periodic-backup',
    description: 'Azure Cosmos DB periodic backup storage beyond the two free copies',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: COSMOS,
    rows: [
      // 16 h retention / 4 h interval = 4 copies, 2 free: 2 × 1,000 GB = 2,000 GB, 300.00 / 2,000. The Central US
      // and East US figures are printed only as rounded unit prices ("$0.15", "$0.12 per GB"), so they stay out.
      ['westus', 'periodic-backup', '0.15'],
    ],
  },
  {
    id: 'azure/cosmosdb-multi-write',
    description: 'Azure Cosmos DB provisioned throughput on accounts with multi-region writes',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per 100 RU/s-hour',
    sources: [COSMOS_BLANK_GEO],
    rows: [
      ['eastus', 'throughput', '0.016'], // "$11.68 per RU/s x 100" per month = 11.68 / 730 h
    ],
  },
  {
    id: 'azure/cosmosdb-restore',
    description: 'Azure Cosmos DB point-in-time restore: data restored',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per GB',
    sources: COSMOS,
    rows: [
      ['eastus', 'restored-data', '0.15'], // "Restored data" 450.00 / 3,000 GB (the account's location, eastus)
    ],
  },
];
