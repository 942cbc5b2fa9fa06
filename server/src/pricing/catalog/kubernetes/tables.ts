import type { Cloud } from '../../../model/resource';
import { Unknown } from '../../../model/value';
import type { PriceQuery } from '../../family';

/** Node price and spec tables per cloud (pricing-data/TABLES.md). Azure has no VM spec table yet. */
export const NODE_TABLES: Readonly<Record<Cloud, { readonly price: string; readonly specs?: string }>> = {
  aws: { price: 'aws/ec2-ondemand', specs: 'aws/ec2-specs' },
  google: { price: 'google/compute', specs: 'google/compute-specs' },
  azure: { price: 'azure/vm' },
};

/** OpenCost's default.json ratios (opencost/opencost configs/default.json), table kubernetes/opencost-defaults. */
export const OPENCOST = { table: 'kubernetes/opencost-defaults', provider: 'default' } as const;

/** Disk price for a PersistentVolume of a given type, per GB-month. */
export function diskPrice(cloud: Cloud, diskType: string): PriceQuery | Unknown {
  if (cloud === 'aws') return { table: 'aws/ebs', key: [diskType, 'storage'] };
  if (cloud === 'google') return { table: 'google/disk', key: [diskType, 'zonal'] };
  return new Unknown(`Azure managed disks are billed per size tier (${diskType}); not priced for Kubernetes volumes yet`);
}

/** Disk types the tables key on; anything else (a custom StorageClass parameter) stays unknown. */
export function diskTypeOk(cloud: Cloud, diskType: string): boolean {
  if (cloud === 'aws') return ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard'].includes(diskType);
  if (cloud === 'google') return diskType.startsWith('pd-') || diskType.startsWith('hyperdisk-');
  return true;
}

/** Hourly price of the load balancer a Service or Ingress creates. */
export function loadBalancerPrice(kind: string): PriceQuery | Unknown {
  switch (kind) {
    case 'nlb':
      return { table: 'aws/elb', key: ['network', 'hours'] };
    case 'alb':
      return { table: 'aws/elb', key: ['application', 'hours'] };
    case 'classic':
      return { table: 'aws/elb', key: ['classic', 'hours'] };
    default:
      return new Unknown(`${kind} load balancer prices are not in the snapshot yet`);
  }
}
