// AWS networking prices that are not EC2 instance hours: NAT gateways, load balancers, public IPv4,
// data transfer (tiered), Route 53 (global, tiered queries). Each row cites where its number comes from;
// numbers are copied as published (no rounding). Derived values "cost ÷ quantity" are the shortest
// decimal that reproduces Infracost's printed cost for its quantity, noted as such.
import { infracost, page } from './aws-services-sources.mjs';

const GB = 'GB';

export default [
  {
    id: 'aws/nat-gateway',
    description: 'NAT gateway hours and data processed',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per hour (hours), per GB (data)',
    sources: [infracost('nat_gateway_test')],
    build: () => [
      ['us-east-1', 'hours', '0.045'], // 32.85 / 730
      ['us-east-1', 'data', '0.045'], // "Monthly cost depends on usage: $0.045 per GB"
    ],
  },
  {
    id: 'aws/elb',
    description: 'Elastic Load Balancing: hours and capacity units per load balancer type',
    keys: ['region', 'lbType', 'metric'],
    values: ['price'],
    unit: 'USD per hour (hours), per capacity-unit-hour (lcu)',
    sources: [infracost('lb_test')],
    build: () => [
      ['us-east-1', 'application', 'hours', '0.0225'], // 16.43 / 730 = 0.0225 (730 × 0.0225 = 16.425)
      ['us-east-1', 'application', 'lcu', '0.008'], // "$5.84 per LCU" per month = 0.008 × 730
      ['us-east-1', 'network', 'hours', '0.0225'], // 16.43 / 730
      ['us-east-1', 'network', 'lcu', '0.006'], // "$4.38 per LCU" per month = 0.006 × 730
    ],
  },
  {
    id: 'aws/public-ipv4',
    description: 'Public IPv4 addresses (in use or idle, Elastic IPs included), since 2024-02-01',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per IP-hour',
    sources: [page('https://www.doit.com/aws-public-ipv4-price-increase-the-complete-guide/')],
    // "every resource with a Public IP: NAT Gateway, EC2 Instance, Load balancer … an extra $0.005/Hour".
    build: () => [['us-east-1', 'hours', '0.005']],
  },
  {
    id: 'aws/data-transfer',
    description: 'EC2 data transfer out: to the internet (tiered by monthly GB), to other regions, within the region',
    keys: ['region', 'direction', 'tierStart'],
    values: ['price'],
    unit: `USD per ${GB}`,
    sources: [infracost('data_transfer_test')],
    build: () => [
      // us-east-1: 921.60 / 10,240 = 0.09; 3,481.60 / 40,960 = 0.085; 406.00 / 5,800 = 0.07; us-east-2 170 / 3,400 = 0.05.
      // Tier starts 10 TB, 50 TB, 150 TB in GB as AWS bills them (1 TB = 1,024 GB).
      ['us-east-1', 'internet', '0', '0.09'],
      ['us-east-1', 'internet', '10240', '0.085'],
      ['us-east-1', 'internet', '51200', '0.07'],
      ['us-east-1', 'internet', '153600', '0.05'],
      ['us-east-1', 'intra-region', '0', '0.01'], // 20.00 / 2,000
      ['us-east-1', 'us-east', '0', '0.01'], // 5.00 / 500 (to US East regions)
      ['us-east-1', 'inter-region', '0', '0.02'], // 15.00 / 750
      ['eu-west-1', 'internet', '0', '0.09'], // 921.60 / 10,240
      ['eu-west-1', 'internet', '10240', '0.085'], // 3,481.60 / 40,960
      ['eu-west-1', 'internet', '51200', '0.07'], // 7,168.00 / 102,400
      ['eu-west-1', 'internet', '153600', '0.05'], // 170.00 / 3,400
      ['eu-west-1', 'intra-region', '0', '0.01'],
      ['eu-west-1', 'inter-region', '0', '0.02'],
      ['ap-southeast-1', 'internet', '0', '0.12'], // 1,228.80 / 10,240
      ['ap-southeast-1', 'internet', '10240', '0.085'], // 3,481.60 / 40,960
      ['ap-southeast-1', 'internet', '51200', '0.082'], // 8,396.80 / 102,400
      ['ap-southeast-1', 'internet', '153600', '0.08'], // 272.00 / 3,400
      ['ap-southeast-1', 'intra-region', '0', '0.01'],
      ['ap-southeast-1', 'inter-region', '0', '0.09'], // 67.50 / 750
      ['sa-east-1', 'internet', '0', '0.15'], // 1,536.00 / 10,240
      ['sa-east-1', 'internet', '10240', '0.138'], // 5,652.48 / 40,960
      ['sa-east-1', 'internet', '51200', '0.126'], // 12,902.40 / 102,400
      ['sa-east-1', 'internet', '153600', '0.114'], // 387.60 / 3,400
      ['sa-east-1', 'intra-region', '0', '0.01'],
      ['sa-east-1', 'inter-region', '0', '0.138'], // 103.50 / 750
    ],
  },
  {
    id: 'aws/route53',
    description: 'Route 53 hosted zones and DNS queries (global service; queries tiered per month in millions)',
    keys: ['metric', 'tierStart'],
    values: ['price'],
    unit: 'USD per hosted-zone-month (zone), per 1M queries (queries), per health-check-month (health-check-*)',
    sources: [
      infracost('route53_zone_test'),
      infracost('route53_record_test'),
      page('https://wewantcode.com/en/course/aws/lesson/7-84-health-checks-status-check.html'),
    ],
    build: () => [
      ['zone', '0', '0.50'], // "Hosted zone 1 months $0.50" (the first 25 zones of an account)
      ['standard-queries', '0', '0.40'], // 400 / 1,000 (first 1B)
      ['standard-queries', '1000', '0.20'], // 20 / 100 (over 1B)
      ['latency-queries', '0', '0.60'], // 600 / 1,000
      ['latency-queries', '1000', '0.30'], // 60 / 200
      ['geo-queries', '0', '0.70'], // 700 / 1,000
      ['geo-queries', '1000', '0.35'], // 175 / 500
      // wewantcode.com (read 2026-11-27): "$0.50 per month for a check against an AWS endpoint, $0.75 for a non-AWS
      // endpoint, plus extras for HTTPS, string matching, fast interval and latency measurement" (extras not priced).
      ['health-check-aws', '0', '0.50'],
      ['health-check-non-aws', '0', '0.75'],
    ],
  },
  {
    id: 'aws/vpc-endpoint',
    description: 'Interface VPC endpoints: hours per endpoint per AZ, data processed (tiered per region per month)',
    keys: ['region', 'metric', 'tierStart'],
    values: ['price'],
    unit: 'USD per endpoint-AZ-hour (hours), per GB (data); tierStart in GB (1 PB = 1,048,576 GB)',
    sources: [
      page('https://www.factualminds.com/blog/amazon-vpc-pricing-endpoints-peering-transit-gateway/', '2026-06-13'),
      page('https://968880.n0h2l.group/privatelink/pricing'),
    ],
    build: () => [
      ['us-east-1', 'hours', '0', '0.01'], // factualminds: "Interface VPC Endpoints at $0.01/hour per AZ"
      // Mirror of aws.amazon.com/privatelink/pricing: "First 1 PB $0.01, Next 4 PB $0.006, Anything over 5 PB $0.004".
      ['us-east-1', 'data', '0', '0.01'],
      ['us-east-1', 'data', '1048576', '0.006'],
      ['us-east-1', 'data', '5242880', '0.004'],
    ],
  },
  {
    id: 'aws/transit-gateway',
    description: 'Transit Gateway attachments per hour and data processed per GB',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per attachment-hour (attachment-hours), per GB (data)',
    sources: [page('https://www.factualminds.com/blog/amazon-vpc-pricing-endpoints-peering-transit-gateway/', '2026-06-13'), page('https://c3x.dev/blog/aws-transit-gateway-cost-explained/')],
    build: () => [
      ['us-east-1', 'attachment-hours', '0.05'], // "Transit Gateway at $0.05/hour per attachment"
      ['us-east-1', 'data', '0.02'], // c3x.dev: "$0.02 per GB flowing through the gateway"
    ],
  },
  {
    id: 'aws/vpn',
    description: 'Site-to-Site VPN connections per hour',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per connection-hour',
    sources: [page('https://www.factualminds.com/blog/amazon-vpc-pricing-endpoints-peering-transit-gateway/', '2026-06-13')],
    build: () => [['us-east-1', 'connection-hours', '0.05']], // "VPN at $0.05/hour"
  },
];
