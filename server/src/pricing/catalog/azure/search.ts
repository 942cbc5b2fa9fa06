import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly, usage } from './common';

/** azurerm sku values and the tier names Azure's price list uses. */
const SKUS: Readonly<Record<string, string>> = {
  basic: 'Basic',
  standard: 'Standard S1',
  standard2: 'Standard S2',
  standard3: 'Standard S3',
  storage_optimized_l1: 'Storage Optimized L1',
  storage_optimized_l2: 'Storage Optimized L2',
};

/**
 * azurerm_search_service: search units (replica_count × partition_count, each default 1) for every hour of the
 * month at the SKU's unit price, and image extraction (usage: monthly_images_extracted) tiered at 1M and 5M
 * images, as Infracost prices it. The free SKU costs nothing. Semantic ranker and other AI enrichment are not shown.
 */
export const searchService: Family = {
  cloud: 'azure',
  terraform: ['azurerm_search_service'],
  price(r, ctx) {
    const sku = r.str('sku');
    if (sku === 'free') return { components: [], free: 'the free SKU has no charge (one shared unit, 50 MB)' };
    const tier = typeof sku === 'string' ? SKUS[sku] : undefined;
    const replicas = r.num('replica_count', 1, 'provider default') ?? 1;
    const partitions = r.num('partition_count', 1, 'provider default') ?? 1;
    const units =
      isUnknown(replicas) || isUnknown(partitions)
        ? new Unknown('replica_count or partition_count is not known before apply')
        : replicas * partitions;
    if (typeof units === 'number')
      r.assume({ label: 'search units', value: String(units), source: 'derived', note: 'replicas × partitions' });
    const price =
      sku === undefined
        ? new Unknown('sku is required')
        : isUnknown(sku)
          ? new Unknown('sku is not known before apply')
          : !tier
            ? new Unknown(`${sku} is not an Azure AI Search SKU`)
            : { table: 'azure/search', key: [sku] };
    const name = `Search usage (${tier ?? String(typeof sku === 'string' ? sku : '?')})`;
    return {
      components: [
        { ...hourly(name, ctx, price, units), unit: 'unit-hours' },
        usage('Image extraction', '1000 images', ctx, 'monthly_images_extracted', {
          table: 'azure/search-image-extraction',
          key: [],
          tiered: true,
        }, 1 / 1000),
      ],
    };
  },
};
