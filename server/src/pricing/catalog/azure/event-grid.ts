import type { Family } from '../../family';
import { usage } from './common';

/**
 * azurerm_eventgrid_topic, azurerm_eventgrid_system_topic and azurerm_eventgrid_domain: operations (ingress,
 * delivery attempts, management calls) per 100k, usage: monthly_operations. Event subscriptions are free.
 */
export const eventGridTopic: Family = {
  cloud: 'azure',
  terraform: ['azurerm_eventgrid_topic', 'azurerm_eventgrid_system_topic', 'azurerm_eventgrid_domain'],
  price(r, ctx) {
    const note = 'Azure gives the first 100,000 operations a month free; Infracost does not deduct them either';
    r.assume({ label: 'free operations', value: 'not deducted', source: 'derived', note });
    const price = { table: 'azure/event-grid', key: ['operations'] };
    return { components: [usage('Operations', '100k operations', ctx, 'monthly_operations', price, 1 / 100_000)] };
  },
};
