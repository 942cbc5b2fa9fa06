import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import { hourly } from './common';

/** Standard includes 13M operations and 1,000 brokered connections a month (Service Bus pricing). */
const INCLUDED_OPERATIONS = 13_000_000;
const INCLUDED_CONNECTIONS = 1_000;

/** A row of azure/service-bus; tiered items count from the end of the included amount. */
const sb = (item: string, tiered = false): PriceQuery =>
  tiered ? { table: 'azure/service-bus', key: [item], tiered } : { table: 'azure/service-bus', key: [item, '0'] };

/** A usage component billed beyond an included amount; without usage it shows the first paid tier's price. */
function beyond(
  ctx: FamilyContext,
  name: string,
  unit: string,
  key: string,
  included: number,
  price: PriceQuery,
  scale: number,
): ComponentSpec {
  const v = ctx.usage.num(key);
  const quantity = v === undefined ? undefined : Math.max(0, v - included) * scale;
  return { name, unit, quantity, price, usageBased: true };
}

/**
 * azurerm_servicebus_namespace. Basic: messaging operations per 1M (usage: monthly_messaging_operations).
 * Standard: the base charge every hour (price not known), operations beyond the included 13M tiered at 100M and
 * 2,500M, and brokered connections beyond the included 1,000 tiered at 100K and 500K (usage:
 * monthly_brokered_connections). Premium: messaging units (capacity) every hour; operations and connections are
 * included.
 */
export const serviceBusNamespace: Family = {
  cloud: 'azure',
  terraform: ['azurerm_servicebus_namespace'],
  price(r, ctx) {
    const sku = r.str('sku') ?? new Unknown('sku is not set');
    const tier = typeof sku === 'string' ? sku.toLowerCase() : '';
    if (tier === 'basic') {
      const ops = ctx.usage.num('monthly_messaging_operations');
      const quantity = ops === undefined ? undefined : ops / 1_000_000;
      const price = sb('basic-operations');
      const name = 'Messaging operations (Basic)';
      return { components: [{ name, unit: '1M operations', quantity, price, usageBased: true }] };
    }
    if (tier === 'premium') {
      const units = r.num('capacity');
      const n =
        typeof units === 'number' && units > 0
          ? units
          : isUnknown(units)
            ? units
            : new Unknown('Premium needs capacity 1, 2, 4, 8 or 16 messaging units');
      return { components: [hourly('Messaging units (Premium)', ctx, sb('premium-messaging-unit'), n)] };
    }
    if (tier !== 'standard') {
      const why = isUnknown(sku) ? sku : new Unknown(`${sku} is not a Service Bus SKU (Basic, Standard, Premium)`);
      return { components: [hourly(`Namespace (${String(sku)})`, ctx, why)] };
    }
    const base = new Unknown('the Standard base charge is not in the snapshot (Infracost prints it only rounded)');
    const note = 'deducted on this namespace; Azure shares them across the subscription';
    r.assume({ label: 'included', value: '13M operations, 1,000 brokered connections', source: 'derived', note });
    return {
      components: [
        hourly('Base charge (Standard)', ctx, base),
        beyond(
          ctx,
          'Messaging operations (over 13M)',
          '1M operations',
          'monthly_messaging_operations',
          INCLUDED_OPERATIONS,
          sb('standard-operations-over-13M', true),
          1 / 1_000_000,
        ),
        beyond(
          ctx,
          'Brokered connections (over 1K)',
          'connections',
          'monthly_brokered_connections',
          INCLUDED_CONNECTIONS,
          sb('standard-connections-over-1K', true),
          1,
        ),
      ],
    };
  },
};
