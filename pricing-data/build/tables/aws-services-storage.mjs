// S3, DynamoDB and EFS prices. S3 storage is tiered by monthly GB; only the first tier (the first 50 TB)
// is in our sources, so larger buckets are priced at the first-tier rate (an overestimate) until a source
// for the later tiers is added.
import { EC2SHOP, locationToRegion } from '../lib/aws-sources.mjs';
import { infracost, page } from './aws-services-sources.mjs';

const s3 = (cls, metric, price) => ['us-east-1', cls, metric, '0', price];

export default [
  {
    id: 'aws/s3',
    description: 'S3 storage (GB-month, tiered), requests (per 1k) and retrievals (per GB) by storage class',
    keys: ['region', 'storageClass', 'metric', 'tierStart'],
    values: ['price'],
    unit: 'USD per GB-month (storage), per 1k requests (put, get, lifecycle, retrieval-requests), per GB (retrieval, select-*)',
    sources: [infracost('s3_bucket_test')],
    build: () => [
      // Standard: the "Monthly cost depends on usage" lines of aws_s3_bucket.bucket1.
      s3('standard', 'storage', '0.023'),
      s3('standard', 'put', '0.005'),
      s3('standard', 'get', '0.0004'),
      s3('standard', 'select-scanned', '0.002'),
      s3('standard', 'select-returned', '0.0007'),
      // Standard-IA: 375 / 30,000; 0.30 / 30; 0.03 / 30; 0.30 / 30; 300 / 30,000.
      s3('standard_ia', 'storage', '0.0125'),
      s3('standard_ia', 'put', '0.01'),
      s3('standard_ia', 'get', '0.001'),
      s3('standard_ia', 'lifecycle', '0.01'),
      s3('standard_ia', 'retrieval', '0.01'),
      // One Zone-IA: 400 / 40,000; 0.40 / 40; 0.04 / 40; 0.40 / 40; 400 / 40,000.
      s3('onezone_ia', 'storage', '0.01'),
      s3('onezone_ia', 'put', '0.01'),
      s3('onezone_ia', 'get', '0.001'),
      s3('onezone_ia', 'lifecycle', '0.01'),
      s3('onezone_ia', 'retrieval', '0.01'),
      // Glacier Flexible Retrieval: 180 / 50,000; 1.50 / 50; 500 / 50,000 (standard retrievals).
      s3('glacier', 'storage', '0.0036'),
      s3('glacier', 'put', '0.03'),
      s3('glacier', 'lifecycle', '0.03'),
      s3('glacier', 'retrieval', '0.01'),
      // Glacier Deep Archive: 59.40 / 60,000; 3.00 / 60; 1,200 / 60,000 (standard retrievals).
      s3('deep_archive', 'storage', '0.00099'),
      s3('deep_archive', 'put', '0.05'),
      s3('deep_archive', 'lifecycle', '0.05'),
      s3('deep_archive', 'retrieval', '0.02'),
      // Intelligent-Tiering: 460 / 20,000; 250 / 20,000; 72 / 20,000; 19.80 / 20,000; monitoring 0.05 / 20 (1k objects).
      s3('intelligent_tiering', 'storage-frequent', '0.023'),
      s3('intelligent_tiering', 'storage-infrequent', '0.0125'),
      s3('intelligent_tiering', 'storage-archive', '0.0036'),
      s3('intelligent_tiering', 'storage-deep-archive', '0.00099'),
      s3('intelligent_tiering', 'monitoring', '0.0025'),
      s3('intelligent_tiering', 'put', '0.005'),
    ],
  },
  {
    id: 'aws/dynamodb',
    description: 'DynamoDB provisioned capacity (per unit-hour), on-demand requests (per 1M), storage and backups',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per WCU/RCU-hour, per 1M request units, per GB-month (storage, pitr, backup), per GB (restore)',
    sources: [infracost('dynamodb_table_test')],
    build: () => [
      ['us-east-1', 'wcu', '0.00065'], // 9.49 / (20 × 730)
      ['us-east-1', 'rcu', '0.00013'], // 2.85 / (30 × 730)
      ['us-east-1', 'write-requests', '0.625'], // 1.88 / 3 (million WRUs)
      ['us-east-1', 'read-requests', '0.125'], // 1.00 / 8 (million RRUs)
      ['us-east-1', 'storage', '0.25'], // "$0.25 per GB"
      ['us-east-1', 'pitr', '0.20'], // "$0.20 per GB"
      ['us-east-1', 'backup', '0.10'], // "$0.10 per GB"
      ['us-east-1', 'restore', '0.15'], // "$0.15 per GB"
      ['us-east-1', 'stream-reads', '0.20'], // "$0.0000002 per sRRUs" × 1,000,000
    ],
  },
  {
    id: 'aws/efs',
    description: 'EFS storage per GB-month (Standard)',
    keys: ['region', 'storageClass'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: [page('http://aws.amazon.com/efs/pricing/')],
    build: () => [['us-east-1', 'standard', '0.30']], // "$0.30/GB-month"
  },
  {
    id: 'aws/ebs-snapshot',
    description: 'EBS snapshots per GB-month (standard and archive tier) and fast snapshot restore per hour, per region',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per GB-month (storage, archive), per DSU-hour (fast-restore)',
    sources: [EC2SHOP.ebs],
    build(ctx) {
      // The same AWS pricing-page feed as aws/ebs; keys are the feed's own usage names.
      const metrics = {
        'Storage Snapshot Amazon S3 GB Mo': 'storage',
        'Storage Snapshot Amazon S3 SnapshotArchiveStorage GB Mo': 'archive',
        'Fast Snapshot Restore per hours': 'fast-restore',
      };
      const regions = locationToRegion(ctx);
      const rows = [];
      for (const [location, items] of Object.entries(ctx.json('ec2shop/ebs/ebs.json').regions)) {
        const region = regions.get(location);
        if (!region) continue;
        for (const [name, metric] of Object.entries(metrics)) if (items[name]) rows.push([region, metric, ctx.num(items[name].price)]);
      }
      return rows;
    },
  },
];
