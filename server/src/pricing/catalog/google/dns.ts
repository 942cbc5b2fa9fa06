import type { Family } from '../../family';
import { hourly, usage } from './common';

/**
 * google_dns_managed_zone (public, private, forwarding or peering): each zone is billed per hour at the first-tier
 * price (the first 25 zones of a billing account; more zones are cheaper, which a single resource cannot know),
 * and queries per million (usage: monthly_queries, at the first-billion price).
 */
export const dnsManagedZone: Family = {
  cloud: 'google',
  terraform: ['google_dns_managed_zone'],
  price(_r, ctx) {
    return {
      components: [
        hourly('Managed zone', ctx, { table: 'google/dns', key: ['zone'] }),
        usage('DNS queries', '1M queries', ctx, 'monthly_queries', { table: 'google/dns', key: ['queries'] }, 1 / 1e6),
      ],
    };
  },
};
