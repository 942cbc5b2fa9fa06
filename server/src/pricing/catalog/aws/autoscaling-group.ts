import { isObject, isUnknown, Unknown, type Value, type ValueObject } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { accelerators, hourly, isCfn, num, pick, referenced } from './common';
import { ebsComponents } from './ebs';

/**
 * aws_autoscaling_group / AWS::AutoScaling::AutoScalingGroup: desired capacity × on-demand instance hours
 * plus the EBS volumes of the launch template (or launch configuration) it references. With a mixed
 * instances policy, the first override's instance type is priced and the hover says so.
 */
export const autoscalingGroup: Family = {
  cloud: 'aws',
  terraform: ['aws_autoscaling_group'],
  cloudformation: ['AWS::AutoScaling::AutoScalingGroup'],
  price(r, ctx) {
    const cfn = isCfn(r);
    const min = num(r, 'min_size', 'MinSize');
    const desired = ctx.usage.num('instances') ?? num(r, 'desired_capacity', 'DesiredCapacity', typeof min === 'number' ? min : 1, 'the group starts at min_size');
    const count = desired ?? 1;
    const template = launchTemplate(r);
    const override = r.str(cfn ? 'MixedInstancesPolicy.LaunchTemplate.Overrides.0.InstanceType' : 'mixed_instances_policy.0.launch_template.0.override.0.instance_type');
    const fromTemplate = template ? pick(template, cfn ? 'LaunchTemplateData.InstanceType' : 'instance_type') : undefined;
    const type: string | Unknown =
      override ?? (typeof fromTemplate === 'string' ? fromTemplate : new Unknown('the instance type comes from a launch template that could not be resolved'));
    if (typeof type === 'string' && !override) r.assume({ label: 'instance type', value: type, source: 'derived', note: 'from the launch template' });
    const price = isUnknown(type) ? type : { table: 'aws/ec2-ondemand', key: [type] };
    const components: ComponentSpec[] = [hourly(`Instance usage (Linux/UNIX, on-demand, ${isUnknown(type) ? '?' : type})`, ctx, price, count)];
    const n = isUnknown(count) ? 1 : count;
    for (const [i, ebs] of templateVolumes(template, cfn).entries()) {
      const size = Number(pick(ebs, cfn ? 'VolumeSize' : 'volume_size'));
      const vType = pick(ebs, cfn ? 'VolumeType' : 'volume_type');
      components.push(...ebsComponents(`Volume ${i}`, typeof vType === 'string' ? vType : 'gp2', Number.isNaN(size) ? new Unknown('volume size unset') : size, undefined, undefined, n));
    }
    return { components, gpu: isUnknown(type) ? undefined : accelerators(r, ctx, type, n) };
  },
};

/** The referenced launch template or launch configuration, as the format resolved it. */
function launchTemplate(r: Parameters<Family['price']>[0]): ValueObject | undefined {
  if (isCfn(r)) return referenced(r, 'LaunchTemplate.LaunchTemplateId') ?? referenced(r, 'MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification.LaunchTemplateId');
  return (
    referenced(r, 'launch_template.0.id') ??
    referenced(r, 'launch_template.0.name') ??
    referenced(r, 'mixed_instances_policy.0.launch_template.0.launch_template_specification.0.launch_template_id') ??
    referenced(r, 'launch_configuration')
  );
}

/** EBS settings of each block device mapping of a launch template / configuration. */
function templateVolumes(template: ValueObject | undefined, cfn: boolean): ValueObject[] {
  if (!template) return [];
  const lists: Value[] = cfn
    ? [pick(template, 'LaunchTemplateData.BlockDeviceMappings') ?? null]
    : [template.block_device_mappings ?? null, template.root_block_device ?? null, template.ebs_block_device ?? null];
  const out: ValueObject[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const m of list as Value[]) {
      if (!isObject(m)) continue;
      const ebs = cfn ? m.Ebs : Array.isArray(m.ebs) ? m.ebs[0] : m.ebs ?? m;
      if (isObject(ebs)) out.push(ebs);
    }
  }
  return out;
}
