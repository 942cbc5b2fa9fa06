import type { Family } from '../../family';
import { hourly, usage } from './common';

/** Cloud NAT bills each VM using the gateway, up to this many; beyond it the gateway charge is flat. */
const NAT_VM_CAP = 32;

/**
 * google_compute_address: an external static address, assumed in use by a VM (Google bills an unused one
 * at a higher rate; the usage file's `unused: true` selects it). Internal addresses are free.
 */
export const computeAddress: Family = {
  cloud: 'google',
  terraform: ['google_compute_address'],
  price(r, ctx) {
    if (r.str('address_type', 'EXTERNAL', 'provider default address type') === 'INTERNAL')
      return { components: [], free: 'internal addresses are free' };
    const unused = ctx.usage.num('unused') === 1;
    if (!unused)
      r.assume({
        label: 'in use',
        value: 'yes',
        source: 'default',
        note: 'a static address is assumed attached to a running VM',
      });
    const item = unused ? 'ip-unused' : 'ip-vm';
    return {
      components: [
        hourly(`Static IP address (${unused ? 'unused' : 'in use'})`, ctx, { table: 'google/network', key: [item] }),
      ],
    };
  },
};

/**
 * google_compute_router_nat: the gateway charge per assigned VM (usage: assigned_vms, capped at 32 per
 * gateway) and data processed (usage: monthly_data_processed_gb).
 */
export const routerNat: Family = {
  cloud: 'google',
  terraform: ['google_compute_router_nat'],
  price(_r, ctx) {
    const vms = ctx.usage.num('assigned_vms');
    const hours = ctx.usage.num('monthly_hrs') ?? ctx.hoursPerMonth;
    return {
      components: [
        {
          name: `Assigned VMs (first ${NAT_VM_CAP})`,
          unit: 'VM-hours',
          quantity: vms === undefined ? undefined : Math.min(vms, NAT_VM_CAP) * hours,
          price: { table: 'google/cloud-nat', key: ['vm'] },
          usageBased: true,
        },
        usage('Data processed', 'GB', ctx, 'monthly_data_processed_gb', { table: 'google/network', key: ['nat-data'] }),
      ],
    };
  },
};

/** google_compute_vpn_tunnel: each tunnel is billed per hour (the gateways themselves are free). */
export const vpnTunnel: Family = {
  cloud: 'google',
  terraform: ['google_compute_vpn_tunnel'],
  price(_r, ctx) {
    return { components: [hourly('VPN tunnel', ctx, { table: 'google/network', key: ['vpn-tunnel'] })] };
  },
};

/**
 * google_compute_forwarding_rule / google_compute_global_forwarding_rule: each rule per hour at the price of
 * the first five in a project (the usage file's `extra_rule: 1` selects the lower price of further rules),
 * plus data processed by the load balancer (usage: monthly_data_processed_gb).
 */
export const forwardingRule: Family = {
  cloud: 'google',
  terraform: ['google_compute_forwarding_rule', 'google_compute_global_forwarding_rule'],
  price(_r, ctx) {
    const extra = ctx.usage.num('extra_rule') === 1;
    return {
      components: [
        hourly(`Forwarding rule${extra ? ' (beyond the first 5)' : ''}`, ctx, {
          table: 'google/load-balancing',
          key: [extra ? 'forwarding-rule-extra' : 'forwarding-rule'],
        }),
        usage('Data processed', 'GiB', ctx, 'monthly_data_processed_gb', {
          table: 'google/load-balancing',
          key: ['data'],
        }),
      ],
    };
  },
};
