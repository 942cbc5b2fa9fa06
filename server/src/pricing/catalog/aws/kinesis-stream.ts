import { Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly, num, str, usage } from './common';

/**
 * aws_kinesis_stream / AWS::Kinesis::Stream. Provisioned streams: shard-hours plus PUT payload units (25 KB
 * chunks) as usage (monthly_provisioned_put_units). On-demand streams: a stream-hour plus data written and read
 * as usage (monthly_on_demand_data_in_gb, monthly_on_demand_data_out_gb). Usage keys are Infracost's.
 * Extended retention and enhanced fan-out are not priced.
 */
export const kinesisStream: Family = {
  cloud: 'aws',
  terraform: ['aws_kinesis_stream'],
  cloudformation: ['AWS::Kinesis::Stream'],
  price(r, ctx) {
    const mode = str(r, 'stream_mode_details.0.stream_mode', 'StreamModeDetails.StreamMode', 'PROVISIONED', 'provider default');
    const price = (m: string, metric: string) => ({ table: 'aws/kinesis', key: [m, metric] });
    if (mode === 'ON_DEMAND') {
      return {
        components: [
          hourly('Stream hours (on-demand)', ctx, price('on-demand', 'hours')),
          usage('Data ingested', 'GB', ctx, 'monthly_on_demand_data_in_gb', price('on-demand', 'data-in')),
          usage('Data retrieved', 'GB', ctx, 'monthly_on_demand_data_out_gb', price('on-demand', 'data-out')),
        ],
      };
    }
    const shards = num(r, 'shard_count', 'ShardCount') ?? new Unknown('shard_count is not set');
    return {
      components: [
        { ...hourly('Shard hours (provisioned)', ctx, price('provisioned', 'hours'), shards), unit: 'shard-hours' },
        usage('PUT payload units', '1M units', ctx, 'monthly_provisioned_put_units', { ...price('provisioned', 'put-units'), factor: 1e6 }, 1e-6),
      ],
    };
  },
};
