import { Unknown } from '../../../model/value';
import type { Family } from '../../family';

/**
 * azurerm_container_registry: the SKU's daily charge for every day of the month (hours ÷ 24). Storage beyond
 * the SKU's included amount is not shown. Only the Basic price is in the snapshot.
 */
export const containerRegistry: Family = {
  cloud: 'azure',
  terraform: ['azurerm_container_registry'],
  price(r, ctx) {
    const sku = r.str('sku') ?? new Unknown('sku is not set');
    const days = (ctx.usage.num('monthly_hrs') ?? ctx.hoursPerMonth) / 24;
    const price =
      sku === 'Basic'
        ? { table: 'azure/container-registry', key: ['Basic'] }
        : new Unknown(`the ${String(sku)} registry price is not in the offline snapshot`);
    return {
      components: [{ name: `Registry (${typeof sku === 'string' ? sku : '?'})`, unit: 'days', quantity: days, price }],
    };
  },
};
