import type { Family } from '../../family';
import { instance } from './instance';

export const AWS_FAMILIES: readonly Family[] = [instance];

/** AWS types that cost nothing by themselves. */
export const AWS_FREE = {
  terraform: [
    // Networking plumbing: VPCs, subnets and routing are free; NAT gateways and endpoints are priced.
    'aws_vpc',
    'aws_subnet',
    'aws_route_table',
    'aws_route_table_association',
    'aws_route',
    'aws_internet_gateway',
    'aws_security_group',
    'aws_security_group_rule',
    'aws_vpc_security_group_ingress_rule',
    'aws_vpc_security_group_egress_rule',
    'aws_network_acl',
    'aws_default_vpc',
    'aws_default_subnet',
    // Identity and access.
    'aws_iam_role',
    'aws_iam_policy',
    'aws_iam_role_policy',
    'aws_iam_role_policy_attachment',
    'aws_iam_instance_profile',
    'aws_iam_user',
    'aws_iam_group',
    'aws_key_pair',
  ],
  cloudformation: [
    'AWS::EC2::VPC',
    'AWS::EC2::Subnet',
    'AWS::EC2::RouteTable',
    'AWS::EC2::Route',
    'AWS::EC2::SubnetRouteTableAssociation',
    'AWS::EC2::InternetGateway',
    'AWS::EC2::VPCGatewayAttachment',
    'AWS::EC2::SecurityGroup',
    'AWS::IAM::Role',
    'AWS::IAM::Policy',
    'AWS::IAM::ManagedPolicy',
    'AWS::IAM::InstanceProfile',
  ],
};
