import { isUnknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext } from '../../family';

const SINKS = [
  'google_logging_project_sink',
  'google_logging_folder_sink',
  'google_logging_organization_sink',
  'google_logging_billing_account_sink',
];

const BUCKETS = [
  'google_logging_project_bucket_config',
  'google_logging_folder_bucket_config',
  'google_logging_organization_bucket_config',
  'google_logging_billing_account_bucket_config',
];

const LOG_BUCKET = 'logging.googleapis.com/';

const ONCE = 'charged once where the logs land: give monthly_logging_data_gb on the sink or on its bucket, not both';

/** Logs streamed into a log bucket: $/GiB, the first 30 days of storage included (usage: monthly_logging_data_gb). */
function storage(ctx: FamilyContext): ComponentSpec {
  return {
    name: 'Log storage (streamed into a log bucket)',
    unit: 'GiB',
    quantity: ctx.usage.num('monthly_logging_data_gb'),
    price: { table: 'google/logging', key: ['storage'] },
    usageBased: true,
  };
}

/**
 * google_logging_*_sink: the Log Router is free, so a sink to Cloud Storage, BigQuery or Pub/Sub costs nothing
 * itself (its destination bills what it stores). A sink into a log bucket (`logging.googleapis.com/…`) streams
 * logs into log bucket storage, which Cloud Logging charges per GiB.
 */
export const loggingSink: Family = {
  cloud: 'google',
  terraform: SINKS,
  price(r, ctx) {
    const destination = r.str('destination');
    // Usually "storage.googleapis.com/${google_storage_bucket.x.name}": the scheme before the reference is enough.
    const known = typeof destination === 'string' ? destination : isUnknown(destination) ? destination.prefix : undefined;
    if (known !== undefined && !known.startsWith(LOG_BUCKET) && !LOG_BUCKET.startsWith(known))
      return { components: [], free: 'the Log Router is free; the destination bills what it stores' };
    r.assume({
      label: 'destination',
      value: 'log bucket',
      source: known?.startsWith(LOG_BUCKET) ? 'attribute' : 'default',
      note: known?.startsWith(LOG_BUCKET) ? ONCE : `destination not known here, taken as a log bucket; ${ONCE}`,
    });
    return { components: [storage(ctx)] };
  },
};

/**
 * google_logging_*_bucket_config: logs streamed into the bucket (usage) and, with `retention_days` over 30, the
 * retention charge. In a steady month the bucket holds (retention_days − 30) / 30 months of logs past their
 * first 30 days, so that many GiB-months per GiB ingested.
 */
export const loggingBucket: Family = {
  cloud: 'google',
  terraform: BUCKETS,
  price(r, ctx) {
    const days = r.num('retention_days', 30, 'Cloud Logging default retention') ?? 30;
    const gb = ctx.usage.num('monthly_logging_data_gb');
    r.assume({ label: 'storage', value: 'log bucket', source: 'attribute', note: ONCE });
    const components = [storage(ctx)];
    if (!isUnknown(days) && days > 30) {
      r.assume({
        label: 'retained',
        value: `${days - 30} days past the included 30`,
        source: 'derived',
        note: 'steady state: each month of logs is kept (retention_days − 30) / 30 months beyond the first 30 days',
      });
      components.push({
        name: `Retention past 30 days (${days} days)`,
        unit: 'GiB-months',
        quantity: gb === undefined || isUnknown(gb) ? gb : (gb * (days - 30)) / 30,
        price: { table: 'google/logging', key: ['retention'] },
        usageBased: true,
      });
    }
    return { components };
  },
};
