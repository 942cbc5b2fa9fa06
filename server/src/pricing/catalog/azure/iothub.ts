import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { usage } from './common';

/**
 * azurerm_iothub: sku.capacity units at the SKU's monthly price (F1 is free). Only S1 is in the snapshot; the other
 * Basic and Standard SKUs are unknown.
 */
export const iothub: Family = {
  cloud: 'azure',
  terraform: ['azurerm_iothub'],
  price(r) {
    const sku = r.str('sku.0.name') ?? new Unknown('sku.name is not set');
    if (sku === 'F1') return { components: [], free: 'the F1 free tier (8,000 messages a day)' };
    const units = r.num('sku.0.capacity') ?? new Unknown('sku.capacity is not set');
    const price =
      sku === 'S1'
        ? { table: 'azure/iothub', key: ['S1'] }
        : isUnknown(sku)
          ? sku
          : new Unknown(`IoT Hub ${sku} is not in the snapshot (only S1)`);
    return { components: [{ name: `IoT Hub (${String(sku)})`, unit: 'units', quantity: units, price }] };
  },
};

/** azurerm_iothub_dps: device provisioning operations per 1k (usage: monthly_operations). */
export const iothubDps: Family = {
  cloud: 'azure',
  terraform: ['azurerm_iothub_dps'],
  price(r, ctx) {
    const sku = r.str('sku.0.name', 'S1', 'the only DPS SKU');
    const dps = { table: 'azure/iothub', key: ['dps-operations'] };
    const price = sku === 'S1' ? dps : new Unknown(`DPS SKU ${String(sku)}`);
    return { components: [usage('Device provisioning', '1k operations', ctx, 'monthly_operations', price, 1 / 1000)] };
  },
};
