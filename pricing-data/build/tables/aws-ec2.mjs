// AWS EC2 on-demand Linux prices and instance specs. Two sources: ec2shop's copy of the AWS pricing-page feed
// (34 regions, 2025-04-04) and Karpenter's generated price map (us-east-1 and GovCloud, 2026-07-20). Where both
// have a price the newer one wins; every disagreement is reported, not hidden.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EC2SHOP, KARPENTER_AWS, ec2shopRegionFiles } from '../lib/aws-sources.mjs';

const gpuCounts = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'aws-gpu-counts.json'), 'utf8'));

/** Instance Family values of the feed whose types carry accelerators (their GPU count is not in the feed). */
const ACCELERATED = new Set(['GPU instance', 'Machine Learning ASIC Instances', 'FPGA Instances', 'Media Accelerator Instances']);

/** region → instanceType → feed row, from every `<region>[-previousgen]-ondemand.json` (local zones skipped). */
function readFeed(ctx) {
  const out = new Map();
  for (const { region, file } of ec2shopRegionFiles(ctx)) {
    const doc = ctx.json(`ec2shop/ec2/${file}`);
    let byType = out.get(region);
    if (!byType) out.set(region, (byType = new Map()));
    for (const entries of Object.values(doc.regions)) {
      for (const row of Object.values(entries)) {
        if (row['Operating System'] !== 'Linux') continue;
        const prev = byType.get(row['Instance Type']);
        if (prev && ctx.num(prev.price) !== ctx.num(row.price)) {
          ctx.warn(`ec2shop has two prices for ${region} ${row['Instance Type']}: ${prev.price} and ${row.price}; kept the first`);
          continue;
        }
        byType.set(row['Instance Type'], row);
      }
    }
  }
  return out;
}

function readKarpenter(ctx) {
  const out = new Map();
  for (const f of ['karpenter-aws/zz_generated.pricing_aws.json', 'karpenter-aws/zz_generated.pricing_aws_us_gov.json']) {
    for (const [region, types] of Object.entries(ctx.json(f).prices)) out.set(region, types);
  }
  // The cn-north-1 map (zz_generated.pricing_aws_cn.json) is priced in CNY; the snapshot is USD-only.
  return out;
}

function buildOnDemand(ctx) {
  const feed = readFeed(ctx);
  const karp = readKarpenter(ctx);
  const rows = new Map();
  for (const [region, types] of feed) for (const [t, row] of types) rows.set(`${region}\t${t}`, [region, t, ctx.num(row.price)]);
  let agree = 0;
  const disagree = [];
  for (const [region, types] of karp) {
    for (const [t, price] of Object.entries(types)) {
      const k = `${region}\t${t}`;
      const old = rows.get(k);
      const p = ctx.num(price);
      if (old && old[2] === p) agree++;
      else if (old) disagree.push(`${region} ${t}: ec2shop 2025-04-04 ${old[2]} → karpenter 2026-07-20 ${p}`);
      rows.set(k, [region, t, p]);
    }
  }
  ctx.warn(`karpenter (2026-07-20) and ec2shop (2025-04-04) agree on ${agree} overlapping prices and disagree on ${disagree.length}; the newer karpenter price is used`);
  for (const d of disagree) ctx.warn(`price changed: ${d}`);
  return [...rows.values()];
}

function buildSpecs(ctx) {
  const feed = readFeed(ctx);
  const specs = new Map();
  for (const types of feed.values()) {
    for (const [t, row] of types) {
      const mem = String(row.Memory).replace(/\s*GiB$/, '');
      const accelerated = ACCELERATED.has(row['Instance Family']);
      const gpus = accelerated ? (gpuCounts.counts[t] !== undefined ? String(gpuCounts.counts[t]) : '') : '0';
      const spec = [t, ctx.num(row.vCPU), ctx.num(mem), gpus];
      const prev = specs.get(t);
      if (prev && prev.join() !== spec.join()) ctx.warn(`specs of ${t} differ between regions: ${prev.join(' ')} vs ${spec.join(' ')}`);
      if (!prev) specs.set(t, spec);
    }
  }
  const unknown = [...specs.values()].filter((s) => s[3] === '').map((s) => s[0]).sort();
  if (unknown.length) ctx.warn(`GPU/accelerator count unknown (empty) for ${unknown.length} accelerated types: ${unknown.join(', ')}`);
  return [...specs.values()];
}

export default [
  {
    id: 'aws/ec2-ondemand',
    description: 'EC2 on-demand Linux, shared tenancy, per instance type and region (incl. GPU/accelerator families)',
    keys: ['region', 'instanceType'],
    values: ['price'],
    unit: 'USD per hour',
    sources: [KARPENTER_AWS, EC2SHOP.ec2],
    build: buildOnDemand,
  },
  {
    id: 'aws/ec2-specs',
    description: 'EC2 instance specs: vCPUs, memory, GPUs (empty = accelerated type with unknown count); not prices',
    keys: ['instanceType'],
    values: ['vcpu', 'memoryGiB', 'gpus'],
    unit: 'count / GiB / count',
    sources: [EC2SHOP.ec2, ...gpuCounts.sources],
    build: buildSpecs,
  },
];
