/**
 * Keys of Resource.meta that the Kubernetes format fills and the Kubernetes pricing families read. The
 * format does the Kubernetes arithmetic (effective requests, replicas, schedules); families only price.
 */
export const K8S_META = {
  /** 'nodes' | 'fargate' | 'autopilot'. */
  mode: 'mode',
  clusterName: 'clusterName',
  /** 'file' (.costlens.yml) or 'default' (built-in assumptions). */
  clusterSource: 'clusterSource',
  nodeType: 'nodeType',
  nodeCount: 'nodeCount',
  gpuNodeType: 'gpuNodeType',
  /** Human summary for the hover: 'AWS us-east-1, m6i.xlarge nodes'. */
  assumption: 'assumption',
  /** Effective requests of one pod. */
  podCpu: 'podCpu',
  podMemoryGiB: 'podMemoryGiB',
  podGpus: 'podGpus',
  gpuResource: 'gpuResource',
  /** Pods running at once: number or Unknown. */
  replicas: 'replicas',
  replicasSource: 'replicasSource',
  hpaName: 'hpaName',
  hpaMin: 'hpaMin',
  hpaMax: 'hpaMax',
  /** Hours per month one pod runs, for Jobs and CronJobs (absent: always on). */
  runHours: 'runHours',
  runNote: 'runNote',
  /** Set on a suspended CronJob. */
  suspended: 'suspended',
  /** [{ name, storageGiB, diskType, count }]: PVC or StatefulSet volumeClaimTemplates × replicas. */
  volumes: 'volumes',
  /** 'classic' | 'nlb' | 'alb' | 'forwarding-rule' | 'azure-lb' | 'in-cluster' | 'none'. */
  loadBalancer: 'loadBalancer',
  loadBalancerNote: 'loadBalancerNote',
} as const;
