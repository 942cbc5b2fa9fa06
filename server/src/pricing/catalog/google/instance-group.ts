import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { ResourceReader } from '../../resource-reader';
import { referenced } from '../aws/common';
import { accelerators, diskComponent, isSpot, licenseOf, machineComponents } from './common';

/**
 * google_compute_instance_group_manager / google_compute_region_instance_group_manager: target_size
 * instances of the instance template (machine hours, licence, disks, GPUs). The template is read through
 * the reference the format resolved (`meta.references['version.0.instance_template']`); without it the
 * price is unknown. Autoscaled groups (no target_size) use the usage file's `instances`.
 */
export const instanceGroupManager: Family = {
  cloud: 'google',
  terraform: ['google_compute_instance_group_manager', 'google_compute_region_instance_group_manager'],
  price(r, ctx) {
    const size =
      ctx.usage.num('instances') ??
      r.num('target_size') ??
      new Unknown('target_size is not set (autoscaled): give `instances` in the usage file');
    const tmpl = referenced(r, 'version.0.instance_template') ?? referenced(r, 'instance_template');
    if (!tmpl) {
      const why = new Unknown('the instance template could not be resolved, so its machine type is unknown');
      return { components: [{ name: 'Instance usage', unit: 'hours', quantity: why, price: why }] };
    }
    const t = new ResourceReader({ ...r.resource, attributes: tmpl, attributeRanges: {} });
    const machineType = t.str('machine_type') ?? new Unknown('the template has no machine_type');
    const machine = machineComponents(ctx, {
      machineType,
      spot: isSpot(t, 'scheduling.0.'),
      count: size,
      license: licenseOf(t.str('disk.0.source_image')),
      accelerators: accelerators(t, 'guest_accelerator'),
    });
    const components: ComponentSpec[] = [...machine.components];
    t.list('disk').forEach((_, i) => {
      const p = `disk.${i}.`;
      if (t.str(`${p}type`) === 'SCRATCH' || t.str(`${p}disk_type`) === 'local-ssd') {
        components.push(diskComponent('Local SSD', 'local-ssd', 375, 'zonal', size));
        return;
      }
      const type = t.str(`${p}disk_type`, 'pd-standard', 'provider default disk type') ?? 'pd-standard';
      const gb = t.num(`${p}disk_size_gb`, 10, 'size of the common public images') ?? 10;
      components.push(diskComponent(i === 0 ? 'Boot disk' : 'Disk', type, gb, 'zonal', size));
    });
    r.assumptions.push(...t.assumptions.map((a) => ({ ...a, label: `template ${a.label}` })));
    const gpu = machine.gpu && !isUnknown(size) ? machine.gpu : undefined;
    return { components, gpu };
  },
};
