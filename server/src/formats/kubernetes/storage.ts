import type { Cloud } from '../../model/resource';
import { get, str, type YNode } from '../yaml';

/**
 * Storage class → the cloud disk type a PersistentVolumeClaim provisions. The defaults are the classes the
 * managed services install: EKS 'gp2', GKE 'standard-rwo' (pd-balanced), AKS 'default' (StandardSSD_LRS).
 */
const KNOWN: Readonly<Record<Cloud, Readonly<Record<string, string>>>> = {
  aws: { gp2: 'gp2', gp3: 'gp3', io1: 'io1', io2: 'io2', st1: 'st1', sc1: 'sc1', 'ebs-sc': 'gp3' },
  google: { 'standard-rwo': 'pd-balanced', standard: 'pd-standard', 'premium-rwo': 'pd-ssd', 'balanced-rwo': 'pd-balanced' },
  azure: {
    default: 'StandardSSD_LRS',
    'managed-csi': 'StandardSSD_LRS',
    managed: 'StandardSSD_LRS',
    'managed-premium': 'Premium_LRS',
    'managed-csi-premium': 'Premium_LRS',
  },
};
const DEFAULT_DISK: Readonly<Record<Cloud, string>> = { aws: 'gp2', google: 'pd-balanced', azure: 'StandardSSD_LRS' };

export interface DiskChoice {
  readonly diskType: string;
  readonly note: string;
}

/** StorageClass objects in the same file: name → the disk type their parameters ask for. */
export function storageClassTypes(docs: readonly YNode[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of docs) {
    if (str(get(d, 'kind')) !== 'StorageClass') continue;
    const name = str(get(get(d, 'metadata'), 'name'));
    const params = get(d, 'parameters');
    const type = str(get(params, 'type')) ?? str(get(params, 'skuName')) ?? str(get(params, 'storageaccounttype'));
    if (name && type) out.set(name, type);
  }
  return out;
}

export function diskFor(cloud: Cloud, className: string | undefined, local: ReadonlyMap<string, string>): DiskChoice {
  if (className === undefined) return { diskType: DEFAULT_DISK[cloud], note: `no storageClassName: the cluster default class (${DEFAULT_DISK[cloud]})` };
  const fromFile = local.get(className);
  if (fromFile) return { diskType: fromFile, note: `StorageClass ${className} in this file` };
  const known = KNOWN[cloud][className];
  if (known) return { diskType: known, note: `storage class ${className}` };
  return { diskType: DEFAULT_DISK[cloud], note: `storage class ${className} is not defined here; assumed ${DEFAULT_DISK[cloud]}` };
}
