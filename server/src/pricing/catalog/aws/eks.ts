import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { accelerators, hourly, isCfn, num, referenced, str } from './common';
import { ebsComponents } from './ebs';

/**
 * Kubernetes minor versions known to be past standard support, from the newest source we price against
 * (Infracost's eks_cluster test prices 1.23 … 1.29 as extended support). Newer versions are assumed to be
 * in standard support and the hover says so.
 */
const LAST_EXTENDED_MINOR = 29;

/** aws_eks_cluster / AWS::EKS::Cluster: the control plane, standard or extended version support. */
export const eksCluster: Family = {
  cloud: 'aws',
  terraform: ['aws_eks_cluster'],
  cloudformation: ['AWS::EKS::Cluster'],
  price(r, ctx) {
    const version = str(r, 'version', 'Version');
    const supportType = str(r, 'upgrade_policy.0.support_type', 'UpgradePolicy.SupportType');
    const minor = typeof version === 'string' ? Number(version.split('.')[1]) : NaN;
    let extended = !Number.isNaN(minor) && minor <= LAST_EXTENDED_MINOR && supportType !== 'STANDARD';
    if (version === undefined) {
      r.assume({ label: 'version', value: 'latest', source: 'default', note: 'EKS creates the newest version: standard support' });
      extended = false;
    }
    const support = extended ? 'extended' : 'standard';
    return { components: [hourly(`EKS cluster (${support} support)`, ctx, { table: 'aws/eks', key: [support] })] };
  },
};

/**
 * aws_eks_node_group / AWS::EKS::Nodegroup: desired nodes × (on-demand instance hours + disk). With a
 * launch template, the instance type and disk come from it when the format resolved the reference.
 */
export const eksNodeGroup: Family = {
  cloud: 'aws',
  terraform: ['aws_eks_node_group'],
  cloudformation: ['AWS::EKS::Nodegroup'],
  price(r, ctx) {
    const cfn = isCfn(r);
    const nodes = ctx.usage.num('instances') ?? num(r, 'scaling_config.0.desired_size', 'ScalingConfig.DesiredSize', 1, 'EKS default desired size');
    const count = nodes ?? 1;
    const lt = referenced(r, cfn ? 'LaunchTemplate' : 'launch_template.0.id') ?? referenced(r, 'launch_template.0.name');
    const ltType = lt && typeof lt.instance_type === 'string' ? lt.instance_type : undefined;
    const type = str(r, 'instance_types.0', 'InstanceTypes.0') ?? ltType ?? (r.has(cfn ? 'LaunchTemplate' : 'launch_template')
      ? new Unknown('instance type comes from a launch template that could not be resolved')
      : str(r, 'instance_types.0', 'InstanceTypes.0', 't3.medium', 'EKS default instance type'));
    const capacity = str(r, 'capacity_type', 'CapacityType', 'ON_DEMAND', 'EKS default capacity type');
    const it = type ?? 't3.medium';
    const price = isUnknown(it)
      ? it
      : capacity === 'SPOT'
        ? new Unknown('spot prices are not in the price snapshot')
        : { table: 'aws/ec2-ondemand', key: [it] };
    const components: ComponentSpec[] = [hourly(`Instance usage (Linux/UNIX, on-demand, ${isUnknown(it) ? '?' : it})`, ctx, price, count)];
    if (!lt && !r.has(cfn ? 'LaunchTemplate' : 'launch_template')) {
      const disk = num(r, 'disk_size', 'DiskSize', 20, 'EKS default disk size') ?? 20;
      components.push(...ebsComponents('Node disk', 'gp2', disk, undefined, undefined, isUnknown(count) ? 1 : count));
    }
    return { components, gpu: isUnknown(it) ? undefined : accelerators(r, ctx, it, isUnknown(count) ? 1 : count) };
  },
};
