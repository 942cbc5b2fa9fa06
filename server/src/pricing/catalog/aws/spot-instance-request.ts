import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { accelerators, hourly, str } from './common';
import { blockDeviceComponents } from './ebs';

/**
 * aws_spot_instance_request: spot instance hours have no price offline (spot prices change hourly and are not in
 * the snapshot), so the instance line says so; the root and attached EBS volumes are priced as for aws_instance.
 */
export const spotInstanceRequest: Family = {
  cloud: 'aws',
  terraform: ['aws_spot_instance_request'],
  price(r, ctx) {
    const type = str(r, 'instance_type', 'InstanceType') ?? new Unknown('instance_type is not set (a launch template decides)');
    const price = isUnknown(type) ? type : new Unknown('spot prices are not in the offline snapshot');
    return {
      components: [hourly(`Instance usage (Linux/UNIX, spot, ${isUnknown(type) ? '?' : type})`, ctx, price), ...blockDeviceComponents(r)],
      gpu: isUnknown(type) ? undefined : accelerators(r, ctx, type, 1),
    };
  },
};
