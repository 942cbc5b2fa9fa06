import type { Family } from '../../family';
import { usage } from './common';

/**
 * google_monitoring_metric_descriptor: a custom metric costs what is written to it. Chargeable metric data
 * ingested (usage: monthly_monitoring_data_mb, MiB, tiered: up to 100,000 MiB, up to 250,000, beyond) and read
 * API calls (usage: monthly_api_calls, per 1,000; write calls are free). The first 150 MiB a month per billing
 * account are free and not taken off.
 */
export const monitoringMetricDescriptor: Family = {
  cloud: 'google',
  terraform: ['google_monitoring_metric_descriptor'],
  price(_r, ctx) {
    return {
      components: [
        usage('Monitoring data', 'MiB', ctx, 'monthly_monitoring_data_mb', { table: 'google/monitoring', key: ['data'], tiered: true }),
        usage('Read API calls', '1K calls', ctx, 'monthly_api_calls', { table: 'google/monitoring', key: ['api-calls'], tiered: true }, 1 / 1000),
      ],
    };
  },
};
