import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, isCfn, str, usage } from './common';

/**
 * aws_vpc_endpoint / AWS::EC2::VPCEndpoint: gateway endpoints (S3, DynamoDB) are free; interface endpoints
 * bill per AZ-hour (one network interface per subnet) plus data processed (usage: monthly_data_processed_gb,
 * tiered per region). Gateway Load Balancer endpoints are not priced yet.
 */
export const vpcEndpoint: Family = {
  cloud: 'aws',
  terraform: ['aws_vpc_endpoint'],
  cloudformation: ['AWS::EC2::VPCEndpoint'],
  price(r, ctx) {
    const type = str(r, 'vpc_endpoint_type', 'VpcEndpointType', 'Gateway', 'provider default endpoint type');
    if (type === 'Gateway') return { components: [], free: 'gateway endpoints cost nothing' };
    if (type !== 'Interface') return { components: [hourly('VPC endpoint', ctx, new Unknown(`${String(type)} endpoint prices are not in the price snapshot`))] };
    const subnets = r.list(isCfn(r) ? 'SubnetIds' : 'subnet_ids').length;
    const azs = subnets > 0 ? subnets : 1;
    r.assume({ label: 'availability zones', value: String(azs), source: subnets > 0 ? 'derived' : 'default', note: subnets > 0 ? 'one network interface per subnet' : 'no subnets listed' });
    const components: ComponentSpec[] = [
      { ...hourly('Interface endpoint', ctx, { table: 'aws/vpc-endpoint', key: ['hours'], tiered: true }, azs), unit: 'endpoint-AZ-hours' },
      usage('Data processed', 'GB', ctx, 'monthly_data_processed_gb', { table: 'aws/vpc-endpoint', key: ['data'], tiered: true }),
    ];
    return { components };
  },
};

/** aws_ec2_transit_gateway_vpc_attachment / AWS::EC2::TransitGatewayAttachment: attachment hours + data processed. */
export const transitGatewayAttachment: Family = {
  cloud: 'aws',
  terraform: ['aws_ec2_transit_gateway_vpc_attachment'],
  cloudformation: ['AWS::EC2::TransitGatewayAttachment', 'AWS::EC2::TransitGatewayVpcAttachment'],
  price(_r, ctx) {
    return {
      components: [
        hourly('Transit Gateway attachment', ctx, { table: 'aws/transit-gateway', key: ['attachment-hours'] }),
        usage('Data processed', 'GB', ctx, 'monthly_data_processed_gb', { table: 'aws/transit-gateway', key: ['data'] }),
      ],
    };
  },
};

/**
 * aws_vpn_connection / AWS::EC2::VPNConnection: connection hours; a VPN that terminates on a Transit Gateway
 * also makes a Transit Gateway attachment, billed per hour.
 */
export const vpnConnection: Family = {
  cloud: 'aws',
  terraform: ['aws_vpn_connection'],
  cloudformation: ['AWS::EC2::VPNConnection'],
  price(r, ctx) {
    const components: ComponentSpec[] = [hourly('VPN connection', ctx, { table: 'aws/vpn', key: ['connection-hours'] })];
    if (r.has(isCfn(r) ? 'TransitGatewayId' : 'transit_gateway_id')) {
      components.push(hourly('Transit Gateway attachment', ctx, { table: 'aws/transit-gateway', key: ['attachment-hours'] }));
    }
    return { components };
  },
};
