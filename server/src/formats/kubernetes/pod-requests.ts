import type { Problem } from '../../model/problem';
import { get, isMap, items, str, type YNode } from '../yaml';
import { cpuCores, gibibytes } from './quantity';

/** Extended resources that mean accelerators; a pod asking for any is priced on whole GPU nodes. */
export const GPU_RESOURCES = ['nvidia.com/gpu', 'amd.com/gpu', 'aws.amazon.com/neuron', 'google.com/tpu'] as const;

export interface PodRequests {
  readonly cpu: number;
  readonly memoryGiB: number;
  readonly gpus: number;
  readonly gpuResource?: string;
  /** Containers that had neither requests nor limits for CPU or memory (the default was used). */
  readonly defaulted: readonly string[];
}

interface One {
  cpu: number;
  mem: number;
  gpus: number;
  gpuResource?: string;
}

/**
 * Effective requests as the scheduler sees them: the sum over app containers (and restartable init
 * containers, i.e. sidecars), or the largest ordinary init container when that is bigger. Per container:
 * requests, else limits (Kubernetes copies limits into requests), else the configured default.
 */
export function podRequests(
  podSpec: YNode | undefined,
  defaults: { cpu: string; memory: string },
  file: string,
  problems: Problem[],
): PodRequests {
  const defaulted: string[] = [];
  const dflt = { cpu: cpuCores(defaults.cpu) ?? 0, mem: gibibytes(defaults.memory) ?? 0 };
  const read = (c: YNode): One => {
    const name = str(get(c, 'name')) ?? 'container';
    const res = get(c, 'resources');
    const req = get(res, 'requests');
    const lim = get(res, 'limits');
    const pick = (key: string): string | number | boolean | null | undefined => {
      const r = get(req, key) ?? get(lim, key);
      return r?.kind === 'scalar' ? r.value : undefined;
    };
    let cpu = cpuCores(pick('cpu'));
    let mem = gibibytes(pick('memory'));
    if (cpu === undefined || mem === undefined) {
      defaulted.push(name);
      const missing = [cpu === undefined ? 'cpu' : '', mem === undefined ? 'memory' : ''].filter(Boolean).join(' and ');
      problems.push({
        file,
        range: (get(c, 'name') ?? c).range,
        severity: 'warning',
        message: `no resource requests: container ${name} sets no ${missing}; assumed ${defaults.cpu} CPU / ${defaults.memory} memory`,
        source: 'kubernetes',
      });
      cpu ??= dflt.cpu;
      mem ??= dflt.mem;
    }
    let gpus = 0;
    let gpuResource: string | undefined;
    for (const g of GPU_RESOURCES) {
      const n = cpuCores(pick(g));
      if (n !== undefined && n > 0) {
        gpus += n;
        gpuResource ??= g;
      }
    }
    return { cpu, mem, gpus, gpuResource };
  };
  const sum: One = { cpu: 0, mem: 0, gpus: 0 };
  const add = (o: One): void => {
    sum.cpu += o.cpu;
    sum.mem += o.mem;
    sum.gpus += o.gpus;
    sum.gpuResource ??= o.gpuResource;
  };
  for (const c of items(get(podSpec, 'containers'))) if (isMap(c)) add(read(c));
  let initMax: One = { cpu: 0, mem: 0, gpus: 0 };
  for (const c of items(get(podSpec, 'initContainers'))) {
    if (!isMap(c)) continue;
    const o = read(c);
    if (str(get(c, 'restartPolicy')) === 'Always') add(o);
    else initMax = { cpu: Math.max(initMax.cpu, o.cpu), mem: Math.max(initMax.mem, o.mem), gpus: Math.max(initMax.gpus, o.gpus), gpuResource: initMax.gpuResource ?? o.gpuResource };
  }
  return {
    cpu: Math.max(sum.cpu, initMax.cpu),
    memoryGiB: Math.max(sum.mem, initMax.mem),
    gpus: Math.max(sum.gpus, initMax.gpus),
    gpuResource: sum.gpuResource ?? initMax.gpuResource,
    defaulted,
  };
}
