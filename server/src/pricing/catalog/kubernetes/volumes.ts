import type { Cloud } from '../../../model/resource';
import { isList, isObject, isUnknown, Unknown } from '../../../model/value';
import { K8S_META } from '../../../formats/kubernetes/meta';
import type { ComponentSpec, Family } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { diskTypeOk, diskPrice } from './tables';

/**
 * PersistentVolumeClaim, and a StatefulSet's volumeClaimTemplates × replicas: GB-months of the disk type the
 * storage class provisions (the format resolves class → disk type and says why in `diskNote`).
 */
export function volumeComponents(r: ResourceReader): ComponentSpec[] {
  const cloud = (r.resource.cloud ?? 'aws') as Cloud;
  const vols = r.meta(K8S_META.volumes);
  if (!isList(vols)) return [];
  const out: ComponentSpec[] = [];
  for (const v of vols) {
    if (!isObject(v)) continue;
    const size = v.storageGiB;
    const count = typeof v.count === 'number' ? v.count : 1;
    const diskType = typeof v.diskType === 'string' ? v.diskType : '';
    r.assume({ label: `volume ${String(v.name)}`, value: diskType, source: 'derived', note: typeof v.diskNote === 'string' ? v.diskNote : undefined });
    const quantity = isUnknown(size) ? size : typeof size === 'number' ? size * count : new Unknown('volume size is not a quantity');
    out.push({
      name: `Volume ${String(v.name)} (${diskType}${count !== 1 ? `, × ${count} replicas` : ''})`,
      unit: 'GB-months',
      quantity,
      price: diskTypeOk(cloud, diskType) ? diskPrice(cloud, diskType) : new Unknown(`disk type ${diskType} is not priced`),
    });
  }
  return out;
}

export const persistentVolumeClaim: Family = {
  cloud: 'kubernetes',
  kubernetes: ['PersistentVolumeClaim'],
  price(r) {
    return { components: volumeComponents(r) };
  },
};
