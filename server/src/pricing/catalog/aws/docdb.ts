import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, str, usage } from './common';

/**
 * aws_docdb_cluster_instance / AWS::DocDB::DBInstance: instance hours by class, plus the cluster's storage and I/O
 * as usage on the instance (data_storage_gb, monthly_io_request, as in Infracost) and, for burstable db.t*
 * classes, CPU credits (monthly_cpu_credit_hrs, vCPU-hours).
 */
export const docdbClusterInstance: Family = {
  cloud: 'aws',
  terraform: ['aws_docdb_cluster_instance'],
  cloudformation: ['AWS::DocDB::DBInstance'],
  price(r, ctx) {
    const cls = str(r, 'instance_class', 'DBInstanceClass') ?? new Unknown('instance_class is not set');
    const table = (item: string) => ({ table: 'aws/docdb', key: [item] });
    const components: ComponentSpec[] = [
      hourly(`Database instance (on-demand, ${isUnknown(cls) ? '?' : cls})`, ctx, isUnknown(cls) ? cls : table(cls)),
      usage('Storage', 'GB-months', ctx, 'data_storage_gb', table('storage')),
      usage('I/O requests', '1M requests', ctx, 'monthly_io_request', table('io'), 1e-6),
    ];
    if (!isUnknown(cls) && cls.startsWith('db.t')) components.push(usage('CPU credits', 'vCPU-hours', ctx, 'monthly_cpu_credit_hrs', table('cpu-credits')));
    return { components };
  },
};
