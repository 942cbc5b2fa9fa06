import type { ClusterConfig } from '../../config/costlens-file';
import type { Problem } from '../../model/problem';
import { unknown, type Value } from '../../model/value';
import { at, bool, get, items, num, str, type YNode } from '../yaml';
import { cronFiringsPerMonth, MONTH_HOURS } from './cron';
import { K8S_META } from './meta';
import { podRequests } from './pod-requests';
import { gibibytes } from './quantity';
import { diskFor } from './storage';

/** Where each workload kind keeps its pod template. */
export const POD_SPEC_PATH: Readonly<Record<string, string>> = {
  Pod: 'spec',
  Deployment: 'spec.template.spec',
  StatefulSet: 'spec.template.spec',
  DaemonSet: 'spec.template.spec',
  ReplicaSet: 'spec.template.spec',
  ReplicationController: 'spec.template.spec',
  Job: 'spec.template.spec',
  CronJob: 'spec.jobTemplate.spec.template.spec',
};

export interface HpaTarget {
  readonly name: string;
  readonly min: number;
  readonly max: number | undefined;
}

export interface KindContext {
  readonly file: string;
  readonly cluster: ClusterConfig;
  readonly problems: Problem[];
  readonly storageClasses: ReadonlyMap<string, string>;
  /** 'Deployment/web' → the HPA that scales it, when it is in the same file. */
  readonly hpas: ReadonlyMap<string, HpaTarget>;
}

/** The meta a kind adds on top of the cluster's: requests, replicas, run hours, volumes, load balancers. */
export function kindMeta(kind: string, doc: YNode, k: KindContext): Record<string, Value> {
  if (POD_SPEC_PATH[kind]) return workloadMeta(kind, doc, k);
  if (kind === 'PersistentVolumeClaim') return { [K8S_META.volumes]: [volume(doc, 1, k)] };
  if (kind === 'Service') return serviceMeta(doc, k);
  if (kind === 'Ingress') return ingressMeta(doc, k);
  if (kind === 'HorizontalPodAutoscaler') {
    return { [K8S_META.hpaMin]: num(at(doc, 'spec.minReplicas')) ?? 1, [K8S_META.hpaMax]: num(at(doc, 'spec.maxReplicas')) ?? null };
  }
  return {};
}

function workloadMeta(kind: string, doc: YNode, k: KindContext): Record<string, Value> {
  const spec = at(doc, POD_SPEC_PATH[kind]);
  const req = podRequests(spec, k.cluster.defaultRequests, k.file, k.problems);
  const meta: Record<string, Value> = {
    [K8S_META.podCpu]: req.cpu,
    [K8S_META.podMemoryGiB]: req.memoryGiB,
    [K8S_META.podGpus]: req.gpus,
  };
  if (req.gpuResource) meta[K8S_META.gpuResource] = req.gpuResource;
  const name = str(at(doc, 'metadata.name')) ?? '';
  const replicasNode = at(doc, 'spec.replicas');
  const hpa = k.hpas.get(`${kind}/${name}`);
  if (kind === 'DaemonSet') {
    meta[K8S_META.replicas] = k.cluster.nodePools.reduce((n, p) => n + p.count, 0);
    meta[K8S_META.replicasSource] = `one pod per node: ${meta[K8S_META.replicas]} nodes in cluster ${k.cluster.name}`;
  } else if (hpa) {
    meta[K8S_META.replicas] = hpa.min;
    meta[K8S_META.replicasSource] = `HorizontalPodAutoscaler ${hpa.name} minReplicas`;
    meta[K8S_META.hpaName] = hpa.name;
    meta[K8S_META.hpaMin] = hpa.min;
    meta[K8S_META.hpaMax] = hpa.max ?? null;
  } else if (kind === 'Pod') {
    meta[K8S_META.replicas] = 1;
  } else if (kind === 'Job' || kind === 'CronJob') {
    return { ...meta, ...jobMeta(kind, doc, k) };
  } else if (replicasNode === undefined) {
    meta[K8S_META.replicas] = 1;
    meta[K8S_META.replicasSource] = 'spec.replicas not set: Kubernetes runs 1';
  } else {
    const n = num(replicasNode);
    meta[K8S_META.replicas] = n ?? unknown(`spec.replicas is not a number`, replicasNode.range);
    meta[K8S_META.replicasSource] = 'spec.replicas';
  }
  if (kind === 'StatefulSet') {
    const reps = meta[K8S_META.replicas];
    const count = typeof reps === 'number' ? reps : 1;
    meta[K8S_META.volumes] = items(at(doc, 'spec.volumeClaimTemplates')).map((t) => volume(t, count, k));
  }
  return meta;
}

