import type { ComponentSpec, Family, FamilyContext } from '../../family';
import { usage } from './common';

/** Storage classes: our table's class id, the Infracost usage-file block, and the label shown. */
const CLASSES: readonly [cls: string, block: string, label: string][] = [
  ['standard', 'standard', 'Standard'],
  ['standard_ia', 'standard_infrequent_access', 'Standard-IA'],
  ['onezone_ia', 'one_zone_infrequent_access', 'One Zone-IA'],
  ['glacier', 'glacier_flexible_retrieval', 'Glacier Flexible Retrieval'],
  ['deep_archive', 'glacier_deep_archive', 'Glacier Deep Archive'],
];

/** Components per class: label, unit, usage key within the class block, table metric, scale to the unit. */
const ITEMS: readonly [label: string, unit: string, key: string, metric: string, scale: number][] = [
  ['storage', 'GB-months', 'storage_gb', 'storage', 1],
  ['PUT, COPY, POST, LIST requests', '1k requests', 'monthly_tier_1_requests', 'put', 1 / 1000],
  ['GET, SELECT and other requests', '1k requests', 'monthly_tier_2_requests', 'get', 1 / 1000],
  ['lifecycle transitions', '1k requests', 'monthly_lifecycle_transition_requests', 'lifecycle', 1 / 1000],
  ['retrievals', 'GB', 'monthly_data_retrieval_gb', 'retrieval', 1],
  ['Select data scanned', 'GB', 'monthly_select_data_scanned_gb', 'select-scanned', 1],
  ['Select data returned', 'GB', 'monthly_select_data_returned_gb', 'select-returned', 1],
];

/**
 * aws_s3_bucket / AWS::S3::Bucket: everything is usage (Infracost's keys, e.g. standard.storage_gb).
 * Without usage the Standard storage and request prices show as unit prices; another class appears once
 * the usage file mentions it. Rows absent from the price data for a class (e.g. Glacier GET) are skipped.
 */
export const s3Bucket: Family = {
  cloud: 'aws',
  terraform: ['aws_s3_bucket'],
  cloudformation: ['AWS::S3::Bucket'],
  price(_r, ctx) {
    const components: ComponentSpec[] = [];
    for (const [cls, block, label] of CLASSES) {
      const mentioned = ITEMS.some(([, , key]) => ctx.usage.has(`${block}.${key}`));
      if (cls !== 'standard' && !mentioned) continue;
      for (const [item, unit, key, metric, scale] of ITEMS) {
        if (!hasRow(ctx, cls, metric)) continue;
        if (cls === 'standard' && !mentioned && metric.startsWith('select')) continue;
        const name = `${label} ${item}`;
        components.push(usage(name, unit, ctx, `${block}.${key}`, { table: 'aws/s3', key: [cls, metric], tiered: true }, scale));
      }
    }
    return { components };
  },
};

function hasRow(ctx: FamilyContext, cls: string, metric: string): boolean {
  return ctx.lookupRow('aws/s3', cls, metric, '0') !== undefined;
}
