// Google Cloud services of the second wave: Secret Manager, Cloud Scheduler, Memorystore for Valkey
// (google_memorystore_instance), Memorystore for Redis Cluster (google_redis_cluster) and Cloud Monitoring
// (google_monitoring_metric_descriptor). Values are copied as published; a value derived from Infracost's test
// output ("monthly cost ÷ monthly quantity") is the short decimal that reproduces every printed cost it appears
// in, shown next to it with the ±0.005 band it must fall in. Infracost's Google tests use
// `provider "google" { region = "us-central1" }` (and `location`/`region = "us-central1"` on the resources), so
// the node rows are us-central1; other regions get the engine's labelled nearest-region fallback.

import { infracostGoogle as golden } from '../lib/infracost-sources.mjs';

/** A public price page read through the search tool on 2026-11-27. */
const page = (url) => ({ repo: 'web', path: url, date: '2026-11-27' });

export default [
  {
    id: 'google/secret-manager',
    description: 'Secret Manager: active secret versions per location, access operations, rotation notifications',
    keys: ['item'],
    values: ['price'],
    unit: 'USD per active version-month per location (version), per 10,000 operations (access), per rotation (rotation)',
    // The official page (read in its Japanese rendering, cloud.google.com/secret-manager/pricing?hl=ja) lists:
    // "アクティブ シークレット バージョン | ロケーションごとに 1 バージョンあたり $0.06", "アクセス オペレーション |
    // 10,000 オペレーションあたり $0.03", "ローテーションの通知 | ローテーションあたり $0.05"; destroyed versions and
    // management operations free; free tier 6 versions, 10,000 accesses, 3 rotations per billing account.
    // Infracost's goldens print the same unit prices ("$0.06 per versions", "$0.03 per 10K requests",
    // "$0.05 per rotations") and agree: 10,000 versions $600.00; 2 × 10K $0.06; 100 rotations $5.00;
    // 2 versions $0.12; 2.5 × 10K → 0.075 → $0.08.
    sources: [
      page('https://cloud.google.com/secret-manager/pricing'),
      golden('secret_manager_secret_test', '153fa9d9fc5eb28b59dd5ed7f7d09c704336ff66'),
      golden('secret_manager_secret_version_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef'),
    ],
    rows: [
      ['version', '0.06'], // "$0.06" per version per location per month
      ['access', '0.03'], // "$0.03" per 10,000 access operations
      ['rotation', '0.05'], // "$0.05" per rotation notification
    ],
  },
  {
    id: 'google/cloud-scheduler',
    description: 'Cloud Scheduler: each job (paused jobs count), per month, beyond the 3 free jobs per billing account',
    keys: ['item'],
    values: ['price'],
    unit: 'USD per job-month',
    // "A job is billed $0.10/job/31 days, which is $0.003 per day for each billable job"; "Each Google billing
    // account gets 3 jobs per month free". Infracost's cloud_scheduler_test prints $0.00 (it does not price jobs),
    // so the price comes from the official page only.
    sources: [page('https://cloud.google.com/scheduler/pricing')],
    rows: [['job', '0.1']], // "$0.10/job/31 days"
  },
  {
    id: 'google/memorystore-valkey',
    description: 'Memorystore for Valkey (google_memorystore_instance): node-hours by node type',
    keys: ['region', 'nodeType'],
    values: ['price'],
    unit: 'USD per node-hour',
    // memorystore_instance_test.tf: shard_count 2, replica_count 1 → 4 nodes → 2,920 node-hours per instance;
    // default_node_type: 3 shards, no replicas → 2,190; backups_with_usage: 1 shard → 730. AOF storage (5.20 for
    // 9,490 GB-hours: 0.0005474…0.0005485, not one short decimal) and backups ("$0.0811103 per GB", a rounded
    // display of an hourly price) are left out: the family says they are unknown.
    sources: [golden('memorystore_instance_test', '876e46af7be9ddaf498557d2535ca5637f6a634e')],
    rows: [
      ['us-central1', 'SHARED_CORE_NANO', '0.0318'], // 92.86 / 2,920 (0.03179966…0.03180308); 730 h → 23.214 → 23.21
      ['us-central1', 'CUSTOM_PICO', '0.0308'], // 89.94 / 2,920 (0.03079966…0.03080308)
      ['us-central1', 'CUSTOM_MICRO', '0.0616'], // 179.87 / 2,920 (0.06159760…0.06160103)
      ['us-central1', 'CUSTOM_MINI', '0.0924'], // 269.81 / 2,920 (0.09239897…0.09240240)
      ['us-central1', 'STANDARD_SMALL', '0.1425'], // 416.10 / 2,920 (0.14249829…0.14250171)
      ['us-central1', 'HIGHMEM_MEDIUM', '0.1923'], // 561.52 / 2,920 (0.19229966…0.19230308); 2,190 h → 421.137 → 421.14
      ['us-central1', 'HIGHCPU_MEDIUM', '0.4986'], // 1,455.91 / 2,920 (0.49859760…0.49860103)
      ['us-central1', 'STANDARD_LARGE', '0.5698'], // 1,663.82 / 2,920 (0.56979966…0.56980308)
      ['us-central1', 'HIGHMEM_XLARGE', '0.8581'], // 2,505.65 / 2,920 (0.85809760…0.85810103)
      ['us-central1', 'HIGHMEM_2XLARGE', '1.6274'], // 4,752.01 / 2,920 (1.62739897…1.62740240)
    ],
  },
  {
    id: 'google/redis-cluster',
    description: 'Memorystore for Redis Cluster (google_redis_cluster): node-hours by node type',
    keys: ['region', 'nodeType'],
    values: ['price'],
    unit: 'USD per node-hour',
    // redis_cluster_test.tf: no_aof_and_backups has shard_count 3, replica_count 2 → 9 nodes → 6,570 node-hours;
    // aof_and_backups 1 shard × 3 → 2,190; backups_with_usage 1 shard, no replicas → 730. The same four prices as
    // the Valkey node types of the same names. AOF (2.80 for 5,110 GB-hours) and backups are not pinned: unknown.
    sources: [golden('redis_cluster_test', '7c081feab4fb3e96634550ac78ed298e58c92742')],
    rows: [
      ['us-central1', 'REDIS_SHARED_CORE_NANO', '0.0318'], // 208.93 / 6,570 (0.03179985…0.03180137)
      ['us-central1', 'REDIS_STANDARD_SMALL', '0.1425'], // 936.23 / 6,570 (0.14250000…0.14250152); 2,190 → 312.075 → 312.08; 730 → 104.03
      ['us-central1', 'REDIS_HIGHMEM_MEDIUM', '0.1923'], // 1,263.41 / 6,570 (0.19229909…0.19230061)
      ['us-central1', 'REDIS_HIGHMEM_XLARGE', '0.8581'], // 5,637.72 / 6,570 (0.85809970…0.85810122)
    ],
  },
  {
    id: 'google/monitoring',
    description: 'Cloud Monitoring: chargeable metric data ingested (tiered by monthly MiB) and read API calls',
    keys: ['metric', 'tierStart'],
    values: ['price'],
    unit: 'USD per MiB (data; tierStart in MiB), USD per 1,000 read API calls (api-calls)',
    // cloud.google.com/stackdriver/pricing (archived copy of 2023-06-05 in the search tool, read 2026-11-27):
    // "$0.2580/MiB: first 150–100,000 MiB; $0.1510/MiB: next 100,000–250,000 MiB; $0.0610/MiB: >250,000 MiB",
    // "First 150 MiB per billing account" free, "Monitoring API calls $0.01/1,000 Read API calls (Write API calls
    // are free)". Infracost's monitoring_metric_descriptor_test prints the same: 100,000 MB $25,800.00,
    // 150,000 MB $22,650.00, 250,000 MB $15,250.00, 1,000 × 1k calls $10.00. The free 150 MiB are per billing
    // account and not taken off (as Infracost does). Cross-check, not cited as a source so the table keeps the
    // page's read date: Cyclenerd's pricing.yml (commit fd66b26, 2026-07-30) `monitoring.data.cost` agrees in
    // us-central1 (and every other region): 0-100000 0.258, 100000-250000 0.151, 250000n 0.061 per month.
    sources: [
      page('https://cloud.google.com/stackdriver/pricing'),
      golden('monitoring_metric_descriptor_test', '3ce8f38448db2860d9bb2c0f8475d627f68dabe5'),
    ],
    rows: [
      ['data', '0', '0.258'], // "$0.2580/MiB" up to 100,000 MiB; 25,800.00 / 100,000
      ['data', '100000', '0.151'], // "$0.1510/MiB" 100,000–250,000 MiB; 22,650.00 / 150,000
      ['data', '250000', '0.061'], // "$0.0610/MiB" over 250,000 MiB; 15,250.00 / 250,000
      ['api-calls', '0', '0.01'], // "$0.01/1,000 Read API calls"; 10.00 / 1,000
    ],
  },
];
