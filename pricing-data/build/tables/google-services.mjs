// Google Cloud disks, Cloud Storage, network (external IPs, Cloud NAT, VPN) and internet egress, per region,
// from Cyclenerd's pricing.yml (2026-07-30). Cyclenerd's names are mapped to the Terraform/API names users write.
const CYCLENERD = { repo: 'Cyclenerd/google-cloud-pricing-cost-calculator', path: 'pricing.yml', commit: 'fd66b26', date: '2026-07-30', license: 'Apache-2.0' };
const PRICING = 'cyclenerd-google-cloud-pricing/pricing.yml';

/** Cyclenerd disk entry → [diskType as in google_compute_disk.type, replication]. */
const DISKS = {
  hdd: ['pd-standard', 'zonal'],
  'hdd-replicated': ['pd-standard', 'regional'],
  balanced: ['pd-balanced', 'zonal'],
  'balanced-replicated': ['pd-balanced', 'regional'],
  ssd: ['pd-ssd', 'zonal'],
  'ssd-replicated': ['pd-ssd', 'regional'],
  extreme: ['pd-extreme', 'zonal'],
  'hyperdisk-extreme': ['hyperdisk-extreme', 'zonal'],
  local: ['local-ssd', 'zonal'],
  'local-c4': ['local-ssd-c4', 'zonal'],
  'local-c4a': ['local-ssd-c4a', 'zonal'],
  'local-c4d': ['local-ssd-c4d', 'zonal'],
  snapshot: ['snapshot', 'regional'],
};

/** Cyclenerd bucket class (its spelling 'archiv') → storage class; the location says region / dual / multi. */
const CLASS = (name) => name.replace(/-(dual|multi)$/, '').replace(/^archiv$/, 'archive');

const priceAt = (c, field) => (c && c[field] !== undefined ? c[field] : undefined);

function disk(ctx) {
  const rows = [];
  for (const [name, d] of Object.entries(ctx.yaml(PRICING).compute.storage)) {
    const m = DISKS[name];
    if (!m) {
      ctx.warn(`unknown disk entry '${name}' skipped`);
      continue;
    }
    for (const [region, c] of Object.entries(d.cost)) {
      const p = priceAt(c, 'month');
      if (p !== undefined) rows.push([region, m[0], m[1], ctx.num(p)]);
    }
  }
  return rows;
}

function bucketTable(section) {
  return (ctx) => {
    const rows = [];
    for (const [name, b] of Object.entries(ctx.yaml(PRICING).storage[section])) {
      for (const [loc, c] of Object.entries(b.cost)) {
        const p = priceAt(c, 'month');
        if (p !== undefined) rows.push([loc, CLASS(name), ctx.num(p)]);
      }
    }
    return rows;
  };
}

function network(ctx) {
  const n = ctx.yaml(PRICING).compute.network;
  const items = [
    ['ip-vm', n.ip.vm, 'hour'],
    ['ip-unused', n.ip.unused, 'hour'],
    ['nat-gateway', n.nat.gateway, 'hour'],
    ['nat-data', n.nat.data, 'month'], // Cyclenerd files the per-GB data price under 'month'.
    ['vpn-tunnel', n.vpn.tunnel, 'hour'],
  ];
  const rows = [];
  for (const [item, entry, field] of items) {
    for (const [region, c] of Object.entries(entry.cost)) {
      const p = priceAt(c, field);
      if (p !== undefined) rows.push([region, item, ctx.num(p)]);
    }
  }
  return rows;
}

/** Tier labels '0-1', '1-10', '10n' are TiB per month; tierStart keeps the lower bound as written. */
function egress(ctx) {
  const inet = ctx.yaml(PRICING).compute.network.traffic.egress.internet;
  const rows = [];
  for (const [dest, tiers] of [
    ['world', inet.cost],
    ['china', inet.china.cost],
    ['australia', inet.australia.cost],
  ]) {
    for (const [tier, regions] of Object.entries(tiers)) {
      const start = tier.replace(/n$/, '').split('-')[0];
      for (const [region, c] of Object.entries(regions)) {
        const p = priceAt(c, 'month');
        if (p !== undefined) rows.push([region, dest, start, ctx.num(p)]);
      }
    }
  }
  return rows;
}

export default [
  {
    id: 'google/disk',
    description: 'Persistent Disk, Hyperdisk Extreme, Local SSD and snapshot storage per region (zonal / regional replication)',
    keys: ['region', 'diskType', 'replication'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: [CYCLENERD],
    build: disk,
  },
  {
    id: 'google/storage',
    description: 'Cloud Storage at-rest prices per location (region, dual-region nam4/eur4/asia1, multi-region us/europe/asia-multi) and class',
    keys: ['region', 'storageClass'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: [CYCLENERD],
    build: bucketTable('bucket'),
  },
  {
    id: 'google/storage-retrieval',
    description: 'Cloud Storage retrieval prices per location and class (nearline, coldline, archive)',
    keys: ['region', 'storageClass'],
    values: ['price'],
    unit: 'USD per GB retrieved',
    sources: [CYCLENERD],
    build: bucketTable('retrieval'),
  },
  {
    id: 'google/network',
    description: 'External IPs (in use by a VM, unused), Cloud NAT gateway and data processing, Cloud VPN tunnels',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hour (ip-vm, ip-unused, nat-gateway, vpn-tunnel), USD per GB (nat-data)',
    sources: [CYCLENERD],
    build: network,
  },
  {
    id: 'google/egress',
    description: 'Internet egress per source region and destination (world, china, australia), tiered by monthly volume',
    keys: ['region', 'destination', 'tierStart'],
    values: ['price'],
    unit: 'USD per GB; tierStart in TiB per month',
    sources: [CYCLENERD],
    build: egress,
  },
];
