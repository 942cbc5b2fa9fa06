import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly, isCfn, num, str, usage } from './common';

const backup = { table: 'aws/elasticache-backup', key: [] as string[] };

/** aws_elasticache_cluster / AWS::ElastiCache::CacheCluster: nodes × node-hours, backups as usage. */
export const elasticacheCluster: Family = {
  cloud: 'aws',
  terraform: ['aws_elasticache_cluster'],
  cloudformation: ['AWS::ElastiCache::CacheCluster'],
  price(r, ctx) {
    const engine = str(r, 'engine', 'Engine', 'redis', 'the common engine');
    const type = str(r, 'node_type', 'CacheNodeType') ?? new Unknown('node_type is not set');
    const nodes = num(r, 'num_cache_nodes', 'NumCacheNodes', 1, 'one node') ?? 1;
    return nodesAndBackup(ctx, engine ?? 'redis', type, nodes);
  },
};

/**
 * aws_elasticache_replication_group / AWS::ElastiCache::ReplicationGroup: nodes = num_cache_clusters, or
 * shards × (replicas + 1) in cluster mode.
 */
export const elasticacheReplicationGroup: Family = {
  cloud: 'aws',
  terraform: ['aws_elasticache_replication_group'],
  cloudformation: ['AWS::ElastiCache::ReplicationGroup'],
  price(r, ctx) {
    const cfn = isCfn(r);
    const engine = str(r, 'engine', 'Engine', 'redis', 'provider default engine');
    const type = str(r, 'node_type', 'CacheNodeType') ?? new Unknown('node_type is not set');
    let nodes: number | Unknown | undefined = num(r, 'num_cache_clusters', 'NumCacheClusters');
    if (nodes === undefined && r.has(cfn ? 'NumNodeGroups' : 'num_node_groups')) {
      const shards = num(r, 'num_node_groups', 'NumNodeGroups') ?? 1;
      const replicas = num(r, 'replicas_per_node_group', 'ReplicasPerNodeGroup', 0, 'no replicas') ?? 0;
      nodes = isUnknown(shards) ? shards : isUnknown(replicas) ? replicas : shards * (replicas + 1);
    }
    if (nodes === undefined) nodes = num(r, 'num_cache_clusters', 'NumCacheClusters', 1, 'one primary node') ?? 1;
    return nodesAndBackup(ctx, engine ?? 'redis', type, nodes);
  },
};

function nodesAndBackup(ctx: Parameters<Family['price']>[1], engine: string | Unknown, type: string | Unknown, nodes: number | Unknown) {
  const price = isUnknown(engine) ? engine : isUnknown(type) ? type : { table: 'aws/elasticache', key: [engine.toLowerCase(), type] };
  const label = `ElastiCache (on-demand, ${isUnknown(type) ? '?' : type})`;
  return {
    components: [
      { ...hourly(label, ctx, price, nodes), unit: 'node-hours' },
      usage('Backup storage', 'GB-months', ctx, 'snapshot_storage_size_gb', backup),
    ],
  };
}
