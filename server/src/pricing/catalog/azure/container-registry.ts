import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';

const SKUS = new Set(['Basic', 'Standard', 'Premium']);

/**
 * azurerm_container_registry: the SKU's daily charge for every day of the month (hours ÷ 24), and for a Premium
 * registry one more Premium daily charge per geo-replica (`georeplications` blocks, or the older
 * `georeplication_locations` list). Storage beyond the SKU's included amount and ACR Tasks build time are not
 * shown.
 */
export const containerRegistry: Family = {
  cloud: 'azure',
  terraform: ['azurerm_container_registry'],
  price(r, ctx) {
    const sku = r.str('sku') ?? new Unknown('sku is not set');
    const days = (ctx.usage.num('monthly_hrs') ?? ctx.hoursPerMonth) / 24;
    const known = typeof sku === 'string' && SKUS.has(sku);
    const price = known
      ? { table: 'azure/container-registry', key: [sku] }
      : new Unknown(`${String(sku)} is not a Container Registry SKU (Basic, Standard, Premium)`);
    const components: ComponentSpec[] = [
      { name: `Registry (${typeof sku === 'string' ? sku : '?'})`, unit: 'days', quantity: days, price },
    ];
    const replicas = r.list('georeplications').length || r.list('georeplication_locations').length;
    if (sku === 'Premium' && replicas > 0) {
      r.assume({
        label: 'geo-replicas',
        value: String(replicas),
        source: 'derived',
        note: 'each replica region bills the Premium daily charge again',
      });
      components.push({
        name: `Geo-replication (${replicas} location${replicas > 1 ? 's' : ''})`,
        unit: 'days',
        quantity: days * replicas,
        price: { table: 'azure/container-registry', key: ['Premium'] },
      });
    }
    return { components };
  },
};
