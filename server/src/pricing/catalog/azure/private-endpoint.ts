import type { Family, PriceQuery } from '../../family';
import { hourly, usage } from './common';

const tiered = (meter: string): PriceQuery => ({ table: 'azure/private-endpoint', key: [meter], tiered: true });

/**
 * azurerm_private_endpoint (Private Link): the endpoint per hour, and data processed in each direction per GB,
 * tiered at 1 PB and 5 PB a month (usage: monthly_inbound_data_processed_gb, monthly_outbound_data_processed_gb).
 * The resource the endpoint connects to is priced on its own resource.
 */
export const privateEndpoint: Family = {
  cloud: 'azure',
  terraform: ['azurerm_private_endpoint'],
  price(_r, ctx) {
    return {
      components: [
        hourly('Private endpoint', ctx, { table: 'azure/private-endpoint', key: ['endpoint', '0'] }),
        usage('Inbound data processed', 'GB', ctx, 'monthly_inbound_data_processed_gb', tiered('inbound')),
        usage('Outbound data processed', 'GB', ctx, 'monthly_outbound_data_processed_gb', tiered('outbound')),
      ],
    };
  },
};
