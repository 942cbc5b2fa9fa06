import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, PriceQuery } from '../../family';
import { attr, hourly, num, str, usage } from './common';

/** Engines in the price data; Terraform/CloudFormation names map onto them. Oracle and SQL Server are absent. */
const ENGINES: Record<string, string> = {
  mysql: 'mysql',
  postgres: 'postgres',
  mariadb: 'mariadb',
  aurora: 'aurora-mysql',
  'aurora-mysql': 'aurora-mysql',
  'aurora-postgresql': 'aurora-postgresql',
};

export function rdsEngine(raw: string | Unknown | undefined): string | Unknown {
  if (raw === undefined) return new Unknown('engine is not set');
  if (isUnknown(raw)) return raw;
  return ENGINES[raw.toLowerCase()] ?? new Unknown(`${raw} prices are not in the price snapshot (license models vary)`);
}

export function instanceHours(engine: string | Unknown, deployment: string, cls: string | Unknown): PriceQuery | Unknown {
  if (isUnknown(engine)) return engine;
  if (isUnknown(cls)) return cls;
  return { table: 'aws/rds', key: [engine, deployment, cls] };
}

/**
 * aws_db_instance / AWS::RDS::DBInstance: instance hours by engine, class and Single-/Multi-AZ, plus
 * storage (gp2, gp3 with IOPS above the baseline, io1 with provisioned IOPS, magnetic) and backup storage
 * beyond the free allowance as usage (additional_backup_storage_gb). Aurora instances bill storage on the cluster.
 */
export const dbInstance: Family = {
  cloud: 'aws',
  terraform: ['aws_db_instance'],
  cloudformation: ['AWS::RDS::DBInstance'],
  price(r, ctx) {
    const engine = rdsEngine(str(r, 'engine', 'Engine'));
    const cls = str(r, 'instance_class', 'DBInstanceClass') ?? new Unknown('instance_class is not set');
    const multiAz = r.bool(attr(r, 'multi_az', 'MultiAZ'), false, 'Single-AZ unless multi_az is set') === true;
    const deployment = multiAz ? 'multi-az' : 'single-az';
    const label = `Database instance (on-demand, ${multiAz ? 'Multi-AZ' : 'Single-AZ'}, ${isUnknown(cls) ? '?' : cls})`;
    const components: ComponentSpec[] = [hourly(label, ctx, instanceHours(engine, deployment, cls))];
    if (typeof engine === 'string' && engine.startsWith('aurora')) return { components };

    const iops = num(r, 'iops', 'Iops');
    const type = str(r, 'storage_type', 'StorageType', iops === undefined ? 'gp2' : 'io1', 'provider default (io1 when iops is set)') ?? 'gp2';
    const size = num(r, 'allocated_storage', 'AllocatedStorage') ?? new Unknown('allocated_storage is not set');
    if (isUnknown(type)) return { components: [...components, { name: 'Storage', unit: 'GB-months', quantity: size, price: type }] };
    const store = (metric: string): PriceQuery => ({ table: 'aws/rds-storage', key: [deployment, type, metric] });
    components.push({ name: `Storage (${type})`, unit: 'GB-months', quantity: size, price: store('storage') });
    if (type === 'io1' || type === 'io2') components.push({ name: 'Provisioned IOPS', unit: 'IOPS-months', quantity: iops ?? 0, price: store('iops') });
    if (type === 'gp3' && iops !== undefined) {
      // gp3 includes 3,000 IOPS below 400 GB and 12,000 from 400 GB (MySQL, PostgreSQL, MariaDB).
      const baseline = typeof size === 'number' && size >= 400 ? 12000 : 3000;
      const extra = isUnknown(iops) ? iops : Math.max(0, iops - baseline);
      components.push({ name: `Provisioned GP3 IOPS (above ${baseline.toLocaleString('en-US')})`, unit: 'IOPS-months', quantity: extra, price: store('iops') });
    }
    if (type === 'standard') components.push(usage('I/O requests', '1M requests', ctx, 'monthly_standard_io_requests', store('io-requests'), 1e-6));
    components.push(usage('Additional backup storage', 'GB-months', ctx, 'additional_backup_storage_gb', { table: 'aws/rds-storage', key: ['any', 'backup', 'storage'] }));
    return { components };
  },
};
