import { isUnknown } from '../../../model/value';
import type { Family } from '../../family';
import { monthly } from '../aws/common';

/**
 * azurerm_app_service_custom_hostname_binding and azurerm_app_service_certificate_binding: an IP-based SSL binding
 * (ssl_state IpBasedEnabled) bills a flat monthly charge; SNI bindings and bindings without SSL are free.
 */
export const appServiceSslBinding: Family = {
  cloud: 'azure',
  terraform: ['azurerm_app_service_custom_hostname_binding', 'azurerm_app_service_certificate_binding'],
  price(r) {
    const state = r.str('ssl_state');
    if (isUnknown(state)) {
      return { components: [{ name: 'IP SSL certificate', unit: 'months', quantity: 1, price: state }] };
    }
    if (typeof state !== 'string' || !/^ip/i.test(state)) {
      return { components: [], free: state ? `${state} SSL binding: no charge` : 'no SSL binding: no charge' };
    }
    const price = { table: 'azure/app-service-ip-ssl', key: ['ip-ssl'] };
    return { components: [monthly('IP SSL certificate', 'months', price)] };
  },
};
