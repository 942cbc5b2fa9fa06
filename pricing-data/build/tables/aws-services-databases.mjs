// RDS storage, Aurora and ElastiCache backup prices (instance-hour tables come from the RDS/ElastiCache
// modules built from ec2shop / ec2instances.info data).
import { infracost } from './aws-services-sources.mjs';

export default [
  {
    id: 'aws/rds-storage',
    description: 'RDS storage per GB-month and provisioned IOPS per IOPS-month, by deployment and storage type',
    keys: ['region', 'deployment', 'storageType', 'metric'],
    values: ['price'],
    unit: 'USD per GB-month (storage, backup), per IOPS-month (iops), per 1M requests (io-requests)',
    sources: [infracost('db_instance_test')],
    build: () => [
      ['us-east-1', 'single-az', 'gp2', 'storage', '0.115'], // 2.30 / 20
      ['us-east-1', 'single-az', 'gp3', 'storage', '0.115'], // 46.00 / 400
      ['us-east-1', 'single-az', 'gp3', 'iops', '0.02'], // "Provisioned GP3 IOPS (above 3,000) 1,000 IOPS $20.00"
      ['us-east-1', 'single-az', 'io1', 'storage', '0.125'], // 12.50 / 100
      ['us-east-1', 'single-az', 'io1', 'iops', '0.10'], // 100.00 / 1,000
      ['us-east-1', 'single-az', 'standard', 'storage', '0.10'], // "Storage (magnetic) 40 GB $4.00"
      ['us-east-1', 'single-az', 'standard', 'io-requests', '0.10'], // "I/O requests … $0.10 per 1M requests"
      ['us-east-1', 'multi-az', 'gp2', 'storage', '0.23'], // 4.60 / 20
      ['us-east-1', 'multi-az', 'gp3', 'storage', '0.23'], // 92.00 / 400
      ['us-east-1', 'multi-az', 'gp3', 'iops', '0.04'], // "Provisioned GP3 IOPS (above 12,000) 2,000 IOPS $80.00"
      ['us-east-1', 'any', 'backup', 'storage', '0.095'], // "Additional backup storage … $0.095 per GB"
    ],
  },
  {
    id: 'aws/aurora',
    description: 'Aurora cluster storage, I/O requests and Serverless v2 capacity',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per GB-month (storage), per 1M requests (io-requests), per ACU-hour (acu)',
    sources: [infracost('rds_cluster_instance_test')],
    build: () => [
      ['us-east-1', 'storage', '0.10'], // "Storage … $0.10 per GB"
      ['us-east-1', 'storage-io-optimized', '0.23'], // "Storage (I/O-optimized) … $0.23 per GB"
      ['us-east-1', 'io-requests', '0.20'], // "I/O requests … $0.20 per 1M requests"
      ['us-east-1', 'acu', '0.12'], // "Aurora serverless v2 … $0.12 per ACU-hours"
      ['us-east-1', 'acu-io-optimized', '0.16'], // "Aurora serverless v2 (I/O-optimized) … $0.16 per ACU-hours"
      ['us-east-1', 'backup', '0.021'], // "Additional backup storage … $0.021 per GB" (db_instance_test, Aurora)
    ],
  },
  {
    id: 'aws/elasticache-backup',
    description: 'ElastiCache backup storage beyond the free snapshot',
    keys: ['region'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: [infracost('elasticache_cluster_test')],
    build: () => [['us-east-1', '0.085']], // "Backup storage … $0.085 per GB"
  },
];
