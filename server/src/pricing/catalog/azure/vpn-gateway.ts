import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { referenced } from '../aws/common';
import { hourly, usage } from './common';

/** Point-to-site connections a VPN gateway includes before each further one is billed (Infracost: "over 128"). */
const P2S_INCLUDED = 128;

const table = (sku: string, meter: string) => ({ table: 'azure/vpn-gateway', key: [sku, meter] });

/**
 * azurerm_virtual_network_gateway. A VPN gateway: its SKU per hour, point-to-site connections beyond the included
 * 128 per connection-hour (usage: p2s_connection; shown when vpn_client_configuration is set) and data transfer out
 * per GB (usage: monthly_data_transfer_gb). ExpressRoute gateway prices are not in the snapshot.
 */
export const virtualNetworkGateway: Family = {
  cloud: 'azure',
  terraform: ['azurerm_virtual_network_gateway'],
  price(r, ctx) {
    const type = r.str('type', 'Vpn', 'provider default gateway type');
    const sku = r.str('sku') ?? new Unknown('sku is not set');
    const skuName = isUnknown(sku) ? '?' : sku;
    if (type === 'ExpressRoute') {
      const why = new Unknown('ExpressRoute gateway prices are not in the offline snapshot');
      return { components: [hourly(`ExpressRoute gateway (${skuName})`, ctx, why)] };
    }
    const gateway = hourly(`VPN gateway (${skuName})`, ctx, isUnknown(sku) ? sku : table(sku, 'gateway'));
    const components: ComponentSpec[] = [gateway];
    const p2s = ctx.usage.num('p2s_connection');
    if (r.has('vpn_client_configuration') || p2s !== undefined) {
      const price = isUnknown(sku) ? sku : { ...table(sku, 'p2s'), factor: ctx.hoursPerMonth };
      const over = p2s === undefined ? undefined : Math.max(0, p2s - P2S_INCLUDED);
      if (over !== undefined) {
        const note = `${P2S_INCLUDED} point-to-site connections are included; the rest are billed per hour`;
        r.assume({ label: 'billed P2S connections', value: String(over), source: 'derived', note });
      }
      const name = `P2S connections (over ${P2S_INCLUDED})`;
      components.push({ name, unit: 'connection-months', quantity: over, price, usageBased: true });
    }
    components.push(usage('Data transfer out', 'GB', ctx, 'monthly_data_transfer_gb', table('any', 'data-transfer')));
    return { components };
  },
};

/**
 * azurerm_virtual_network_gateway_connection: a site-to-site (IPsec) connection per hour at the rate for additional
 * S2S tunnels of its gateway's SKU (read through virtual_network_gateway_id). Connections on a Basic gateway, and
 * Vnet2Vnet or ExpressRoute connections, have no connection charge here.
 */
export const virtualNetworkGatewayConnection: Family = {
  cloud: 'azure',
  terraform: ['azurerm_virtual_network_gateway_connection'],
  price(r, ctx) {
    const type = r.str('type');
    if (type !== 'IPsec') {
      const kind = typeof type === 'string' ? type : 'this';
      return { components: [], free: `a ${kind} connection has no connection charge (only IPsec connections do)` };
    }
    const gateway = referenced(r, 'virtual_network_gateway_id');
    const sku = gateway?.sku;
    if (typeof sku === 'string') {
      r.assume({ label: 'gateway SKU', value: sku, source: 'derived', note: 'read from virtual_network_gateway_id' });
    }
    if (sku === 'Basic') {
      return { components: [], free: 'S2S connections on a Basic gateway have no connection charge' };
    }
    const price =
      typeof sku === 'string'
        ? table(sku, 's2s')
        : new Unknown('the gateway (virtual_network_gateway_id) could not be resolved to read its SKU');
    r.assume({
      label: 'S2S tunnel',
      value: 'billed',
      source: 'derived',
      note: 'priced at the additional-tunnel rate; the S2S tunnels the gateway SKU includes are not deducted',
    });
    return { components: [hourly(`S2S connection (${typeof sku === 'string' ? sku : '?'})`, ctx, price)] };
  },
};
