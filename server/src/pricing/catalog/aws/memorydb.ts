import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, num, str, usage } from './common';

/**
 * aws_memorydb_cluster / AWS::MemoryDB::Cluster: node hours for shards × (1 primary + replicas) by engine, plus
 * snapshot storage as usage (snapshot_storage_size_gb) and, for Redis OSS, data written (monthly_data_written_gb);
 * usage keys as in Infracost. Valkey data written is free up to 10 TB a month and not priced beyond.
 */
export const memorydbCluster: Family = {
  cloud: 'aws',
  terraform: ['aws_memorydb_cluster'],
  cloudformation: ['AWS::MemoryDB::Cluster'],
  price(r, ctx) {
    const engineRaw = str(r, 'engine', 'Engine', 'redis', 'provider default') ?? 'redis';
    const engine = isUnknown(engineRaw) ? engineRaw : engineRaw.toLowerCase();
    const nodeType = str(r, 'node_type', 'NodeType') ?? new Unknown('node_type is not set');
    const shards = num(r, 'num_shards', 'NumShards', 1, 'MemoryDB default') ?? 1;
    const replicas = num(r, 'num_replicas_per_shard', 'NumReplicasPerShard', 1, 'MemoryDB default') ?? 1;
    const nodes = isUnknown(shards) ? shards : isUnknown(replicas) ? replicas : shards * (1 + replicas);
    const unknown = isUnknown(engine) ? engine : isUnknown(nodeType) ? nodeType : undefined;
    const label = `${isUnknown(engine) ? '?' : engine}, ${isUnknown(nodeType) ? '?' : nodeType}`;
    const table = (item: string) => ({ table: 'aws/memorydb', key: [engine as string, item] });
    const components: ComponentSpec[] = [{ ...hourly(`Nodes (on-demand, ${label})`, ctx, unknown ?? table(nodeType as string), nodes), unit: 'node-hours' }];
    if (engine === 'redis') components.push(usage('Data written', 'GB', ctx, 'monthly_data_written_gb', table('data-written')));
    components.push(usage('Snapshot storage', 'GB-months', ctx, 'snapshot_storage_size_gb', unknown ?? table('backup')));
    return { components };
  },
};
