import type { Family } from '../../family';
import { hourly, usage } from './common';

/**
 * aws_elb / AWS::ElasticLoadBalancing::LoadBalancer (Classic Load Balancer): hours plus data processed
 * (usage: monthly_data_processed_gb, as in Infracost). Classic load balancers have no capacity units.
 */
export const classicLoadBalancer: Family = {
  cloud: 'aws',
  terraform: ['aws_elb'],
  cloudformation: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  price(_r, ctx) {
    return {
      components: [
        hourly('Classic load balancer', ctx, { table: 'aws/elb-classic', key: ['hours'] }),
        usage('Data processed', 'GB', ctx, 'monthly_data_processed_gb', { table: 'aws/elb-classic', key: ['data'] }),
      ],
    };
  },
};
