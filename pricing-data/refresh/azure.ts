import { getWithRetry, json, type RetryPolicy } from './http';
import { RefreshError, priceText, type FetchLike, type FetchedTable } from './types';

/**
 * Azure Retail Prices API: GET <base>?api-version=2023-01-01-preview&$filter=<OData>, 1,000 items a page, the
 * next page at NextPageLink (null on the last page). Filters mirror what the bundled tables hold.
 */

interface RetailItem {
  currencyCode: string;
  tierMinimumUnits: number;
  retailPrice: number;
  armRegionName: string;
  meterId: string;
  meterName: string;
  productName: string;
  skuName: string;
  serviceName: string;
  unitOfMeasure: string;
  type: string;
  armSkuName: string;
}
interface RetailPage {
  Items: RetailItem[];
  NextPageLink: string | null;
  Count?: number;
}

interface AzureTableSpec {
  readonly id: string;
  readonly description: string;
  readonly keys: readonly string[];
  readonly unit: string;
  readonly service: string;
  readonly pick: (i: RetailItem) => string[] | undefined;
}

export const AZURE_SERVICES: Record<string, AzureTableSpec> = {
  vm: {
    id: 'azure/vm',
    description: 'Virtual Machines, Linux pay-as-you-go, per armRegionName and VM size (Azure Retail Prices API)',
    keys: ['region', 'vmSize'],
    unit: 'USD per hour',
    service: 'Virtual Machines',
    // Windows, Spot and Low Priority meters share the service; Linux pay-as-you-go is what is left.
    pick: (i) =>
      /^(Standard|Basic)_/.test(i.armSkuName) &&
      !/Windows/i.test(i.productName) &&
      !/Spot|Low Priority/i.test(i.skuName) &&
      i.unitOfMeasure === '1 Hour'
        ? [i.armSkuName]
        : undefined,
  },
  storage: {
    id: 'azure/storage',
    description: 'Storage meters per region (Azure Retail Prices API): managed disks, blobs, files, tables, queues',
    keys: ['region', 'productName', 'skuName', 'meterName', 'unitOfMeasure'],
    unit: 'USD per unitOfMeasure',
    service: 'Storage',
    pick: (i) => (i.tierMinimumUnits === 0 ? [i.productName, i.skuName, i.meterName, i.unitOfMeasure].map(clean) : undefined),
  },
};

const clean = (s: string) => String(s).replace(/\s+/g, ' ').trim();

export interface AzureContext {
  readonly base: string;
  readonly fetch: FetchLike;
  readonly policy: RetryPolicy;
  readonly regions?: readonly string[];
  readonly services: readonly string[];
  readonly today: string;
  readonly progress: (message: string, fraction?: number) => void;
}

export function filterFor(service: string, region?: string): string {
  const parts = [`serviceName eq '${service}'`, `priceType eq 'Consumption'`];
  if (region) parts.push(`armRegionName eq '${region}'`);
  return parts.join(' and ');
}

export async function fetchAzure(ctx: AzureContext): Promise<FetchedTable[]> {
  const out: FetchedTable[] = [];
  for (const s of ctx.services) {
    const spec = AZURE_SERVICES[s];
    if (!spec) throw new RefreshError(`unknown Azure service '${s}' (known: ${Object.keys(AZURE_SERVICES).join(', ')})`);
    const rows = new Map<string, string[]>();
    const regions = new Set<string>();
    for (const region of ctx.regions ?? [undefined]) {
      const first = `${ctx.base}?api-version=2023-01-01-preview&$filter=${encodeURIComponent(filterFor(spec.service, region))}`;
      let next: string | null = first;
      let page = 0;
      while (next) {
        page++;
        ctx.progress(`Azure ${spec.service}${region ? ` ${region}` : ''}: page ${page}`);
        const data: RetailPage = await getWithRetry(ctx.fetch, next, ctx.policy, (res) => json<RetailPage>(res, `Azure price page ${page}`));
        if (!data || !Array.isArray(data.Items)) throw new RefreshError(`corrupt Azure price page ${page}: no "Items" array`, next);
        for (const item of data.Items) {
          if (item.type !== 'Consumption' || item.currencyCode !== 'USD' || !item.armRegionName) continue;
          const key = spec.pick(item);
          if (!key) continue;
          const k = [item.armRegionName, ...key].join('\t');
          // The same size can appear under two meters (e.g. a renamed series); keep the first, deterministically.
          if (!rows.has(k)) rows.set(k, [item.armRegionName, ...key, priceText(item.retailPrice, `${item.armRegionName} ${key.join(' ')}`)]);
          regions.add(item.armRegionName);
        }
        next = data.NextPageLink;
      }
      if (region && !regions.has(region)) throw new RefreshError(`Azure Retail Prices API returned no ${spec.service} prices for region '${region}'`);
    }
    out.push({
      id: spec.id,
      description: spec.description,
      keys: spec.keys,
      values: ['price'],
      unit: spec.unit,
      source: { repo: 'Azure Retail Prices API', path: `${ctx.base} $filter=${filterFor(spec.service)}`, date: ctx.today },
      regions,
      rows: [...rows.values()],
    });
  }
  return out;
}
