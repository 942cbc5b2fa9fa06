import type { ComponentSpec, Family } from '../../family';
import { usage } from './common';

/** Edge zones in the price data: Infracost's usage sub-keys and the names AWS prints. */
const ZONES: readonly [key: string, label: string][] = [
  ['us', 'US, Mexico, Canada'],
  ['europe', 'Europe, Israel'],
];

/**
 * aws_cloudfront_distribution / AWS::CloudFront::Distribution: everything is usage, per edge zone, with Infracost's
 * keys: monthly_data_transfer_to_internet_gb.<zone>, monthly_data_transfer_to_origin_gb.<zone>,
 * monthly_http_requests.<zone>, monthly_https_requests.<zone>. Only the US and Europe zones have prices in the
 * snapshot, and data out is priced at the first-10-TB rate.
 */
export const cloudfrontDistribution: Family = {
  cloud: 'aws',
  terraform: ['aws_cloudfront_distribution'],
  cloudformation: ['AWS::CloudFront::Distribution'],
  price(r, ctx) {
    r.assume({ label: 'edge zones', value: 'US, Europe', source: 'derived', note: 'other zones and data out beyond 10 TB a month are not in the price snapshot' });
    const price = (zone: string, metric: string) => ({ table: 'aws/cloudfront', key: [zone, metric] });
    const components: ComponentSpec[] = ZONES.flatMap(([zone, label]) => [
      usage(`Data transfer out to internet (${label})`, 'GB', ctx, `monthly_data_transfer_to_internet_gb.${zone}`, price(zone, 'internet')),
      usage(`Data transfer out to origin (${label})`, 'GB', ctx, `monthly_data_transfer_to_origin_gb.${zone}`, price(zone, 'origin')),
      usage(`HTTP requests (${label})`, '10k requests', ctx, `monthly_http_requests.${zone}`, price(zone, 'http'), 1e-4),
      usage(`HTTPS requests (${label})`, '10k requests', ctx, `monthly_https_requests.${zone}`, price(zone, 'https'), 1e-4),
    ]);
    return { components };
  },
};
