// Google Compute Engine machine types: on-demand and spot $/hour per region, specs and GPUs, from Cyclenerd's
// pricing.yml (2026-07-30), cross-checked against karpenter-provider-gcp's initial-prices.json (2026-08-03).
const CYCLENERD = { repo: 'Cyclenerd/google-cloud-pricing-cost-calculator', path: 'pricing.yml', commit: 'fd66b26', date: '2026-07-30', license: 'Apache-2.0' };
const PRICING = 'cyclenerd-google-cloud-pricing/pricing.yml';
const KARPENTER_GCP = 'karpenter-gcp/initial-prices.json';

/** Keys of a machine-type entry that are not accelerator counts. */
const NOT_GPU = new Set(['cost', 'cpu', 'ram', 'type', 'local-ssd']);

function machines(ctx) {
  return ctx.yaml(PRICING).compute.instance;
}

function compute(ctx) {
  const rows = [];
  for (const [type, m] of Object.entries(machines(ctx))) {
    for (const [region, c] of Object.entries(m.cost ?? {})) {
      if (c.hour === undefined) continue;
      rows.push([region, type, ctx.num(c.hour), ctx.num(c.hour_spot)]);
    }
  }
  crossCheck(ctx, rows);
  return rows;
}

function crossCheck(ctx, rows) {
  if (!ctx.exists(KARPENTER_GCP)) return ctx.warn('karpenter-gcp not in sources; cross-check skipped');
  const k = ctx.json(KARPENTER_GCP).prices;
  let same = 0;
  let tiny = 0;
  const big = [];
  let missing = 0;
  for (const [region, type, hour, spot] of rows) {
    for (const [label, ours, theirs] of [
      ['on-demand', hour, k[region]?.on_demand?.[type]],
      ['spot', spot, k[region]?.spot?.[type]],
    ]) {
      if (theirs === undefined || ours === '') {
        missing++;
        continue;
      }
      const a = Number(ours);
      if (a === theirs) same++;
      else if (Math.abs(a - theirs) / Math.max(a, theirs) < 0.005) tiny++;
      else big.push(`${region} ${type} ${label}: cyclenerd ${ours} vs karpenter-gcp ${ctx.num(theirs)}`);
    }
  }
  ctx.warn(`cross-check with karpenter-gcp (2026-08-03): ${same} identical, ${tiny} within 0.5%, ${big.length} differ more, ${missing} not comparable (absent in one source); Cyclenerd kept`);
  for (const b of big.slice(0, 40)) ctx.warn(`differs: ${b}`);
  if (big.length > 40) ctx.warn(`… and ${big.length - 40} more differences over 0.5%`);
}

function specs(ctx) {
  const rows = [];
  for (const [type, m] of Object.entries(machines(ctx))) {
    const gpus = Object.entries(m).filter(([key]) => !NOT_GPU.has(key)).reduce((s, [, n]) => s + Number(n), 0);
    rows.push([type, ctx.num(m.cpu), ctx.num(m.ram), String(gpus), ctx.num(m['local-ssd'] ?? 0)]);
  }
  return rows;
}

function gpus(ctx) {
  const rows = [];
  for (const [type, m] of Object.entries(machines(ctx))) {
    for (const [key, n] of Object.entries(m)) if (!NOT_GPU.has(key)) rows.push([type, key, ctx.num(n)]);
  }
  return rows;
}

export default [
  {
    id: 'google/compute',
    description: 'Compute Engine machine types per region: on-demand and spot (empty when not offered)',
    keys: ['region', 'machineType'],
    values: ['price', 'spot'],
    unit: 'USD per hour',
    sources: [CYCLENERD],
    build: compute,
  },
  {
    id: 'google/compute-specs',
    description: 'Compute Engine machine type specs: vCPUs, memory, attached GPUs, bundled local SSD; not prices',
    keys: ['machineType'],
    values: ['vcpu', 'memoryGiB', 'gpus', 'localSsdGiB'],
    unit: 'count / GiB / count / GiB',
    sources: [CYCLENERD],
    build: specs,
  },
  {
    id: 'google/compute-gpus',
    description: 'Accelerators bundled with a machine type (a2/a3/g2 families): accelerator name → count; not prices',
    keys: ['machineType', 'accelerator'],
    values: ['count'],
    unit: 'count',
    sources: [CYCLENERD],
    build: gpus,
  },
];
