// Azure: Linux pay-as-you-go VM prices for every region in karpenter-provider-azure's generated map (2026-06-18),
// and storage meters (managed disks, blobs, files, tables, queues) for the five regions azure-pricing-radar covers.
const KARPENTER_AZURE = {
  repo: 'Azure/karpenter-provider-azure',
  path: 'pkg/providers/pricing/zz_generated.pricing.go',
  commit: '2b431da1',
  date: '2026-06-18',
  license: 'Apache-2.0',
};
const RADAR = {
  repo: 'andy-diericks/azure-pricing-radar',
  path: 'data/latest/storage-*.json',
  commit: 'cf741f2',
  date: '2026-08-22',
  license: 'MIT',
  covers: 'westeurope, northeurope, swedencentral, francecentral, belgiumcentral',
};

/** VM sizes are Standard_* / Basic_*; the other keys of the map are Dedicated Host SKUs (e.g. Dsv5_Type1). */
const VM_SIZE = /^(Standard|Basic)_/;

function vm(ctx) {
  const rows = [];
  let hosts = 0;
  for (const [region, sizes] of Object.entries(ctx.json('karpenter-azure/zz_generated.pricing.json').prices)) {
    for (const [size, price] of Object.entries(sizes)) {
      if (VM_SIZE.test(size)) rows.push([region, size, ctx.num(price)]);
      else hosts++;
    }
  }
  ctx.warn(`${hosts} Dedicated Host keys skipped`);
  return rows;
}

function storage(ctx) {
  const rows = [];
  for (const f of ctx.list('azure-pricing-radar').filter((n) => /^storage-.*\.json$/.test(n))) {
    for (const item of Object.values(ctx.json(`azure-pricing-radar/${f}`))) {
      // retailPrice is the list price; unitPrice equals it for Consumption meters. Cells must not hold tabs.
      const cells = [item.armRegionName, item.productName, item.skuName, item.meterName, item.unitOfMeasure].map((s) => String(s).replace(/\s+/g, ' ').trim());
      rows.push([...cells, ctx.num(item.retailPrice)]);
    }
  }
  return rows;
}

export default [
  {
    id: 'azure/vm',
    description: 'Virtual Machines, Linux pay-as-you-go, per armRegionName and VM size (incl. NC/ND/NV GPU sizes)',
    keys: ['region', 'vmSize'],
    values: ['price'],
    unit: 'USD per hour',
    sources: [KARPENTER_AZURE],
    build: vm,
  },
  {
    id: 'azure/storage',
    description: 'Storage meters per region (Retail Prices API naming): managed disks (Standard HDD/SSD, Premium SSD, Premium SSD v2, Ultra), blobs, files, tables, queues',
    keys: ['region', 'productName', 'skuName', 'meterName', 'unitOfMeasure'],
    values: ['price'],
    unit: 'USD per unitOfMeasure (e.g. 1/Month per disk, 1 GB/Month, 1 GiB/Hour, 10K operations)',
    sources: [RADAR],
    build: storage,
  },
];
