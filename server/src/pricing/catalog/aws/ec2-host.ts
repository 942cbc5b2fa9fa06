import { Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly, instanceFamily, str } from './common';

/**
 * aws_ec2_host / AWS::EC2::Host: on-demand Dedicated Host hours for the host family (instance_family, or the family
 * of instance_type). The instances on the host carry no separate instance charge.
 */
export const ec2Host: Family = {
  cloud: 'aws',
  terraform: ['aws_ec2_host'],
  cloudformation: ['AWS::EC2::Host'],
  price(r, ctx) {
    const type = str(r, 'instance_type', 'InstanceType');
    const family = str(r, 'instance_family', 'InstanceFamily') ?? (typeof type === 'string' ? instanceFamily(type) : type) ?? new Unknown('instance_family or instance_type is not set');
    const label = typeof family === 'string' ? family : '?';
    return { components: [hourly(`Dedicated host (on-demand, ${label})`, ctx, typeof family === 'string' ? { table: 'aws/ec2-host', key: [family] } : family)] };
  },
};
