import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly } from './common';

/**
 * azurerm_integration_service_environment (Logic Apps ISE): sku_name "<Premium|Developer>_<scale units>". The base
 * unit per hour by SKU, and for Premium each additional scale unit per hour. Developer has no scale units.
 */
export const integrationServiceEnvironment: Family = {
  cloud: 'azure',
  terraform: ['azurerm_integration_service_environment'],
  price(r, ctx) {
    const skuName = r.str('sku_name') ?? new Unknown('sku_name is not set');
    const m = typeof skuName === 'string' ? /^(Premium|Developer)_(\d+)$/.exec(skuName) : null;
    if (!m) {
      const why =
        typeof skuName === 'string'
          ? new Unknown(`${skuName} is not an ISE sku_name (Premium_<n>, Developer_0)`)
          : skuName;
      return { components: [hourly('Base units', ctx, why)] };
    }
    const [, tier, n] = m;
    const scale = Number(n);
    const components: ComponentSpec[] = [
      hourly(`Base units (${tier})`, ctx, { table: 'azure/integration-service-environment', key: [`${tier}-base`] }),
    ];
    if (scale > 0) {
      const price =
        tier === 'Premium'
          ? { table: 'azure/integration-service-environment', key: ['Premium-scale'] }
          : new Unknown('a Developer ISE has no scale units');
      components.push(hourly(`Scale units (${scale})`, ctx, price, scale));
    }
    return { components };
  },
};
