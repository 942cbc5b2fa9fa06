import type { Cloud } from '../../../model/resource';
import { isUnknown, Unknown, type Value } from '../../../model/value';
import { K8S_META } from '../../../formats/kubernetes/meta';
import type { FamilyContext, FamilyOutput } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { autopilotShape, fargateShape } from './serverless-pods';
import { NODE_TABLES, OPENCOST } from './tables';

/**
 * Components for `pods` pods of one shape running `hours` each per month, on the cluster the meta describes.
 *
 * Node mode: a pod pays its share of a node. The node's hourly price is split into per-vCPU, per-GiB and
 * per-GPU parts in the ratio of OpenCost's default prices, so the parts of a full node add up to its price:
 *   per-vCPU-hour = nodePrice × cpu / (vcpus × cpu + GiB × ram + gpus × gpu), with cpu, ram, gpu from OpenCost.
 * The share is a factor on the node's own price lookup, so the hover shows the node price it came from.
 * GPU pods take whole nodes of the GPU node type. Fargate and Autopilot bill the pod's rounded shape.
 */
export function podComponents(r: ResourceReader, ctx: FamilyContext, pods: number | Unknown, hours: number | Unknown): FamilyOutput {
  const cloud = (r.resource.cloud ?? 'aws') as Cloud;
  const mode = str(r.meta(K8S_META.mode)) ?? 'nodes';
  const cpu = numeric(r.meta(K8S_META.podCpu));
  const mem = numeric(r.meta(K8S_META.podMemoryGiB));
  const gpus = numeric(r.meta(K8S_META.podGpus));
  const podHours = isUnknown(pods) ? pods : isUnknown(hours) ? hours : pods * hours;
  const times = (x: number): number | Unknown => (isUnknown(podHours) ? podHours : x * podHours);
  r.assume({ label: 'cluster', value: str(r.meta(K8S_META.assumption)) ?? '', source: str(r.meta(K8S_META.clusterSource)) === 'file' ? 'setting' : 'default', note: '.costlens.yml' });

  if (gpus > 0) {
    if (mode !== 'nodes') return { components: [{ name: 'GPU pod', unit: 'hours', quantity: podHours, price: new Unknown(`${mode} GPU pods are not priced`) }] };
    const gpuType = str(r.meta(K8S_META.gpuNodeType)) ?? '';
    const perNode = NODE_TABLES[cloud].specs ? ctx.lookupRow(NODE_TABLES[cloud].specs as string, gpuType)?.[2] : undefined;
    if (!perNode || !(perNode > 0)) {
      return { components: [{ name: `GPU nodes (${gpuType})`, unit: 'hours', quantity: podHours, price: new Unknown(`GPU count of ${gpuType} is not in the snapshot`) }] };
    }
    const nodes = Math.ceil(gpus / perNode);
    r.assume({ label: 'GPU nodes per pod', value: `${nodes} × ${gpuType} (${perNode} GPU each) for ${gpus} ${str(r.meta(K8S_META.gpuResource)) ?? 'GPU'}`, source: 'derived' });
    return {
      components: [{ name: `GPU nodes (${gpuType}, whole nodes)`, unit: 'hours', quantity: times(nodes), price: { table: NODE_TABLES[cloud].price, key: [gpuType] } }],
      gpu: { count: isUnknown(pods) ? gpus : gpus * pods },
    };
  }
  if (mode === 'fargate') {
    const shape = fargateShape(cpu, mem);
    if (isUnknown(shape)) return { components: [{ name: 'Fargate pod', unit: 'hours', quantity: podHours, price: shape }] };
    r.assume({ label: 'Fargate pod size', value: `${shape.vcpu} vCPU / ${shape.memoryGb} GB`, source: 'derived', note: shape.note });
    return {
      components: [
        { name: `Fargate vCPU (${shape.vcpu} per pod)`, unit: 'vCPU-hours', quantity: times(shape.vcpu), price: { table: 'aws/fargate', key: ['x86_64', 'vcpu'] } },
        { name: `Fargate memory (${shape.memoryGb} GB per pod)`, unit: 'GB-hours', quantity: times(shape.memoryGb), price: { table: 'aws/fargate', key: ['x86_64', 'memory'] } },
      ],
    };
  }
  if (mode === 'autopilot') {
    const shape = autopilotShape(cpu, mem);
    r.assume({ label: 'Autopilot pod size', value: `${shape.vcpu} vCPU / ${shape.memoryGb} GiB`, source: 'derived', note: shape.note });
    return {
      components: [
        { name: `Autopilot vCPU (${round(shape.vcpu)} per pod)`, unit: 'vCPU-hours', quantity: times(shape.vcpu), price: { table: 'kubernetes/gke-autopilot', key: ['vcpu'] } },
        { name: `Autopilot memory (${round(shape.memoryGb)} GiB per pod)`, unit: 'GiB-hours', quantity: times(shape.memoryGb), price: { table: 'kubernetes/gke-autopilot', key: ['memory'] } },
      ],
    };
  }
  const nodeType = str(r.meta(K8S_META.nodeType)) ?? '';
  const share = nodeShare(cloud, nodeType, ctx);
  r.assume({ label: 'pod requests', value: `${round(cpu)} vCPU / ${round(mem)} GiB`, source: 'derived', note: 'sum of containers, or the largest init container' });
  if (!isUnknown(share)) r.assume({ label: 'node price split', value: share.note, source: 'derived', note: 'OpenCost default.json CPU:RAM:GPU ratio' });
  const price = (f: (s: { cpu: number; ram: number }) => number) => (isUnknown(share) ? share : { table: NODE_TABLES[cloud].price, key: [nodeType], factor: f(share) });
  return {
    components: [
      { name: `CPU (share of ${nodeType})`, unit: 'vCPU-hours', quantity: times(cpu), price: price((s) => s.cpu) },
      { name: `Memory (share of ${nodeType})`, unit: 'GiB-hours', quantity: times(mem), price: price((s) => s.ram) },
    ],
  };
}

/** Fractions of the node's hourly price per vCPU and per GiB. */
export function nodeShare(cloud: Cloud, nodeType: string, ctx: FamilyContext): { cpu: number; ram: number; note: string } | Unknown {
  const specsTable = NODE_TABLES[cloud].specs;
  if (!specsTable) return new Unknown(`no ${cloud} VM spec table (vCPU, memory) to split ${nodeType}'s price`);
  const spec = ctx.lookupRow(specsTable, nodeType);
  const c = ctx.lookupRow(OPENCOST.table, OPENCOST.provider, 'cpu')?.[0];
  const m = ctx.lookupRow(OPENCOST.table, OPENCOST.provider, 'ram')?.[0];
  const g = ctx.lookupRow(OPENCOST.table, OPENCOST.provider, 'gpu')?.[0];
  if (!spec || !(spec[0] > 0) || !(spec[1] > 0)) return new Unknown(`vCPU and memory of ${nodeType} are not in the snapshot`);
  if (c === undefined || m === undefined || g === undefined) return new Unknown('OpenCost default prices are not in the snapshot');
  const gpus = Number.isFinite(spec[2]) ? spec[2] : 0;
  const whole = spec[0] * c + spec[1] * m + gpus * g;
  return { cpu: c / whole, ram: m / whole, note: `${nodeType}: ${spec[0]} vCPU, ${spec[1]} GiB${gpus ? `, ${gpus} GPU` : ''}` };
}

export function numeric(v: Value | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export function str(v: Value | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
