import * as path from 'path';
import { ZERO_RANGE } from '../server/src/model/range';
import type { Cloud, Resource } from '../server/src/model/resource';
import type { ValueObject } from '../server/src/model/value';
import { pricedTypes } from '../server/src/pricing/catalog';
import { priceResource } from '../server/src/pricing/engine';
import { Snapshot } from '../server/src/pricing/snapshot';
import type { UsageData } from '../server/src/pricing/usage';
import { median } from './_stats';

/**
 * Prices a generated 2,000-resource AWS workspace (a mix of the catalog's families, free types and
 * usage-file wildcards) and reports: cold (first pass: tables load on first lookup), warm (median of
 * repeated passes), and a baseline measured in the same run: building the same 2,000 Resource objects.
 * Prints figures; asserts nothing.
 *   npx tsc -p . && node out/bench/aws-catalog.js [snapshotDir]
 */
const DIR = process.argv[2] ?? path.resolve(__dirname, '..', '..', 'pricing-data');
const COUNT = 2000;
const RUNS = 9;
const REGIONS: Readonly<Record<Cloud, string>> = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };

/** Attribute shapes per family, cycled through to reach COUNT resources. */
const TEMPLATES: readonly [type: string, attributes: ValueObject][] = [
  ['aws_instance', { instance_type: 'm5.large', root_block_device: [{ volume_type: 'gp3', volume_size: 50 }] }],
  ['aws_instance', { instance_type: 't3.medium', monitoring: true }],
  ['aws_instance', { instance_type: 'g5.xlarge' }],
  ['aws_ebs_volume', { size: 100, type: 'gp3', iops: 6000 }],
  ['aws_db_instance', { engine: 'postgres', instance_class: 'db.m5.large', allocated_storage: 100, multi_az: true }],
  ['aws_nat_gateway', {}],
  ['aws_lb', { load_balancer_type: 'application' }],
  ['aws_eks_cluster', { version: '1.31' }],
  ['aws_eks_node_group', { instance_types: ['m5.xlarge'], scaling_config: [{ desired_size: 3 }] }],
  ['aws_lambda_function', { memory_size: 512, architectures: ['arm64'] }],
  ['aws_s3_bucket', {}],
  ['aws_dynamodb_table', { write_capacity: 10, read_capacity: 20 }],
  ['aws_elasticache_cluster', { engine: 'redis', node_type: 'cache.m5.large', num_cache_nodes: 2 }],
  ['aws_rds_cluster_instance', { engine: 'aurora-postgresql', instance_class: 'db.r6g.large' }],
  ['aws_opensearch_domain', { cluster_config: [{ instance_type: 'r6g.large.search', instance_count: 3 }] }],
  ['aws_sagemaker_endpoint_configuration', { production_variant: [{ instance_type: 'ml.g5.xlarge', initial_instance_count: 1 }] }],
  ['aws_eip', {}],
  ['aws_cloudwatch_log_group', {}],
  ['aws_sqs_queue', {}],
  ['aws_sns_topic', {}],
  ['aws_kms_key', {}],
  ['aws_secretsmanager_secret', {}],
  ['aws_route53_record', {}],
  ['aws_security_group', {}],
  ['aws_iam_role', {}],
  ['aws_subnet', {}],
];

function workspace(): Resource[] {
  const out: Resource[] = [];
  for (let i = 0; i < COUNT; i++) {
    const [type, attributes] = TEMPLATES[i % TEMPLATES.length];
    const address = `module.m${i % 20}.${type}.r${i}`;
    out.push({
      dialect: 'terraform',
      type,
      address,
      declaration: address,
      file: `/ws/m${i % 20}/main.tf`,
      range: ZERO_RANGE,
      headerRange: ZERO_RANGE,
      attributes: { ...attributes },
      attributeRanges: {},
      cloud: 'aws',
      region: i % 5 === 0 ? 'eu-west-1' : 'us-east-1',
      regionSource: 'provider "aws" block',
    });
  }
  return out;
}

const USAGE: UsageData = {
  resourceUsage: { 'module.m1.*': { monthly_requests: 5_000_000, request_duration_ms: 120 } },
  typeDefaults: { aws_s3_bucket: { standard: { storage_gb: 500 } }, aws_nat_gateway: { monthly_data_processed_gb: 200 } },
  source: 'bench',
};

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function priceAll(resources: readonly Resource[], snapshot: Snapshot): { total: number; statuses: Record<string, number> } {
  let total = 0;
  const statuses: Record<string, number> = {};
  for (const r of resources) {
    const c = priceResource(r, { snapshot, defaultRegions: REGIONS, usage: USAGE });
    total += c.monthlyCost ?? c.partialMonthlyCost;
    statuses[c.status] = (statuses[c.status] ?? 0) + 1;
  }
  return { total, statuses };
}

function main(): void {
  const baseline: number[] = [];
  let resources: Resource[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    resources = workspace();
    baseline.push(ms(t0));
  }

  const snapshot = Snapshot.load(DIR);
  const t0 = process.hrtime.bigint();
  const first = priceAll(resources, snapshot);
  const cold = ms(t0);

  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t1 = process.hrtime.bigint();
    priceAll(resources, snapshot);
    warm.push(ms(t1));
  }
  const w = median(warm);
  console.log(`snapshot ${DIR}; ${pricedTypes('terraform').filter((t) => t.startsWith('aws_')).length} priced AWS Terraform types`);
  console.log(`workspace: ${resources.length} AWS resources, ${TEMPLATES.length} shapes; statuses ${JSON.stringify(first.statuses)}`);
  console.log(`baseline (build the ${COUNT} Resource objects): ${median(baseline).toFixed(2)} ms (median of ${RUNS})`);
  console.log(`price all, cold (tables load on first lookup): ${cold.toFixed(1)} ms`);
  console.log(`price all, warm: ${w.toFixed(1)} ms (median of ${RUNS}) = ${((w * 1000) / COUNT).toFixed(1)} µs per resource`);
  console.log(`monthly total $${first.total.toFixed(2)} (a sanity figure, not a benchmark)`);
}

main();
