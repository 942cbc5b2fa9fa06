import type { Family } from '../../family';
import { hourly, str, usage } from './common';

/**
 * aws_nat_gateway / AWS::EC2::NatGateway: hours plus data processed (usage: monthly_data_processed_gb).
 * The gateway's Elastic IP is its own resource (aws_eip) and is priced there.
 */
export const natGateway: Family = {
  cloud: 'aws',
  terraform: ['aws_nat_gateway'],
  cloudformation: ['AWS::EC2::NatGateway'],
  price(r, ctx) {
    const connectivity = str(r, 'connectivity_type', 'ConnectivityType', 'public', 'provider default');
    return {
      components: [
        hourly(`NAT gateway${connectivity === 'private' ? ' (private)' : ''}`, ctx, { table: 'aws/nat-gateway', key: ['hours'] }),
        usage('Data processed', 'GB', ctx, 'monthly_data_processed_gb', { table: 'aws/nat-gateway', key: ['data'] }),
      ],
    };
  },
};
