// OpenCost's default per-unit prices: the CPU/RAM/GPU ratio the Kubernetes estimator uses to split a node's price
// across pods, and a last-resort price when a node's instance type is unknown. Coarse and old (Azure: April 2019).
const OPENCOST = (file, date) => ({ repo: 'opencost/opencost', path: `configs/${file}`, commit: '5f653330', date, license: 'Apache-2.0' });

const FILES = { default: 'default.json', aws: 'aws.json', azure: 'azure.json', gcp: 'gcp.json' };
const FIELDS = {
  CPU: 'cpu',
  spotCPU: 'spotCpu',
  RAM: 'ram',
  spotRAM: 'spotRam',
  GPU: 'gpu',
  storage: 'storage',
  zoneNetworkEgress: 'zoneEgress',
  regionNetworkEgress: 'regionEgress',
  internetNetworkEgress: 'internetEgress',
};

function build(ctx) {
  const rows = [];
  for (const [provider, file] of Object.entries(FILES)) {
    const cfg = ctx.json(`opencost/${file}`);
    for (const [field, resource] of Object.entries(FIELDS)) if (cfg[field] !== undefined) rows.push([provider, resource, ctx.num(cfg[field])]);
  }
  return rows;
}

export default [
  {
    id: 'kubernetes/opencost-defaults',
    description: 'OpenCost default unit prices per provider config (default, aws, azure, gcp): CPU/RAM/GPU ratio and fallback',
    keys: ['provider', 'resource'],
    values: ['price'],
    unit: 'USD per vCPU-hour (cpu, spotCpu), GiB-hour (ram, spotRam, storage), GPU-hour (gpu), GiB (zoneEgress, regionEgress, internetEgress)',
    // Files last changed between 2020-02 and 2024-01; the oldest date is the honest one for the table.
    sources: [OPENCOST('default.json, aws.json, azure.json, gcp.json', '2020-02-01')],
    build,
  },
];
