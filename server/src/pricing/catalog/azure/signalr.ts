import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { usage } from './common';

const SKUS = new Set(['Free_F1', 'Standard_S1', 'Premium_P1', 'Premium_P2']);

/**
 * azurerm_signalr_service: the SKU's units (sku.capacity) per month, and messages beyond the included million
 * per unit per day (usage: monthly_additional_messages, per 1M), as Infracost prices them. Free_F1 costs nothing.
 */
export const signalrService: Family = {
  cloud: 'azure',
  terraform: ['azurerm_signalr_service'],
  price(r, ctx) {
    const sku = r.str('sku.0.name');
    if (sku === 'Free_F1') return { components: [], free: 'the Free_F1 tier has no charge (20 connections)' };
    const units = r.num('sku.0.capacity', 1, 'provider default') ?? 1;
    const why =
      sku === undefined
        ? new Unknown('sku.name is required')
        : isUnknown(sku)
          ? new Unknown('sku.name is not known before apply')
          : !SKUS.has(sku)
            ? new Unknown(`${sku} is not a SignalR SKU (Free_F1, Standard_S1, Premium_P1, Premium_P2)`)
            : undefined;
    const label = typeof sku === 'string' ? sku : '?';
    const at = (item: string) => why ?? { table: 'azure/signalr', key: [`${item}-${label}`] };
    return {
      components: [
        { name: `Service usage (${label})`, unit: 'unit-months', quantity: units, price: at('unit') },
        usage(
          `Additional messages (${label})`,
          '1M messages',
          ctx,
          'monthly_additional_messages',
          at('messages'),
          1 / 1_000_000,
        ),
      ],
    };
  },
};
