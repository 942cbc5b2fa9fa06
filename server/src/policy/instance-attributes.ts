import { isList, isObject, isUnknown, type Value } from '../model/value';
import type { Range } from '../model/range';
import type { Resource } from '../model/resource';

/**
 * Where each dialect writes the instance type or size. Data, not code: a new resource kind is one line.
 * Paths follow Resource.attributes (nested blocks are lists of objects, so `node_config.0.machine_type`).
 * A list value (`instance_types` of an EKS node group) is checked element by element.
 */
export const INSTANCE_TYPE_ATTRIBUTES: readonly string[] = [
  'instance_type', // aws_instance, aws_launch_template, aws_emr_*, aws_sagemaker_*
  'instance_types', // aws_eks_node_group
  'instance_class', // aws_db_instance, aws_rds_cluster_instance
  'node_type', // aws_elasticache_cluster, aws_redshift_cluster, aws_dax_cluster
  'machine_type', // google_compute_instance, google_compute_instance_template
  'node_config.0.machine_type', // google_container_node_pool, google_container_cluster
  'size', // azurerm_linux_virtual_machine, azurerm_windows_virtual_machine
  'vm_size', // azurerm_kubernetes_cluster_node_pool, azurerm_virtual_machine
  'default_node_pool.0.vm_size', // azurerm_kubernetes_cluster
  'sku', // azurerm_linux_virtual_machine_scale_set
  'InstanceType', // AWS::EC2::Instance, AWS::EMR::*
  'InstanceTypes', // AWS::EKS::Nodegroup
  'DBInstanceClass', // AWS::RDS::DBInstance
  'CacheNodeType', // AWS::ElastiCache::CacheCluster
  'NodeType', // AWS::Redshift::Cluster
  'LaunchTemplateData.InstanceType', // AWS::EC2::LaunchTemplate
];

/** Resource.meta keys that carry an instance type: the node type Kubernetes workloads are assumed to run on. */
export const INSTANCE_TYPE_META: readonly string[] = ['nodeType'];

export interface InstanceTypeHit {
  readonly value: string;
  readonly attribute: string;
  readonly range: Range;
}

/** Every instance type or size the resource names, with the range to underline (the header when no attribute range). */
export function instanceTypes(r: Resource): InstanceTypeHit[] {
  const hits: InstanceTypeHit[] = [];
  for (const attr of INSTANCE_TYPE_ATTRIBUTES) {
    for (const v of strings(at(r.attributes, attr)))
      hits.push({ value: v, attribute: attr, range: r.attributeRanges[attr] ?? r.headerRange });
  }
  for (const key of INSTANCE_TYPE_META) {
    for (const v of strings(r.meta?.[key]))
      hits.push({ value: v, attribute: `${key} (cluster assumption)`, range: r.headerRange });
  }
  return hits;
}

function at(attrs: Readonly<Record<string, Value>>, p: string): Value | undefined {
  if (p in attrs) return attrs[p];
  let v: Value | undefined = attrs as Value;
  for (const part of p.split('.')) {
    if (isList(v)) v = v[Number(part)];
    else if (isObject(v)) v = v[part];
    else return undefined;
  }
  return v;
}

function strings(v: Value | undefined): string[] {
  if (typeof v === 'string' && v !== '') return [v];
  if (isList(v)) return v.filter((x): x is string => typeof x === 'string' && x !== '' && !isUnknown(x));
  return [];
}
