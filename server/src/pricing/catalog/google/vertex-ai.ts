import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';

/** Short: it is the lens text. Vertex AI node prices are its own, not Compute Engine's, so those cannot stand in. */
const NO_PRICE = 'Vertex AI prediction node prices are not in the offline snapshot';

/**
 * google_vertex_ai_deployment_resource_pool: dedicated prediction nodes, billed per node-hour from the minimum
 * replica count whether or not they serve traffic (autoscaling adds nodes up to max_replica_count). Vertex AI
 * prices nodes by its own machine and accelerator rates, not Compute Engine's, so until the snapshot has them
 * the price is unknown; the nodes and their GPUs are still read so the lens flags the accelerators.
 */
export const vertexDeploymentPool: Family = {
  cloud: 'google',
  terraform: ['google_vertex_ai_deployment_resource_pool'],
  price(r, ctx) {
    const spec = 'dedicated_resources.0.machine_spec.0';
    const machine = r.str(`${spec}.machine_type`);
    const min = r.num('dedicated_resources.0.min_replica_count', 1, 'Vertex AI keeps at least one node') ?? 1;
    const max = r.num('dedicated_resources.0.max_replica_count');
    const gpuType = r.str(`${spec}.accelerator_type`);
    const gpuCount = r.num(`${spec}.accelerator_count`, typeof gpuType === 'string' ? 1 : 0) ?? 0;
    if (typeof max === 'number' && typeof min === 'number' && max > min)
      r.assume({
        label: 'nodes',
        value: `${min} (min_replica_count)`,
        source: 'attribute',
        note: `autoscaling can run up to ${max} nodes; the lens counts the minimum that always runs`,
      });
    const nodeHours = isUnknown(min) ? min : min * ctx.hoursPerMonth;
    const components: ComponentSpec[] = [
      {
        name: `Prediction nodes (${typeof machine === 'string' ? machine : 'machine type not set'})`,
        unit: 'node-hours',
        quantity: nodeHours,
        price: isUnknown(machine) ? machine : new Unknown(NO_PRICE),
      },
    ];
    const gpus = typeof gpuCount === 'number' && typeof min === 'number' ? gpuCount * min : 0;
    if (typeof gpuType === 'string' && gpus > 0)
      components.push({
        name: `Accelerators (${gpuType})`,
        unit: 'GPU-hours',
        quantity: gpus * ctx.hoursPerMonth,
        price: new Unknown(NO_PRICE),
      });
    return {
      components,
      ...(typeof gpuType === 'string' && typeof gpuCount === 'number' && gpuCount > 0
        ? { gpu: { count: gpus, model: gpuType } }
        : {}),
    };
  },
};
