import type { Family } from '../../family';
import { loadBalancer } from './load-balancers';
import { persistentVolumeClaim } from './volumes';
import { workload } from './workloads';

export const KUBERNETES_FAMILIES: readonly Family[] = [workload, persistentVolumeClaim, loadBalancer];

/** Kinds that cost nothing by themselves. An HPA's cost shows on its target (at minReplicas). */
export const KUBERNETES_FREE: readonly string[] = [
  'HorizontalPodAutoscaler',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Namespace',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'NetworkPolicy',
  'PodDisruptionBudget',
  'LimitRange',
  'ResourceQuota',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'CustomResourceDefinition',
  'VerticalPodAutoscaler',
  'Endpoints',
  'EndpointSlice',
];
