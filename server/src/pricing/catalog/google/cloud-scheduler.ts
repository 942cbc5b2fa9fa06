import type { Family } from '../../family';
import { monthly } from '../aws/common';

/**
 * google_cloud_scheduler_job: each job is billed per month ($0.10 per 31 days, pro rata by day), paused jobs
 * included; executions are not billed. The 3 free jobs per billing account are not taken off (one resource
 * cannot know the account's other jobs).
 */
export const cloudSchedulerJob: Family = {
  cloud: 'google',
  terraform: ['google_cloud_scheduler_job'],
  price(r) {
    if (r.value('paused') === true)
      r.assume({ label: 'paused', value: 'true', source: 'attribute', note: 'a paused job is still billed' });
    return { components: [monthly('Job', 'job-months', { table: 'google/cloud-scheduler', key: ['job'] })] };
  },
};
