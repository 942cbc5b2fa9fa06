// ElastiCache and OpenSearch node-hours (LeanerCloud/ec2-instances-info, data from ec2instances.info) and
// SageMaker real-time inference hosting (flexera). All on-demand, USD per hour, keyed by region code.
const LEANER = (file) => ({ repo: 'LeanerCloud/ec2-instances-info', path: `data/${file}`, commit: 'f9eafba', date: '2025-04-24', license: 'MIT' });
/** Region codes only: Local Zones (us-east-1-atl-1, us-west-2-lax-1) are priced under their parent region. */
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d+$/;
const SAGEMAKER = { repo: 'flexera-public/policy_templates', path: 'data/aws/aws_sagemaker_pricing.json', commit: 'c408759', date: '2026-05-20', license: 'MIT' };

function elasticache(ctx) {
  const rows = [];
  for (const node of ctx.json('ec2instancesinfo-elasticache-opensearch/elasticache-instances.json')) {
    for (const [region, engines] of Object.entries(node.pricing ?? {})) {
      if (!REGION.test(region)) continue;
      for (const [engine, p] of Object.entries(engines)) {
        if (p && p.ondemand !== undefined && p.ondemand !== null) rows.push([region, engine.toLowerCase(), node.instance_type, ctx.num(p.ondemand)]);
      }
    }
  }
  return rows;
}

function opensearch(ctx) {
  const rows = [];
  for (const node of ctx.json('ec2instancesinfo-elasticache-opensearch/opensearch-instances.json')) {
    for (const [region, p] of Object.entries(node.pricing ?? {})) {
      if (!REGION.test(region)) continue;
      if (p && p.ondemand !== undefined && p.ondemand !== null) rows.push([region, node.instance_type, ctx.num(p.ondemand)]);
    }
  }
  return rows;
}

function sagemaker(ctx) {
  const rows = [];
  for (const [region, types] of Object.entries(ctx.json('flexera-aws/aws_sagemaker_pricing.json'))) {
    if (!REGION.test(region)) continue;
    for (const [t, price] of Object.entries(types)) rows.push([region, t, ctx.num(price)]);
  }
  return rows;
}

export default [
  {
    id: 'aws/elasticache',
    description: 'ElastiCache on-demand node-hours per engine (valkey, redis, memcached) and node type',
    keys: ['region', 'engine', 'nodeType'],
    values: ['price'],
    unit: 'USD per hour per node',
    sources: [LEANER('elasticache-instances.json')],
    build: elasticache,
  },
  {
    id: 'aws/opensearch',
    description: 'OpenSearch Service on-demand instance-hours per instance type',
    keys: ['region', 'instanceType'],
    values: ['price'],
    unit: 'USD per hour per instance',
    sources: [LEANER('opensearch-instances.json')],
    build: opensearch,
  },
  {
    id: 'aws/sagemaker-hosting',
    description: 'SageMaker real-time inference hosting instance-hours (ml.* types)',
    keys: ['region', 'instanceType'],
    values: ['price'],
    unit: 'USD per hour per instance',
    sources: [SAGEMAKER],
    build: sagemaker,
  },
];
