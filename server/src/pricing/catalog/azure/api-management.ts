import { isObject, isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import { normalizeAzureRegion } from '../../regions';
import { hourly, usage } from './common';

/** Classic tiers with a unit price in the snapshot (Developer and the v2 tiers are not pinned by any source). */
const PRICED_TIERS = new Set(['Basic', 'Standard', 'Premium']);

const q = (item: string, region?: string): PriceQuery => ({ table: 'azure/api-management', key: [item], region });

function unitHours(name: string, ctx: FamilyContext, price: PriceQuery | Unknown, units: number | Unknown) {
  return { ...hourly(name, ctx, price, units), unit: 'unit-hours' };
}

/**
 * azurerm_api_management, from sku_name "<Tier>_<capacity>": capacity units per hour for the classic tiers; a
 * Premium instance also bills each additional_location's units (in that location) and self-hosted gateways per
 * hour (usage: self_hosted_gateway_count). Consumption bills calls per 1M (usage: monthly_api_calls); the free
 * million calls a month is per subscription, so it is not deducted here.
 */
export const apiManagement: Family = {
  cloud: 'azure',
  terraform: ['azurerm_api_management'],
  price(r, ctx) {
    const skuName = r.str('sku_name');
    if (typeof skuName !== 'string') {
      const why = isUnknown(skuName) ? skuName : new Unknown('sku_name is not set');
      return { components: [unitHours('API Management units', ctx, why, 1)] };
    }
    const [tier, count] = skuName.split('_');
    if (tier === 'Consumption') {
      const price = q('consumption-calls');
      r.assume({
        label: 'free calls',
        value: 'not deducted',
        source: 'derived',
        note: 'the first 1M calls a month are free per subscription, not per instance',
      });
      return { components: [usage('API calls (Consumption)', '1M calls', ctx, 'monthly_api_calls', price, 1e-6)] };
    }
    const price = PRICED_TIERS.has(tier)
      ? q(tier)
      : new Unknown(`the API Management ${tier} price is not in the offline snapshot`);
    const units = Number.isInteger(Number(count)) ? Number(count) : new Unknown(`${skuName} has no unit count`);
    const name = `API Management (${tier}, ${count ?? '?'} unit${count === '1' ? '' : 's'})`;
    const components: ComponentSpec[] = [unitHours(name, ctx, price, units)];
    if (tier !== 'Premium') return { components };
    for (const loc of r.list('additional_location')) {
      const where = isObject(loc) && typeof loc.location === 'string' ? normalizeAzureRegion(loc.location) : undefined;
      // The provider's default for an additional location is the main region's capacity.
      const given = isObject(loc) && typeof loc.capacity === 'number' ? loc.capacity : undefined;
      const extra = given ?? units;
      if (given === undefined && where !== undefined) {
        const note = 'additional_location.capacity not set: the main region capacity (provider default)';
        r.assume({ label: `${where} units`, value: String(extra), source: 'default', note });
      }
      const label = `Additional location (${where ?? '?'}, ${isUnknown(extra) ? '?' : extra} units)`;
      const at = where === undefined ? new Unknown('additional_location.location is not known') : q('Premium', where);
      components.push(unitHours(label, ctx, at, extra));
    }
    const gateways = q('gateway');
    const key = 'self_hosted_gateway_count';
    components.push(usage('Self-hosted gateways', 'gateway-hours', ctx, key, gateways, ctx.hoursPerMonth));
    return { components };
  },
};