function jobMeta(kind: string, doc: YNode, k: KindContext): Record<string, Value> {
  const jobSpec = kind === 'CronJob' ? at(doc, 'spec.jobTemplate.spec') : get(doc, 'spec');
  const completions = num(get(jobSpec, 'completions')) ?? num(get(jobSpec, 'parallelism')) ?? 1;
  const runText = str(at(doc, 'metadata.annotations.costlens/run-time')) ?? k.cluster.jobRunTime;
  const runHours = durationHours(runText);
  const runSource = str(at(doc, 'metadata.annotations.costlens/run-time')) ? 'annotation costlens/run-time' : `assumed run time (jobRunTime)`;
  const out: Record<string, Value> = { [K8S_META.replicas]: completions, [K8S_META.replicasSource]: 'completions' };
  if (runHours === undefined) {
    out[K8S_META.runHours] = unknown(`run time ${runText} is not a duration like 10m or 1h`);
    return out;
  }
  if (kind === 'Job') {
    out[K8S_META.runHours] = runHours;
    out[K8S_META.runNote] = `one run of ${runText} (${runSource})`;
    return out;
  }
  if (bool(at(doc, 'spec.suspend')) === true) out[K8S_META.suspended] = true;
  const schedule = at(doc, 'spec.schedule');
  const firings = cronFiringsPerMonth(str(schedule) ?? '');
  if (firings === undefined) {
    out[K8S_META.runHours] = unknown(`cannot read schedule ${JSON.stringify(str(schedule) ?? '')}`, schedule?.range);
    return out;
  }
  // Forbid and Replace never run two firings at once, so one pod slot runs at most the whole month.
  const policy = str(at(doc, 'spec.concurrencyPolicy'));
  const overlapCap = policy === 'Forbid' || policy === 'Replace' ? MONTH_HOURS : Infinity;
  out[K8S_META.runHours] = Math.min(firings * runHours, overlapCap);
  out[K8S_META.runNote] = `${firings.toLocaleString('en-US')} runs a month (schedule ${str(schedule)}) × ${runText} (${runSource})`;
  return out;
}

/** '10m', '1h30m', '45s', '2h' → hours. */
export function durationHours(text: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(h|m|s)/g;
  let total = 0;
  let matched = '';
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) / (m[2] === 'h' ? 1 : m[2] === 'm' ? 60 : 3600);
    matched += m[0];
  }
  return matched === text.trim() && matched !== '' ? total : undefined;
}

function volume(pvc: YNode, count: number, k: KindContext): Value {
  const storageNode = at(pvc, 'spec.resources.requests.storage');
  const size = storageNode?.kind === 'scalar' ? gibibytes(storageNode.value) : undefined;
  const disk = diskFor(k.cluster.cloud, str(at(pvc, 'spec.storageClassName')), k.storageClasses);
  return {
    name: str(at(pvc, 'metadata.name')) ?? 'volume',
    storageGiB: size ?? unknown('spec.resources.requests.storage is missing or not a quantity', storageNode?.range ?? pvc.range),
    diskType: disk.diskType,
    diskNote: disk.note,
    count,
  };
}

function serviceMeta(doc: YNode, k: KindContext): Record<string, Value> {
  if (str(at(doc, 'spec.type')) !== 'LoadBalancer') return { [K8S_META.loadBalancer]: 'none' };
  const annotations = at(doc, 'metadata.annotations');
  const lbType = str(get(annotations, 'service.beta.kubernetes.io/aws-load-balancer-type'));
  const lbClass = str(at(doc, 'spec.loadBalancerClass'));
  if (k.cluster.cloud === 'aws') {
    if (lbType === 'nlb' || lbType === 'nlb-ip' || lbType === 'external' || lbClass === 'service.k8s.aws/nlb') {
      return { [K8S_META.loadBalancer]: 'nlb', [K8S_META.loadBalancerNote]: 'Network Load Balancer (aws-load-balancer-type annotation)' };
    }
    if (lbType === 'classic' || lbType === 'clb') {
      return { [K8S_META.loadBalancer]: 'classic', [K8S_META.loadBalancerNote]: 'Classic Load Balancer (aws-load-balancer-type annotation)' };
    }
    // The AWS Load Balancer Controller (v2.5+) turns an unannotated LoadBalancer Service into an NLB; without
    // the controller the in-tree one would create a Classic Load Balancer, which the hover notes.
    return {
      [K8S_META.loadBalancer]: 'nlb',
      [K8S_META.loadBalancerNote]: 'Network Load Balancer (assumed: AWS Load Balancer Controller default; the in-tree controller would create a Classic Load Balancer)',
    };
  }
  if (k.cluster.cloud === 'google') return { [K8S_META.loadBalancer]: 'forwarding-rule', [K8S_META.loadBalancerNote]: 'external passthrough Network Load Balancer' };
  return { [K8S_META.loadBalancer]: 'azure-lb', [K8S_META.loadBalancerNote]: 'a rule on the cluster Standard Load Balancer' };
}

function ingressMeta(doc: YNode, k: KindContext): Record<string, Value> {
  const cls = str(at(doc, 'spec.ingressClassName')) ?? str(get(at(doc, 'metadata.annotations'), 'kubernetes.io/ingress.class'));
  if (cls === 'alb' && k.cluster.cloud === 'aws') return { [K8S_META.loadBalancer]: 'alb', [K8S_META.loadBalancerNote]: 'Application Load Balancer (ingress class alb)' };
  if ((cls === 'gce' || cls === undefined) && k.cluster.cloud === 'google') {
    return { [K8S_META.loadBalancer]: 'forwarding-rule', [K8S_META.loadBalancerNote]: 'external Application Load Balancer (ingress class gce)' };
  }
  return { [K8S_META.loadBalancer]: 'in-cluster', [K8S_META.loadBalancerNote]: `ingress class ${cls ?? '(default)'} runs in the cluster; its Service is priced` };
}
