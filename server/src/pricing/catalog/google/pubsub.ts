import type { Family } from '../../family';
import { usage } from './common';

/**
 * google_pubsub_topic and google_pubsub_subscription: throughput is billed per TiB published (on the topic) and
 * per TiB delivered (on each subscription), from the usage file's `monthly_message_data_tb` (TiB, as Infracost
 * names it). The first 10 GiB per billing account each month are free; that allowance is shared, so it is not
 * subtracted here. Retained-message and snapshot storage are not priced (no price in the snapshot).
 */
export const pubsub: Family = {
  cloud: 'google',
  terraform: ['google_pubsub_topic', 'google_pubsub_subscription'],
  price(r, ctx) {
    const what = r.resource.type === 'google_pubsub_topic' ? 'Message publishing' : 'Message delivery';
    return {
      components: [
        usage(`${what} (throughput)`, 'TiB', ctx, 'monthly_message_data_tb', {
          table: 'google/pubsub',
          key: ['throughput'],
        }),
      ],
    };
  },
};
