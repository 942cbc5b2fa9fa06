// CloudWatch, KMS, Secrets Manager and EC2 CPU-credit prices.
import { infracost, page } from './aws-services-sources.mjs';

export default [
  {
    id: 'aws/cloudwatch',
    description: 'CloudWatch Logs (ingestion, archival, Insights), alarms and custom/detailed-monitoring metrics',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per GB (logs-*), per alarm-metric-month (alarm-*), per metric-month (metric)',
    sources: [infracost('cloudwatch_log_group_test'), infracost('cloudwatch_metric_alarm_test'), infracost('instance_test')],
    build: () => [
      ['us-east-1', 'logs-ingestion', '0.50'], // "Data ingested … $0.50 per GB"
      ['us-east-1', 'logs-storage', '0.03'], // "Archival Storage … $0.03 per GB"
      ['us-east-1', 'logs-insights', '0.005'], // "Insights queries data scanned … $0.005 per GB"
      ['us-east-1', 'alarm-standard', '0.10'], // "Standard resolution 1 alarm metrics $0.10"
      ['us-east-1', 'alarm-high-resolution', '0.30'], // "High resolution 1 alarm metrics $0.30"
      ['us-east-1', 'metric', '0.30'], // instance_test: "EC2 detailed monitoring 7 metrics $2.10" (first 10k metrics)
    ],
  },
  {
    id: 'aws/kms',
    description: 'KMS customer managed keys per month and API requests per 10k',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per key-month (key), per 10k requests (requests)',
    sources: [page('https://aws.amazon.com/kms/pricing/'), page('https://www.wring.co/blog/aws-kms-pricing-guide')],
    build: () => [
      ['us-east-1', 'key', '1'], // aws.amazon.com: "Each AWS KMS key that you create in KMS costs $1/month"
      ['us-east-1', 'requests', '0.03'], // wring.co: "Symmetric key requests … $0.03" per 10,000
    ],
  },
  {
    id: 'aws/secretsmanager',
    description: 'Secrets Manager secrets per month and API calls per 10k',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per secret-month (secret), per 10k API calls (requests)',
    sources: [page('https://hivebook.wiki/wiki/aws-secrets-manager-rotated-secrets-dynamic-db-credentials-kms')],
    build: () => [
      ['us-east-1', 'secret', '0.40'], // "Pricing is $0.40 per secret per month + $0.05 per 10k API calls"
      ['us-east-1', 'requests', '0.05'],
    ],
  },
  {
    id: 'aws/ec2-cpu-credits',
    description: 'Surplus CPU credits of burstable instances in unlimited mode, per vCPU-hour, by instance family',
    keys: ['region', 'family'],
    values: ['price'],
    unit: 'USD per vCPU-hour',
    sources: [infracost('instance_test')],
    build: () => [
      ['us-east-1', 't2', '0.05'], // "t2_unlimited_cpuCredits … CPU credits 600 vCPU-hours $30.00"
      ['us-east-1', 't3', '0.05'], // "t3_unlimited_cpuCredits … CPU credits 1,460 vCPU-hours $73.00"
    ],
  },
];
