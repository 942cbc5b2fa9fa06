import type { ComponentSpec, Family } from '../../family';
import { isCfn, monthly, usage } from './common';

/** aws_route53_zone / AWS::Route53::HostedZone: one hosted-zone month (first-25-zones price). */
export const route53Zone: Family = {
  cloud: 'aws',
  terraform: ['aws_route53_zone'],
  cloudformation: ['AWS::Route53::HostedZone'],
  price() {
    return { components: [monthly('Hosted zone', 'months', { table: 'aws/route53', key: ['zone'], tiered: true })] };
  },
};

/**
 * aws_route53_record / AWS::Route53::RecordSet: DNS queries per 1M, tiered, as usage
 * (monthly_standard_queries, monthly_latency_based_queries, monthly_geo_queries). Queries to alias
 * records that point at AWS resources are free, so those records show nothing to pay.
 */
export const route53Record: Family = {
  cloud: 'aws',
  terraform: ['aws_route53_record'],
  cloudformation: ['AWS::Route53::RecordSet'],
  price(r, ctx) {
    const cfn = isCfn(r);
    if (r.has(cfn ? 'AliasTarget' : 'alias')) return { components: [], free: 'queries to alias records for AWS resources are free' };
    const tiered = (metric: string) => ({ table: 'aws/route53', key: [metric], tiered: true });
    let name = 'Standard queries';
    let key = 'monthly_standard_queries';
    let metric = 'standard-queries';
    if (r.has(cfn ? 'Region' : 'latency_routing_policy')) [name, key, metric] = ['Latency-based routing queries', 'monthly_latency_based_queries', 'latency-queries'];
    if (r.has(cfn ? 'GeoLocation' : 'geolocation_routing_policy')) [name, key, metric] = ['Geo DNS queries', 'monthly_geo_queries', 'geo-queries'];
    const components: ComponentSpec[] = [usage(name, '1M queries', ctx, key, tiered(metric), 1e-6)];
    return { components };
  },
};

/**
 * aws_route53_health_check / AWS::Route53::HealthCheck: one health-check month, AWS or non-AWS endpoint
 * (usage: endpoint_type aws | non_aws, as in Infracost; AWS by default). Optional features (HTTPS, string
 * matching, fast interval, latency) cost extra and are not priced yet; the hover says so.
 */
export const route53HealthCheck: Family = {
  cloud: 'aws',
  terraform: ['aws_route53_health_check'],
  cloudformation: ['AWS::Route53::HealthCheck'],
  price(r, ctx) {
    const fromUsage = ctx.usage.str('endpoint_type');
    const endpoint = fromUsage ?? 'aws';
    if (fromUsage === undefined) r.assume({ label: 'endpoint type', value: 'aws', source: 'default', note: 'an AWS endpoint unless the usage file says non_aws' });
    const type = r.str(isCfn(r) ? 'HealthCheckConfig.Type' : 'type');
    if (typeof type === 'string' && /HTTPS|STR_MATCH/.test(type)) r.assume({ label: 'optional features', value: type, source: 'derived', note: 'HTTPS / string matching extras are not priced' });
    const metric = endpoint === 'non_aws' ? 'health-check-non-aws' : 'health-check-aws';
    return { components: [monthly(`Health check (${endpoint === 'non_aws' ? 'non-AWS' : 'AWS'} endpoint)`, 'months', { table: 'aws/route53', key: [metric], tiered: true })] };
  },
};
