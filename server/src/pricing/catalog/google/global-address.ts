import type { Family } from '../../family';
import { hourly } from './common';

/**
 * google_compute_global_address: a global external address is used by global forwarding rules (external
 * Application / proxy load balancers), and Google does not charge for a static address in use by a forwarding
 * rule ("If you reserve a static external IP address and use it with a Compute Engine resource such as a VM
 * instance or forwarding rule, the address is considered in use"; forwarding rules themselves are billed, see
 * google_compute_global_forwarding_rule). Reserved but unused (usage `unused: 1`), it is billed at the unused-address
 * rate. Internal global addresses (purpose VPC_PEERING, PRIVATE_SERVICE_CONNECT) are free.
 */
export const computeGlobalAddress: Family = {
  cloud: 'google',
  terraform: ['google_compute_global_address'],
  price(r, ctx) {
    if (r.str('address_type', 'EXTERNAL', 'provider default address type') === 'INTERNAL')
      return { components: [], free: 'internal addresses are free' };
    if (ctx.usage.num('unused') !== 1) {
      r.assume({
        label: 'in use',
        value: 'yes',
        source: 'default',
        note: 'a global address is assumed attached to a global forwarding rule',
      });
      return { components: [], free: 'a static address in use by a forwarding rule is not charged' };
    }
    return {
      components: [hourly('Static IP address (unused)', ctx, { table: 'google/network', key: ['ip-unused'] })],
    };
  },
};
