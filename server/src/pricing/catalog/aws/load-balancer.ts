import { isUnknown, Unknown } from '../../../model/value';
import type { Family, PriceQuery } from '../../family';
import { hourly, str } from './common';

/**
 * LCU dimensions per load balancer type, as AWS defines a capacity unit (per second or per hour): the
 * billed LCUs are the largest of the usage figures divided by these. Same usage keys as Infracost.
 */
const LCU_DIMENSIONS: Record<string, readonly [key: string, perLcu: number][]> = {
  application: [['new_connections', 25], ['active_connections', 3000], ['processed_bytes_gb', 1], ['rule_evaluations', 1000]],
  network: [['new_connections', 800], ['active_connections', 100000], ['processed_bytes_gb', 1]],
  // A GLCU is also 1 GB processed per hour; its flow dimensions are not modelled, so heavy-flow traffic is under-counted.
  gateway: [['processed_bytes_gb', 1]],
};

/** Prices per type: ALB and NLB share aws/elb; Gateway Load Balancers have their own table. */
function lbPrice(lbType: string, metric: 'hours' | 'lcu'): PriceQuery {
  return lbType === 'gateway' ? { table: 'aws/elb-gateway', key: [metric] } : { table: 'aws/elb', key: [lbType, metric] };
}

/** aws_lb, aws_alb / AWS::ElasticLoadBalancingV2::LoadBalancer (application, network, gateway): hours plus capacity units as usage. */
export const loadBalancer: Family = {
  cloud: 'aws',
  terraform: ['aws_lb', 'aws_alb'],
  cloudformation: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  price(r, ctx) {
    const lbType = str(r, 'load_balancer_type', 'Type', 'application', 'provider default') ?? 'application';
    if (isUnknown(lbType)) return { components: [hourly('Load balancer', ctx, lbType)] };
    const dims = LCU_DIMENSIONS[lbType];
    const hours: PriceQuery | Unknown = dims ? lbPrice(lbType, 'hours') : new Unknown(`${lbType} load balancer prices are not in the price snapshot`);
    const lcu: PriceQuery | Unknown = dims ? lbPrice(lbType, 'lcu') : hours;
    let lcus: number | undefined;
    for (const [key, perLcu] of dims ?? []) {
      const v = ctx.usage.num(key);
      if (v !== undefined) lcus = Math.max(lcus ?? 0, v / perLcu);
    }
    const label = lbType.charAt(0).toUpperCase() + lbType.slice(1);
    return {
      components: [
        hourly(`${label} load balancer`, ctx, hours),
        {
          name: 'Load balancer capacity units',
          unit: 'LCU-hours',
          quantity: lcus === undefined ? undefined : lcus * ctx.hoursPerMonth,
          price: lcu,
          usageBased: true,
        },
      ],
    };
  },
};
