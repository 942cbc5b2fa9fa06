import type { Family } from '../../family';
import { hourly } from './common';

/**
 * aws_globalaccelerator_accelerator / AWS::GlobalAccelerator::Accelerator: the fixed hourly fee per accelerator.
 * The premium data-transfer charge depends on traffic between AWS regions and is not priced.
 */
export const globalAccelerator: Family = {
  cloud: 'aws',
  terraform: ['aws_globalaccelerator_accelerator'],
  cloudformation: ['AWS::GlobalAccelerator::Accelerator'],
  price(_r, ctx) {
    return { components: [hourly('Global Accelerator fixed fee', ctx, { table: 'aws/misc-fixed', key: ['accelerator'] })] };
  },
};
