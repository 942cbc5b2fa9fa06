import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly, usage } from './common';

const q = (item: string) => ({ table: 'azure/virtual-wan', key: [item] });

/**
 * azurerm_virtual_hub: a Standard hub per deployment-hour and data processed per GB (usage:
 * monthly_data_processed_gb); a Basic hub is free. Without sku the hub is taken as Basic, as Infracost does.
 */
export const virtualHub: Family = {
  cloud: 'azure',
  terraform: ['azurerm_virtual_hub'],
  price(r, ctx) {
    const sku = r.str('sku', 'Basic', 'Infracost default when sku is not set (a Basic hub is free)') ?? 'Basic';
    if (sku === 'Basic') return { components: [], free: 'Basic virtual hubs are free' };
    const price = isUnknown(sku) ? sku : sku === 'Standard' ? q('hub') : new Unknown(`${sku} is not a hub SKU`);
    return {
      components: [
        hourly(`Hub deployment (${isUnknown(sku) ? '?' : sku})`, ctx, price),
        usage('Data processed', 'GB', ctx, 'monthly_data_processed_gb', q('hub-data')),
      ],
    };
  },
};

/** azurerm_express_route_gateway (in a virtual hub): scale units (2 Gbps each) per hour. */
export const expressRouteGateway: Family = {
  cloud: 'azure',
  terraform: ['azurerm_express_route_gateway'],
  price(r, ctx) {
    const units = r.num('scale_units', 1, 'provider default scale units') ?? 1;
    const gateway = hourly('ER scale units (2 Gbps each)', ctx, q('er-scale-unit'), units);
    return { components: [{ ...gateway, unit: 'scale-unit-hours' }] };
  },
};

/** azurerm_express_route_connection (a circuit to a hub's ExpressRoute gateway): per connection-hour. */
export const expressRouteConnection: Family = {
  cloud: 'azure',
  terraform: ['azurerm_express_route_connection'],
  price(_r, ctx) {
    return { components: [hourly('ER connection', ctx, q('er-connection'))] };
  },
};

/** azurerm_vpn_gateway (site-to-site, in a virtual hub): scale units (500 Mbps each) per hour. */
export const vpnGateway: Family = {
  cloud: 'azure',
  terraform: ['azurerm_vpn_gateway'],
  price(r, ctx) {
    const units = r.num('scale_unit', 1, 'provider default scale unit') ?? 1;
    const gateway = hourly('S2S scale units (500 Mbps each)', ctx, q('s2s-scale-unit'), units);
    return { components: [{ ...gateway, unit: 'scale-unit-hours' }] };
  },
};

/** azurerm_vpn_gateway_connection (a VPN site to a hub's VPN gateway): per connection-hour. */
export const vpnGatewayConnection: Family = {
  cloud: 'azure',
  terraform: ['azurerm_vpn_gateway_connection'],
  price(_r, ctx) {
    return { components: [hourly('S2S connection', ctx, q('s2s-connection'))] };
  },
};

/**
 * azurerm_point_to_site_vpn_gateway (in a virtual hub): scale units (500 Mbps each) per hour. Client
 * connection-hours are billed too, but no source pins their price: with usage (monthly_p2s_connections_hrs) they are
 * shown as unknown, without it the hover says they are left out.
 */
export const pointToSiteVpnGateway: Family = {
  cloud: 'azure',
  terraform: ['azurerm_point_to_site_vpn_gateway'],
  price(r, ctx) {
    const units = r.num('scale_unit') ?? new Unknown('scale_unit is not set');
    const scale = hourly('P2S scale units (500 Mbps each)', ctx, q('p2s-scale-unit'), units);
    const gateway = { ...scale, unit: 'scale-unit-hours' };
    const why = new Unknown('the P2S connection-hour price is not in the offline snapshot');
    const key = 'monthly_p2s_connections_hrs';
    if (ctx.usage.has(key)) {
      return { components: [gateway, usage('P2S connections', 'connection-hours', ctx, key, why)] };
    }
    r.assume({ label: 'P2S connection-hours', value: 'not shown', source: 'derived', note: why.reason });
    return { components: [gateway] };
  },
};
