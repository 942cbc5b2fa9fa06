import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { ebsComponents } from './ebs';

/**
 * aws_instance / AWS::EC2::Instance: on-demand Linux instance hours plus the root and attached EBS volumes.
 * Root volume defaults follow the provider: the AMI decides, commonly 8 GB gp2 for Amazon Linux.
 */
export const instance: Family = {
  cloud: 'aws',
  terraform: ['aws_instance'],
  price(r, ctx) {
    const type = r.str('instance_type') ?? new Unknown('instance_type is not set');
    const hours = ctx.hoursPerMonth;
    const components: ComponentSpec[] = [
      {
        name: `Instance usage (Linux/UNIX, on-demand, ${isUnknown(type) ? '?' : type})`,
        unit: 'hours',
        quantity: hours,
        price: isUnknown(type) ? type : { table: 'aws/ec2-ondemand', key: [type] },
      },
    ];
    const root = r.list('root_block_device').length > 0 ? 'root_block_device.0' : undefined;
    components.push(
      ...ebsComponents(
        'Root volume',
        r.str(`${root ?? 'root_block_device.0'}.volume_type`, 'gp2', 'the AMI decides; gp2 when it does not say') ?? 'gp2',
        r.num(`${root ?? 'root_block_device.0'}.volume_size`, 8, 'the size of the common Amazon Linux AMIs') ?? 8,
        r.num('root_block_device.0.iops'),
        r.num('root_block_device.0.throughput'),
      ),
    );
    r.list('ebs_block_device').forEach((_, i) => {
      const p = `ebs_block_device.${i}`;
      components.push(
        ...ebsComponents(
          `EBS volume ${r.str(`${p}.device_name`) ?? i}`,
          r.str(`${p}.volume_type`, 'gp2', 'provider default') ?? 'gp2',
          r.num(`${p}.volume_size`) ?? new Unknown(`${p}.volume_size is not set (the snapshot decides)`),
          r.num(`${p}.iops`),
          r.num(`${p}.throughput`),
        ),
      );
    });
    const specs = isUnknown(type) ? undefined : ctx.lookupRow('aws/ec2-specs', type);
    const gpus = specs?.[2];
    return { components, gpu: gpus && gpus > 0 ? { count: gpus } : undefined };
  },
};
