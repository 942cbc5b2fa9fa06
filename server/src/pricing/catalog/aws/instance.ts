import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { accelerators, hourly, instanceFamily, isCfn, str } from './common';
import { blockDeviceComponents } from './ebs';

/** Burstable families whose default credit mode is unlimited (t2 defaults to standard). */
const UNLIMITED_BY_DEFAULT = new Set(['t3', 't3a', 't4g']);

/**
 * aws_instance / AWS::EC2::Instance: on-demand Linux instance hours, the root and attached EBS volumes,
 * detailed monitoring, a public IPv4 address when one is requested, and surplus CPU credits of burstable
 * instances in unlimited mode (usage: monthly_cpu_credit_hrs per vCPU, as in Infracost).
 */
export const instance: Family = {
  cloud: 'aws',
  terraform: ['aws_instance'],
  cloudformation: ['AWS::EC2::Instance'],
  price(r, ctx) {
    const type = str(r, 'instance_type', 'InstanceType') ?? new Unknown('instance_type is not set (a launch template decides)');
    const tenancy = str(r, 'tenancy', 'Tenancy', 'default', 'shared hardware unless the configuration asks otherwise');
    const name = `Instance usage (Linux/UNIX, on-demand, ${isUnknown(type) ? '?' : type})`;
    const spot = r.str(isCfn(r) ? 'InstanceMarketOptions.MarketType' : 'instance_market_options.0.market_type') === 'spot';
    const price = isUnknown(type)
      ? type
      : tenancy === 'dedicated' || tenancy === 'host'
        ? new Unknown(`${tenancy} tenancy prices are not in the price snapshot (only shared tenancy)`)
        : spot
          ? new Unknown('spot prices are not in the price snapshot (they change hourly)')
          : { table: 'aws/ec2-ondemand', key: [type] };
    const components: ComponentSpec[] = [hourly(name, ctx, price), ...blockDeviceComponents(r)];

    if (r.bool(isCfn(r) ? 'Monitoring' : 'monitoring') === true) {
      // Detailed monitoring publishes 7 EC2 metrics at 1-minute resolution, billed as custom metrics.
      components.push({ name: 'EC2 detailed monitoring', unit: 'metrics', quantity: 7, price: { table: 'aws/cloudwatch', key: ['metric'] } });
    }
    if (!isCfn(r) && r.bool('associate_public_ip_address') === true) {
      components.push(hourly('Public IPv4 address', ctx, { table: 'aws/public-ipv4', key: ['hours'] }));
    }
    const specs = isUnknown(type) ? undefined : ctx.lookupRow('aws/ec2-specs', type);
    if (!isUnknown(type)) components.push(...cpuCredits(r, ctx, type, specs?.[0]));
    return { components, gpu: isUnknown(type) ? undefined : accelerators(r, ctx, type, 1) };
  },
};

function cpuCredits(r: ResourceReader, ctx: FamilyContext, type: string, vcpus: number | undefined): ComponentSpec[] {
  const family = instanceFamily(type);
  if (!/^t\d/.test(family)) return [];
  const path = isCfn(r) ? 'CreditSpecification.CPUCredits' : 'credit_specification.0.cpu_credits';
  const fallback = UNLIMITED_BY_DEFAULT.has(family) ? 'unlimited' : 'standard';
  const mode = r.str(path, fallback, `the default credit mode of ${family} instances`);
  if (mode !== 'unlimited') return [];
  if (!ctx.lookupRow('aws/ec2-cpu-credits', family)) {
    r.assume({ label: 'CPU credits', value: 'not priced', source: 'derived', note: `no ${family} CPU-credit price in the snapshot` });
    return [];
  }
  const perVcpu = ctx.usage.num('monthly_cpu_credit_hrs');
  const count = ctx.usage.num('vcpu_count') ?? vcpus;
  const quantity = perVcpu === undefined || count === undefined ? undefined : perVcpu * count;
  return [{ name: 'CPU credits', unit: 'vCPU-hours', quantity, price: { table: 'aws/ec2-cpu-credits', key: [family] }, usageBased: true }];
}
