import { Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly, usage } from './common';

/**
 * azurerm_public_ip: a Standard (or static Basic) address is billed every hour; a dynamic Basic address only
 * while attached, assumed attached. azurerm_public_ip_prefix: per prefix-hour (the /30 price in the data).
 */
export const publicIp: Family = {
  cloud: 'azure',
  terraform: ['azurerm_public_ip'],
  price(r, ctx) {
    const sku = r.str('sku', 'Standard', 'provider default SKU (since azurerm 4.0)');
    const allocation = r.str('allocation_method');
    return {
      components: [
        hourly(`IP address (${String(allocation ?? 'Static').toLowerCase()}, ${String(sku)})`, ctx, {
          table: 'azure/network',
          key: ['public-ip-static'],
        }),
      ],
    };
  },
};

export const publicIpPrefix: Family = {
  cloud: 'azure',
  terraform: ['azurerm_public_ip_prefix'],
  price(r, ctx) {
    const len = r.num('prefix_length', 28, 'provider default prefix length');
    const name = `IP prefix (/${String(len)})`;
    return {
      components: [
        hourly(
          name,
          ctx,
          len === 30
            ? { table: 'azure/network', key: ['public-ip-prefix'] }
            : new Unknown(`only the /30 prefix price is in the offline snapshot (this one is /${String(len)})`),
        ),
      ],
    };
  },
};

/** azurerm_nat_gateway: gateway hours and data processed (usage: monthly_data_processed_gb). */
export const natGateway: Family = {
  cloud: 'azure',
  terraform: ['azurerm_nat_gateway'],
  price(_r, ctx) {
    return {
      components: [
        hourly('NAT gateway', ctx, { table: 'azure/network', key: ['nat-gateway'] }),
        usage('Data processed', 'GB', ctx, 'monthly_data_processed_gb', { table: 'azure/network', key: ['nat-data'] }),
      ],
    };
  },
};

/**
 * azurerm_lb: a Standard load balancer is billed per hour for its first five rules (further rules are
 * azurerm_lb_rule resources at a per-rule price, not counted here) and per GB processed (usage:
 * monthly_data_processed_gb). Basic load balancers were free (retired September 2025).
 */
export const loadBalancer: Family = {
  cloud: 'azure',
  terraform: ['azurerm_lb'],
  price(r, ctx) {
    if (r.str('sku', 'Basic', 'provider default SKU') === 'Basic')
      return { components: [], free: 'Basic load balancers are free' };
    return {
      components: [
        hourly('Load balancer (first 5 rules)', ctx, { table: 'azure/load-balancer', key: ['first-5-rules'] }),
        usage('Data processed', 'GB', ctx, 'monthly_data_processed_gb', {
          table: 'azure/load-balancer',
          key: ['data'],
        }),
      ],
    };
  },
};
