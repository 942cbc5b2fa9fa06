import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, num, str, usage } from './common';

/**
 * aws_redshift_cluster / AWS::Redshift::Cluster (provisioned): node hours × nodes, plus RA3 managed storage as usage
 * (managed_storage_gb, as in Infracost). Concurrency scaling, Spectrum and backups beyond the free snapshot are not
 * priced. Redshift Serverless is a different resource.
 */
export const redshiftCluster: Family = {
  cloud: 'aws',
  terraform: ['aws_redshift_cluster'],
  cloudformation: ['AWS::Redshift::Cluster'],
  price(r, ctx) {
    const nodeType = str(r, 'node_type', 'NodeType') ?? new Unknown('node_type is not set');
    const nodes = num(r, 'number_of_nodes', 'NumberOfNodes', 1, 'one node (single-node cluster)') ?? 1;
    const label = isUnknown(nodeType) ? '?' : nodeType;
    const components: ComponentSpec[] = [
      { ...hourly(`Cluster nodes (on-demand, ${label})`, ctx, isUnknown(nodeType) ? nodeType : { table: 'aws/redshift', key: [nodeType] }, nodes), unit: 'node-hours' },
    ];
    if (!isUnknown(nodeType) && nodeType.startsWith('ra3.')) {
      components.push(usage('Managed storage', 'GB-months', ctx, 'managed_storage_gb', { table: 'aws/redshift', key: ['managed-storage'] }));
    }
    return { components };
  },
};
