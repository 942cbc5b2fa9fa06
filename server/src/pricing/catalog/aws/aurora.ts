import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, str, usage } from './common';
import { instanceHours, rdsEngine } from './rds';

/**
 * aws_rds_cluster_instance: an Aurora instance, provisioned (instance hours) or Serverless v2
 * (db.serverless: ACU-hours as usage, capacity_units_per_hr, as in Infracost).
 */
export const rdsClusterInstance: Family = {
  cloud: 'aws',
  terraform: ['aws_rds_cluster_instance'],
  price(r, ctx) {
    const engine = rdsEngine(str(r, 'engine', 'Engine', 'aurora-mysql', 'provider default (aurora is Aurora MySQL)'));
    const cls = str(r, 'instance_class', 'DBInstanceClass') ?? new Unknown('instance_class is not set');
    if (cls === 'db.serverless') {
      const acus = ctx.usage.num('capacity_units_per_hr');
      const quantity = acus === undefined ? undefined : acus * ctx.hoursPerMonth;
      return { components: [{ name: 'Aurora Serverless v2', unit: 'ACU-hours', quantity, price: { table: 'aws/aurora', key: ['acu'] }, usageBased: true }] };
    }
    const label = `Database instance (on-demand, ${isUnknown(cls) ? '?' : cls})`;
    return { components: [hourly(label, ctx, instanceHours(engine, 'single-az', cls))] };
  },
};

/**
 * aws_rds_cluster / AWS::RDS::DBCluster: Aurora cluster storage and I/O as usage (storage_gb,
 * write_requests_per_sec, read_requests_per_sec) and backup snapshots (backup_snapshot_size_gb).
 * I/O-Optimized clusters (storage_type aurora-iopt1) pay more for storage and nothing per I/O.
 */
export const rdsCluster: Family = {
  cloud: 'aws',
  terraform: ['aws_rds_cluster'],
  cloudformation: ['AWS::RDS::DBCluster'],
  price(r, ctx) {
    const storageType = str(r, 'storage_type', 'StorageType', 'aurora', 'Aurora Standard storage');
    const ioOptimized = storageType === 'aurora-iopt1';
    const q = (metric: string) => ({ table: 'aws/aurora', key: [metric] });
    const components: ComponentSpec[] = [usage(`Storage${ioOptimized ? ' (I/O-Optimized)' : ''}`, 'GB-months', ctx, 'storage_gb', q(ioOptimized ? 'storage-io-optimized' : 'storage'))];
    if (!ioOptimized) {
      const w = ctx.usage.num('write_requests_per_sec');
      const rd = ctx.usage.num('read_requests_per_sec');
      const perMonth = w === undefined && rd === undefined ? undefined : (((w ?? 0) + (rd ?? 0)) * ctx.hoursPerMonth * 3600) / 1e6;
      components.push({ name: 'I/O requests', unit: '1M requests', quantity: perMonth, price: q('io-requests'), usageBased: true });
    }
    components.push(usage('Backup storage', 'GB-months', ctx, 'backup_snapshot_size_gb', q('backup')));
    return { components };
  },
};
