import type { Family } from '../../family';
import { monthly } from './common';

/**
 * aws_cloudwatch_dashboard / AWS::CloudWatch::Dashboard: a fixed monthly charge per dashboard. The free tier (3
 * dashboards per account) is not deducted: it is per account, not per dashboard.
 */
export const cloudwatchDashboard: Family = {
  cloud: 'aws',
  terraform: ['aws_cloudwatch_dashboard'],
  cloudformation: ['AWS::CloudWatch::Dashboard'],
  price() {
    return { components: [monthly('Dashboard', 'months', { table: 'aws/misc-fixed', key: ['dashboard'] })] };
  },
};
