// AWS EBS per region from ec2shop's copy of the AWS EBS pricing-page feed (2024-07-18). Local Zone locations are
// skipped (no region code).
import { EC2SHOP, locationToRegion } from '../lib/aws-sources.mjs';


/** ec2shop feed item name → [volumeType, metric]. Names without a volume type (legacy aliases) are ignored. */
const FEED = {
  'Storage General Purpose gp2 GB Mo': ['gp2', 'storage'],
  'Storage General Purpose gp3 GB Mo': ['gp3', 'storage'],
  'Provisioned EBS IOPS gp3 Volumes per IOPS Mo': ['gp3', 'iops'],
  'Provisioned Throughput gp3 per GiBps mo': ['gp3', 'throughput'],
  'Storage Provisioned IOPS io1 GB Mo': ['io1', 'storage'],
  'Provisioned EBS IOPS io1 Volumes per IOPS Mo': ['io1', 'iops'],
  'Storage Provisioned IOPS io2 GB month': ['io2', 'storage'],
  'Provisioned EBS IOPS io2 Volumes per IOPS Mo': ['io2', 'iops'],
  'Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo': ['io2', 'iops-tier2'],
  'Provisioned EBS IOPS Tier 3 io2 Volumes per IOPS Mo': ['io2', 'iops-tier3'],
  'Storage Throughput Optimized HDD st1 GB Mo': ['st1', 'storage'],
  'Storage Cold HDD sc1 GB Mo': ['sc1', 'storage'],
  'Storage Magnetic standard GB Mo': ['standard', 'storage'],
  'Provisioned EBS I O Requests standard Volumes per IOs': ['standard', 'io-requests'],
  'Storage Snapshot Amazon S3 GB Mo': ['snapshot', 'storage'],
  'Storage Snapshot Amazon S3 SnapshotArchiveStorage GB Mo': ['snapshot-archive', 'storage'],
};

function build(ctx) {
  const loc = locationToRegion(ctx);
  const rows = [];
  const covered = new Set();
  const unmapped = [];
  for (const [location, items] of Object.entries(ctx.json('ec2shop/ebs/ebs.json').regions)) {
    const region = loc.get(location);
    if (!region) {
      unmapped.push(location);
      continue;
    }
    covered.add(region);
    for (const [name, item] of Object.entries(items)) {
      const m = FEED[name];
      if (m) rows.push([region, m[0], m[1], ctx.num(item.price)]);
    }
  }
  ctx.warn(`ec2shop ebs.json: ${covered.size} regions; ${unmapped.length} Local/Wavelength Zone locations skipped`);
  // cloudkeep's 2022 table (cloudkeep-ebs-pricing/) was the planned fallback for regions the feed lacks, but every
  // region it has in USD is in the feed too (its only extras are the CNY-priced China regions), so it adds nothing.
  return rows;
}

export default [
  {
    id: 'aws/ebs',
    description: 'EBS volumes per region: gp2, gp3 (storage, IOPS, throughput), io1, io2 (tiered IOPS), st1, sc1, standard, snapshots',
    keys: ['region', 'volumeType', 'metric'],
    values: ['price'],
    unit: 'USD per GB-month (storage), IOPS-month (iops, iops-tier2, iops-tier3), GiBps-month (throughput), I/O request (io-requests)',
    sources: [EC2SHOP.ebs],
    build,
  },
];
