import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { gpuOf, noteParentLocation, vmHours } from './common';

/** The VM size attribute, or why it is missing. */
function sizeOf(v: string | Unknown | undefined): string | Unknown {
  return v ?? new Unknown('the VM size is not set');
}

/**
 * azurerm_machine_learning_compute_instance: a workstation VM billed at its size's Linux pay-as-you-go price for
 * the hours it runs (assumed the whole month; usage: monthly_hrs for a schedule that stops it). Azure Machine
 * Learning adds no charge of its own on top of the VM.
 */
export const mlComputeInstance: Family = {
  cloud: 'azure',
  terraform: ['azurerm_machine_learning_compute_instance'],
  price(r, ctx) {
    noteParentLocation(r, ctx, 'machine_learning_workspace_id');
    const size = sizeOf(r.str('virtual_machine_size'));
    if (ctx.usage.num('monthly_hrs') === undefined)
      r.assume({ label: 'running', value: 'all month', source: 'default', note: 'no stop schedule is read' });
    const gpu = typeof size === 'string' ? gpuOf(size, 1) : undefined;
    return { components: [vmHours(ctx, size, 'Linux', false, 1)], gpu };
  },
};

/**
 * azurerm_machine_learning_compute_cluster: node hours at the VM size's price. The cluster scales between
 * scale_settings min and max; it is priced at min_node_count nodes unless the usage file gives `instances`, and a
 * cluster that scales to zero shows its per-node price. Low-priority nodes are not in the snapshot.
 */
export const mlComputeCluster: Family = {
  cloud: 'azure',
  terraform: ['azurerm_machine_learning_compute_cluster'],
  price(r, ctx) {
    const size = sizeOf(r.str('vm_size'));
    const lowPriority = r.str('vm_priority', 'Dedicated', 'provider default priority') === 'LowPriority';
    const nodes = ctx.usage.num('instances') ?? r.num('scale_settings.0.min_node_count', 0, 'provider default') ?? 0;
    const spec: ComponentSpec = vmHours(ctx, size, 'Linux', false, typeof nodes === 'number' ? nodes : 0);
    const component: ComponentSpec = {
      ...spec,
      name: spec.name.replace('Instance usage', 'Node usage'),
      price: lowPriority ? new Unknown('low-priority node prices are not in the offline snapshot') : spec.price,
      ...(nodes === 0 ? { quantity: undefined, usageBased: true, unit: 'node-hours' } : {}),
    };
    const gpu = typeof size === 'string' && typeof nodes === 'number' && nodes > 0 ? gpuOf(size, nodes) : undefined;
    return { components: [component], gpu };
  },
};
