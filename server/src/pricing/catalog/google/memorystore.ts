import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly } from './common';

/**
 * Memorystore for Valkey (google_memorystore_instance) and Memorystore for Redis Cluster (google_redis_cluster):
 * every node (shard_count × (replica_count + 1)) is billed per hour at the price of its node type. AOF persistence
 * and backup storage are billed too, but the offline data has no exact price for them, so they are listed as
 * unknown when the configuration turns them on.
 */
interface Variant {
  readonly table: string;
  /** The provider's default node type (what Google creates when node_type is unset). */
  readonly defaultNodeType: string;
  readonly label: string;
}

function nodes(r: ResourceReader, ctx: FamilyContext, v: Variant): ComponentSpec[] {
  const nodeType = r.str('node_type', v.defaultNodeType, 'provider default node type') ?? v.defaultNodeType;
  const shards = r.num('shard_count') ?? new Unknown('shard_count is not set');
  const replicas = r.num('replica_count', 0, 'provider default: no replicas') ?? 0;
  const count = isUnknown(shards) ? shards : isUnknown(replicas) ? replicas : shards * (replicas + 1);
  if (!isUnknown(count))
    r.assume({
      label: 'nodes',
      value: String(count),
      source: 'derived',
      note: `shard_count × (replica_count + 1): each shard has a primary and its replicas`,
    });
  const pretty = isUnknown(nodeType) ? '?' : nodeType.replace(/^REDIS_/, '').toLowerCase().replace(/_/g, '-');
  const price = isUnknown(nodeType) ? nodeType : { table: v.table, key: [nodeType.toUpperCase()] };
  const components: ComponentSpec[] = [{ ...hourly(`${v.label} node (${pretty})`, ctx, price, count), unit: 'node-hours' }];
  const aof = r.str('persistence_config.0.mode');
  if (aof === 'AOF')
    components.push({
      name: 'AOF persistence',
      unit: 'GB-hours',
      quantity: undefined,
      price: new Unknown('AOF persistence storage has no exact price in the offline data'),
      usageBased: true,
    });
  if (r.has('automated_backup_config'))
    components.push({
      name: 'Backups',
      unit: 'GB-months',
      quantity: ctx.usage.num('backup_storage_gb'),
      price: new Unknown('backup storage has no exact price in the offline data'),
      usageBased: true,
    });
  return components;
}

const VALKEY: Variant = { table: 'google/memorystore-valkey', defaultNodeType: 'HIGHMEM_MEDIUM', label: 'Valkey' };
const REDIS_CLUSTER: Variant = {
  table: 'google/redis-cluster',
  defaultNodeType: 'REDIS_HIGHMEM_MEDIUM',
  label: 'Redis Cluster',
};

/** google_memorystore_instance (Memorystore for Valkey). */
export const memorystoreInstance: Family = {
  cloud: 'google',
  terraform: ['google_memorystore_instance'],
  price: (r, ctx) => ({ components: nodes(r, ctx, VALKEY) }),
};

/** google_redis_cluster (Memorystore for Redis Cluster). */
export const redisCluster: Family = {
  cloud: 'google',
  terraform: ['google_redis_cluster'],
  price: (r, ctx) => ({ components: nodes(r, ctx, REDIS_CLUSTER) }),
};
