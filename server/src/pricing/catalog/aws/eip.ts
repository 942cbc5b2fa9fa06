import type { Family } from '../../family';
import { hourly } from './common';

/**
 * aws_eip / AWS::EC2::EIP: since 2024-02-01 AWS bills every public IPv4 address by the hour, attached or
 * idle, so an Elastic IP costs the same either way.
 */
export const eip: Family = {
  cloud: 'aws',
  terraform: ['aws_eip'],
  cloudformation: ['AWS::EC2::EIP'],
  price(_r, ctx) {
    return { components: [hourly('Public IPv4 address', ctx, { table: 'aws/public-ipv4', key: ['hours'] })] };
  },
};
