import { isUnknown, Unknown } from '../../../model/value';
import type { Family, PriceQuery } from '../../family';
import { hourly } from './common';

const TIERS = new Set(['I1', 'I2']);

/**
 * azurerm_app_service_environment (ASE v2): the stamp fee per hour plus one Isolated instance of pricing_tier
 * (provider default I1) per hour, as Infracost bills it. Instances of the App Service plans placed in the
 * environment are not added here. I3 is not in the snapshot.
 */
export const appServiceEnvironment: Family = {
  cloud: 'azure',
  terraform: ['azurerm_app_service_environment'],
  price(r, ctx) {
    const tier = r.str('pricing_tier', 'I1', 'provider default pricing tier') ?? 'I1';
    r.assume({
      label: 'instances',
      value: '1',
      source: 'default',
      note: 'one Isolated instance of the pricing tier besides the stamp fee (as Infracost bills an environment)',
    });
    const instance: PriceQuery | Unknown = isUnknown(tier)
      ? tier
      : TIERS.has(tier)
        ? { table: 'azure/app-service-environment', key: [tier] }
        : new Unknown(`the App Service Environment ${tier} instance price is not in the offline snapshot (I1, I2)`);
    return {
      components: [
        hourly('Stamp fee', ctx, { table: 'azure/app-service-environment', key: ['stamp'] }),
        hourly(`Instance usage (${isUnknown(tier) ? '?' : tier})`, ctx, instance),
      ],
    };
  },
};
