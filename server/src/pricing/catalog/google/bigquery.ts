import type { Family } from '../../family';
import { usage } from './common';

/**
 * google_bigquery_table: logical storage per GB-month, active and long-term (a table or partition not modified
 * for 90 days), from the usage file (monthly_active_storage_gb, monthly_long_term_storage_gb, as Infracost names
 * them). Views and external tables store nothing in BigQuery. Queries are billed to the project that runs them
 * and are not priced here (google_bigquery_dataset is listed as free).
 */
export const bigqueryTable: Family = {
  cloud: 'google',
  terraform: ['google_bigquery_table'],
  price(r, ctx) {
    if (r.has('view') || r.has('materialized_view'))
      return { components: [], free: 'a view stores no data; queries against it are billed to the querying project' };
    if (r.has('external_data_configuration'))
      return { components: [], free: 'an external table keeps its data outside BigQuery storage' };
    return {
      components: [
        usage('Active storage', 'GB', ctx, 'monthly_active_storage_gb', {
          table: 'google/bigquery',
          key: ['active-storage'],
        }),
        usage('Long-term storage', 'GB', ctx, 'monthly_long_term_storage_gb', {
          table: 'google/bigquery',
          key: ['long-term-storage'],
        }),
      ],
    };
  },
};
