import { isUnknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, num, str, usage } from './common';

const q = (metric: string) => ({ table: 'aws/dynamodb', key: [metric] });

/**
 * aws_dynamodb_table / AWS::DynamoDB::Table: provisioned capacity (WCU/RCU per hour) or on-demand request
 * units (usage: monthly_write_request_units, monthly_read_request_units), plus storage, backups, restores
 * and stream reads as usage, with Infracost's key names. Global-table replicas are not priced yet.
 */
export const dynamodbTable: Family = {
  cloud: 'aws',
  terraform: ['aws_dynamodb_table'],
  cloudformation: ['AWS::DynamoDB::Table'],
  price(r, ctx) {
    const mode = str(r, 'billing_mode', 'BillingMode', 'PROVISIONED', 'provider default billing mode');
    const components: ComponentSpec[] = [];
    if (mode === 'PAY_PER_REQUEST') {
      components.push(usage('Write request units', '1M WRUs', ctx, 'monthly_write_request_units', q('write-requests'), 1e-6));
      components.push(usage('Read request units', '1M RRUs', ctx, 'monthly_read_request_units', q('read-requests'), 1e-6));
    } else {
      const wcu = num(r, 'write_capacity', 'ProvisionedThroughput.WriteCapacityUnits', 0, 'no write capacity set') ?? 0;
      const rcu = num(r, 'read_capacity', 'ProvisionedThroughput.ReadCapacityUnits', 0, 'no read capacity set') ?? 0;
      components.push({ ...hourly('Write capacity units', ctx, q('wcu'), wcu), unit: 'WCU-hours' });
      components.push({ ...hourly('Read capacity units', ctx, q('rcu'), rcu), unit: 'RCU-hours' });
      if (isUnknown(wcu) || isUnknown(rcu)) r.assume({ label: 'capacity', value: 'unknown', source: 'derived' });
    }
    components.push(
      usage('Data storage', 'GB-months', ctx, 'storage_gb', q('storage')),
      usage('Point-in-time recovery backup storage', 'GB-months', ctx, 'pitr_backup_storage_gb', q('pitr')),
      usage('On-demand backup storage', 'GB-months', ctx, 'on_demand_backup_storage_gb', q('backup')),
      usage('Table data restored', 'GB', ctx, 'monthly_data_restored_gb', q('restore')),
      usage('Streams read request units', '1M sRRUs', ctx, 'monthly_streams_read_request_units', q('stream-reads'), 1e-6),
    );
    return { components };
  },
};
