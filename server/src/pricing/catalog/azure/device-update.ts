import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { referenced } from '../aws/common';
import { hourly, usage } from './common';

/**
 * Device Update for IoT Hub. azurerm_iothub_device_update_account: a Standard account (provider default) bills its
 * tenant per hour; Free costs nothing. azurerm_iothub_device_update_instance: the devices it manages per month
 * (usage: device_count) at the Standard price, by the sku of its account (device_update_account_id).
 */
export const deviceUpdateAccount: Family = {
  cloud: 'azure',
  terraform: ['azurerm_iothub_device_update_account'],
  price(r, ctx) {
    const sku = r.str('sku', 'Standard', 'provider default SKU') ?? 'Standard';
    if (sku === 'Free') return { components: [], free: 'the Free SKU' };
    const price = isUnknown(sku)
      ? sku
      : sku === 'Standard'
        ? { table: 'azure/device-update', key: ['tenant'] }
        : new Unknown(`${sku} is not a Device Update SKU (Free, Standard)`);
    return { components: [hourly('Device update tenant', ctx, price)] };
  },
};

export const deviceUpdateInstance: Family = {
  cloud: 'azure',
  terraform: ['azurerm_iothub_device_update_instance'],
  price(r, ctx) {
    const account = referenced(r, 'device_update_account_id');
    const sku = account ? (typeof account.sku === 'string' ? account.sku : 'Standard') : undefined;
    if (sku === 'Free') return { components: [], free: "its account's Free SKU" };
    if (sku) {
      const note =
        typeof account?.sku === 'string' ? 'the account in device_update_account_id' : "the account's provider default";
      r.assume({ label: 'account sku', value: sku, source: 'derived', note });
    }
    const price =
      sku === undefined
        ? new Unknown("the account's sku is not known (device_update_account_id not resolved)")
        : sku === 'Standard'
          ? { table: 'azure/device-update', key: ['devices'] }
          : new Unknown(`${sku} is not a Device Update SKU (Free, Standard)`);
    return { components: [usage('Device update devices', 'devices', ctx, 'device_count', price)] };
  },
};
