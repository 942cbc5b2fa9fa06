import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, FamilyOutput } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { accelerators, diskComponent, hourly, isSpot, machineComponents } from './common';

/** GKE creates a regional cluster's (or pool's) nodes in three zones of the region unless node_locations says. */
const ZONES_PER_REGION = 3;

/** Zones the nodes run in: node_locations when set; a zone location is one zone, a region three. */
function zoneCount(r: ResourceReader, zonal: boolean): number {
  const listed = r.list('node_locations').filter((z) => typeof z === 'string').length;
  // For a zonal cluster, node_locations names the extra zones (the provider asks to omit the cluster's own).
  if (listed > 0) return zonal ? listed + 1 : listed;
  return zonal ? 1 : ZONES_PER_REGION;
}

function isZone(location: string): boolean {
  return /-[a-z]$/.test(location);
}

/** Nodes × (machine hours + boot disk + local SSDs + GPUs) for a node_config at `prefix`. */
export function nodePoolComponents(
  r: ResourceReader,
  ctx: FamilyContext,
  prefix: string,
  nodes: number | Unknown,
): { components: ComponentSpec[]; gpu?: FamilyOutput['gpu'] } {
  const machineType = r.str(`${prefix}machine_type`, 'e2-medium', 'GKE default machine type') ?? 'e2-medium';
  const machine = machineComponents(ctx, {
    machineType,
    spot: isSpot(r, prefix),
    count: nodes,
    accelerators: accelerators(r, `${prefix}guest_accelerator`),
  });
  const diskType = r.str(`${prefix}disk_type`, 'pd-balanced', 'GKE default node disk type') ?? 'pd-balanced';
  const diskGb = r.num(`${prefix}disk_size_gb`, 100, 'GKE default node disk size') ?? 100;
  const components = [...machine.components, diskComponent('Node boot disk', diskType, diskGb, 'zonal', nodes)];
  const ssds = r.num(`${prefix}local_ssd_count`);
  if (typeof ssds === 'number' && ssds > 0)
    components.push(diskComponent('Local SSD', 'local-ssd', 375 * ssds, 'zonal', nodes));
  return { components, gpu: machine.gpu };
}

/**
 * google_container_cluster: the cluster management fee, and either Autopilot pod resources (usage:
 * autopilot_vcpu_count, autopilot_memory_gb, as in Infracost) or the default node pool unless it is removed.
 */
export const containerCluster: Family = {
  cloud: 'google',
  terraform: ['google_container_cluster'],
  price(r, ctx) {
    const components: ComponentSpec[] = [
      hourly('Cluster management fee', ctx, { table: 'google/gke', key: ['cluster-fee'] }),
    ];
    if (r.bool('enable_autopilot') === true) {
      const vcpu = ctx.usage.num('autopilot_vcpu_count');
      const mem = ctx.usage.num('autopilot_memory_gb');
      const h = ctx.hoursPerMonth;
      components.push(
        {
          name: 'Autopilot vCPU',
          unit: 'vCPU-hours',
          quantity: vcpu === undefined ? undefined : vcpu * h,
          price: { table: 'kubernetes/gke-autopilot', key: ['vcpu'] },
          usageBased: true,
        },
        {
          name: 'Autopilot memory',
          unit: 'GiB-hours',
          quantity: mem === undefined ? undefined : mem * h,
          price: { table: 'kubernetes/gke-autopilot', key: ['memory'] },
          usageBased: true,
        },
      );
      return { components };
    }
    if (r.bool('remove_default_node_pool') === true) return { components };
    const location = r.str('location');
    const zonal = typeof location === 'string' && isZone(location);
    const perZone = ctx.usage.num('nodes') ?? r.num('initial_node_count', 3, 'GKE default node count per zone') ?? 3;
    const nodes = isUnknown(perZone) ? perZone : perZone * zoneCount(r, zonal);
    r.assume({
      label: 'nodes',
      value: String(isUnknown(nodes) ? '?' : nodes),
      source: 'derived',
      note: 'per-zone count × zones',
    });
    const pool = nodePoolComponents(r, ctx, 'node_config.0.', nodes);
    return { components: [...components, ...pool.components], gpu: pool.gpu };
  },
};

/** google_container_node_pool: nodes per zone × zones, each a Compute Engine instance with its boot disk. */
export const containerNodePool: Family = {
  cloud: 'google',
  terraform: ['google_container_node_pool'],
  price(r, ctx) {
    const location = r.str('location');
    if (location === undefined)
      r.assume({
        label: 'zones',
        value: '1',
        source: 'default',
        note: 'no location on the pool: assumed a zonal cluster',
      });
    const zonal = typeof location !== 'string' || isZone(location);
    const perZone =
      ctx.usage.num('nodes') ??
      r.num('node_count') ??
      r.num('initial_node_count') ??
      r.num('autoscaling.0.min_node_count') ??
      r.num('node_count', 1, 'no node count set');
    const nodes =
      perZone === undefined
        ? new Unknown('node count unknown')
        : isUnknown(perZone)
          ? perZone
          : perZone * zoneCount(r, zonal);
    return nodePoolComponents(r, ctx, 'node_config.0.', nodes);
  },
};
