import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';

const TABLE = 'azure/notification-hubs';
const INCLUDED = 10_000_000;
const TIER = 100_000_000;

/**
 * azurerm_notification_hub_namespace: the SKU's monthly namespace charge (Free costs nothing) and, from the usage
 * file's monthly_pushes, pushes beyond the 10M a month included: Basic one rate, Standard 10M–100M and over 100M.
 */
export const notificationHubNamespace: Family = {
  cloud: 'azure',
  terraform: ['azurerm_notification_hub_namespace'],
  price(r, ctx) {
    const sku = r.str('sku_name') ?? new Unknown('sku_name is not set');
    if (sku === 'Free') return { components: [], free: 'the Free SKU has no charge (1M pushes a month)' };
    if (sku !== 'Basic' && sku !== 'Standard') {
      const why = new Unknown(`${String(sku)} is not a Notification Hubs SKU (Free, Basic, Standard)`);
      return { components: [{ name: 'Namespace usage', unit: 'months', quantity: 1, price: why }] };
    }
    const pushes = ctx.usage.num('monthly_pushes');
    const band = (from: number, to: number) =>
      pushes === undefined ? undefined : Math.max(0, Math.min(pushes, to) - from) / 1_000_000;
    const at = (item: string) => ({ table: TABLE, key: [sku, item] });
    const components: ComponentSpec[] = [
      { name: `Namespace usage (${sku})`, unit: 'months', quantity: 1, price: at('namespace') },
    ];
    if (sku === 'Basic') {
      components.push({
        name: 'Pushes (over 10M)',
        unit: '1M pushes',
        quantity: band(INCLUDED, Infinity),
        price: at('pushes-over-10M'),
        usageBased: true,
      });
    } else {
      components.push(
        {
          name: 'Pushes (10-100M)',
          unit: '1M pushes',
          quantity: band(INCLUDED, TIER),
          price: at('pushes-10M-100M'),
          usageBased: true,
        },
        {
          name: 'Pushes (over 100M)',
          unit: '1M pushes',
          quantity: band(TIER, Infinity),
          price: at('pushes-over-100M'),
          usageBased: true,
        },
      );
    }
    return { components };
  },
};
