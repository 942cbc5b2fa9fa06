import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { accelerators, diskComponent, isSpot, licenseOf, machineComponents } from './common';

/** Boot disk size without `size`: the public images' own size (Linux images 10 GB, Windows Server 50 GB). */
const LINUX_IMAGE_GB = 10;
const WINDOWS_IMAGE_GB = 50;

/** Local SSD partitions are fixed-size: 375 GB each (scratch_disk has no size to read). */
const LOCAL_SSD_GB = 375;

/**
 * google_compute_instance: machine hours (on-demand, or spot when scheduling asks for SPOT/preemptible),
 * a premium OS licence when the boot image needs one, the boot disk, local SSD scratch disks and attached
 * GPUs. Disks attached with `attached_disk` are google_compute_disk resources, priced there.
 */
export const computeInstance: Family = {
  cloud: 'google',
  terraform: ['google_compute_instance'],
  price(r, ctx) {
    const machineType = r.str('machine_type') ?? new Unknown('machine_type is not set');
    const spot = isSpot(r, 'scheduling.0.');
    const image = r.str('boot_disk.0.initialize_params.0.image');
    const machine = machineComponents(ctx, {
      machineType,
      spot,
      count: 1,
      license: licenseOf(image),
      accelerators: accelerators(r, 'guest_accelerator'),
    });
    const components: ComponentSpec[] = [...machine.components];
    if (!r.has('boot_disk.0.source')) {
      const type =
        r.str('boot_disk.0.initialize_params.0.type', 'pd-standard', 'Compute Engine default boot disk type') ??
        'pd-standard';
      const imageGb = licenseOf(image) === 'windows' ? WINDOWS_IMAGE_GB : LINUX_IMAGE_GB;
      const size = r.num('boot_disk.0.initialize_params.0.size', imageGb, 'size of the public image') ?? imageGb;
      components.push(diskComponent('Boot disk', type, size, 'zonal'));
    }
    const scratch = r.list('scratch_disk').length;
    if (scratch > 0) components.push(diskComponent('Local SSD', 'local-ssd', LOCAL_SSD_GB, 'zonal', scratch));
    return { components, gpu: machine.gpu };
  },
};
