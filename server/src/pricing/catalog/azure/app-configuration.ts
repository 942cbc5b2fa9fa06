import { isObject, isUnknown, Unknown } from '../../../model/value';
import { normalizeAzureRegion } from '../../regions';
import type { ComponentSpec, Family, PriceQuery } from '../../family';
import { usage } from './common';

/**
 * azurerm_app_configuration: the free SKU (provider default) costs nothing. A standard store bills its daily charge
 * for every day of the month (hours ÷ 24) and each `replica` block bills another, in the replica's location; requests
 * over 200k a day per replica are billed per 10k (usage: monthly_additional_requests). The developer and premium
 * SKUs are not in the snapshot.
 */
export const appConfiguration: Family = {
  cloud: 'azure',
  terraform: ['azurerm_app_configuration'],
  price(r, ctx) {
    const sku = r.str('sku', 'free', 'provider default SKU') ?? 'free';
    if (sku === 'free') return { components: [], free: 'the free SKU' };
    const days = (ctx.usage.num('monthly_hrs') ?? ctx.hoursPerMonth) / 24;
    const q = (item: string, region?: string): PriceQuery | Unknown => {
      if (isUnknown(sku)) return sku;
      if (sku !== 'standard') {
        return new Unknown(`App Configuration ${sku} is not in the offline snapshot (standard only)`);
      }
      return { table: 'azure/app-configuration', key: [item], ...(region ? { region } : {}) };
    };
    const label = isUnknown(sku) ? '?' : sku;
    const components: ComponentSpec[] = [
      { name: `Store (${label})`, unit: 'days', quantity: days, price: q('standard') },
    ];
    const replicas = r.list('replica').filter(isObject);
    for (const replica of replicas) {
      const where = typeof replica.location === 'string' ? normalizeAzureRegion(replica.location) : undefined;
      const name = `Replica (${label}, ${where ?? '?'})`;
      const price = where ? q('standard', where) : new Unknown("the replica's location is not known");
      components.push({ name, unit: 'days', quantity: days, price });
    }
    if (replicas.length > 0) {
      r.assume({
        label: 'replicas',
        value: String(replicas.length),
        source: 'derived',
        note: 'each replica bills the store daily charge again, in its own location',
      });
    }
    const requests = q('standard-requests');
    const name = 'Requests (over 200k/day per replica)';
    components.push(usage(name, '10k requests', ctx, 'monthly_additional_requests', requests, 1 / 10_000));
    return { components };
  },
};
