import { isUnknown, Unknown } from '../../../model/value';
import { K8S_META } from '../../../formats/kubernetes/meta';
import type { Family } from '../../family';
import { podComponents, str } from './pod-cost';
import { volumeComponents } from './volumes';

/**
 * Workloads: pods × hours on the cluster's nodes (or Fargate/Autopilot). The format has already worked out
 * the effective requests per pod, the replica count (spec.replicas, an HPA's minReplicas, one per node for a
 * DaemonSet) and, for Jobs and CronJobs, the hours one pod runs per month.
 */
export const workload: Family = {
  cloud: 'kubernetes',
  kubernetes: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Pod', 'Job', 'CronJob'],
  price(r, ctx) {
    if (r.meta(K8S_META.suspended) === true) return { components: [], free: 'suspended CronJob: no runs until spec.suspend is false' };
    if (r.type === 'DaemonSet' && str(r.meta(K8S_META.mode)) === 'fargate') return { components: [], free: 'Fargate does not run DaemonSets' };
    const rawReplicas = r.meta(K8S_META.replicas);
    const replicas = typeof rawReplicas === 'number' ? rawReplicas : isUnknown(rawReplicas) ? rawReplicas : new Unknown('replica count unknown');
    const source = str(r.meta(K8S_META.replicasSource));
    if (!isUnknown(replicas)) r.assume({ label: 'replicas', value: String(replicas), source: source === 'spec.replicas' ? 'attribute' : 'derived', note: source });
    const hpaMax = r.meta(K8S_META.hpaMax);
    if (typeof hpaMax === 'number') r.assume({ label: 'autoscaling range', value: `${String(r.meta(K8S_META.hpaMin))}–${hpaMax} replicas`, source: 'attribute', note: `HorizontalPodAutoscaler ${str(r.meta(K8S_META.hpaName))}; priced at the minimum` });
    const run = r.meta(K8S_META.runHours);
    let hours: number | Unknown = ctx.hoursPerMonth;
    if (typeof run === 'number') {
      hours = run;
      r.assume({ label: 'run hours per pod', value: String(run), source: 'derived', note: str(r.meta(K8S_META.runNote)) });
    } else if (isUnknown(run)) hours = run;
    const out = podComponents(r, ctx, replicas, hours);
    return { ...out, components: [...out.components, ...volumeComponents(r)] };
  },
};
