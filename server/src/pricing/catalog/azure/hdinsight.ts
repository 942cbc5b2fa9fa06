import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly } from './common';

/** Kafka worker disks by cluster tier (Infracost's mapping: Standard HDD S30, Premium SSD P30, 1 TiB each). */
const KAFKA_DISKS: Readonly<Record<string, string>> = { Standard: 'S30', Premium: 'P30' };

/** Node-hours of one role: `count` nodes of the role's vm_size, priced at the HDInsight meter for that size. */
function role(
  r: ResourceReader,
  ctx: FamilyContext,
  label: string,
  path: string,
  count: number | Unknown,
): ComponentSpec {
  const size = r.str(`roles.0.${path}.0.vm_size`) ?? new Unknown(`${path}.vm_size is not set`);
  const price: PriceQuery | Unknown = isUnknown(size)
    ? size
    : { table: 'azure/hdinsight', key: [`node-${size.toLowerCase()}`] };
  return hourly(`${label} nodes (${isUnknown(size) ? '?' : size})`, ctx, price, count);
}

/**
 * azurerm_hdinsight_{hadoop,spark,hbase,interactive_query,kafka}_cluster: 2 head nodes, worker_node
 * target_instance_count workers, 3 ZooKeeper nodes and (Hadoop) the edge nodes, each at the HDInsight price of its VM
 * size (VM and HDInsight charge together). Kafka adds its workers' managed disks (number_of_disks_per_node each).
 */
export const hdinsightCluster: Family = {
  cloud: 'azure',
  terraform: [
    'azurerm_hdinsight_hadoop_cluster',
    'azurerm_hdinsight_spark_cluster',
    'azurerm_hdinsight_hbase_cluster',
    'azurerm_hdinsight_interactive_query_cluster',
    'azurerm_hdinsight_kafka_cluster',
  ],
  price(r, ctx) {
    const workers = r.num('roles.0.worker_node.0.target_instance_count') ?? new Unknown('worker target_instance_count');
    const components = [
      role(r, ctx, 'Head', 'head_node', 2),
      role(r, ctx, 'Worker', 'worker_node', workers),
      role(r, ctx, 'ZooKeeper', 'zookeeper_node', 3),
    ];
    if (r.has('roles.0.edge_node.0.vm_size')) {
      const edges = r.num('roles.0.edge_node.0.target_instance_count', 1, 'one edge node') ?? 1;
      components.push(role(r, ctx, 'Edge', 'edge_node', edges));
    }
    if (r.type === 'azurerm_hdinsight_kafka_cluster') {
      const tier = r.str('tier', 'Standard', 'provider default tier');
      const disk = typeof tier === 'string' ? KAFKA_DISKS[tier] : undefined;
      const perNode =
        r.num('roles.0.worker_node.0.number_of_disks_per_node') ?? new Unknown('number_of_disks_per_node is not set');
      const quantity = isUnknown(workers) ? workers : isUnknown(perNode) ? perNode : workers * perNode;
      const price = disk
        ? { table: 'azure/hdinsight', key: [`kafka-disk-${disk}`] }
        : new Unknown(`tier ${String(tier)} (Standard, Premium)`);
      const note = 'disk operations are not shown';
      r.assume({ label: 'Kafka worker disks', value: disk ?? '?', source: 'derived', note });
      components.push({ name: `Worker managed disks (${disk ?? '?'})`, unit: 'months', quantity, price });
    }
    return { components };
  },
};
