import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, isCfn, num } from './common';

/**
 * aws_opensearch_domain, aws_elasticsearch_domain / AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain:
 * data nodes and dedicated master nodes, instance-hours. OpenSearch's own EBS storage price is not in the
 * snapshot yet, so attached storage is left out and the hover says so.
 */
export const opensearchDomain: Family = {
  cloud: 'aws',
  terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  cloudformation: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  price(r, ctx) {
    const cfg = isCfn(r) ? (r.type === 'AWS::Elasticsearch::Domain' ? 'ElasticsearchClusterConfig' : 'ClusterConfig') : 'cluster_config.0';
    const p = (tf: string, cfn: string) => `${cfg}.${isCfn(r) ? cfn : tf}`;
    // No fallback type: AWS picks one when the configuration does not, and we do not guess which.
    const type = r.str(p('instance_type', 'InstanceType')) ?? new Unknown('the data node instance type is not set (AWS picks it)');
    const count = r.num(p('instance_count', 'InstanceCount'), 1, 'one data node') ?? 1;
    const q = (t: string | Unknown) => (isUnknown(t) ? t : { table: 'aws/opensearch', key: [t] });
    const components: ComponentSpec[] = [{ ...hourly(`Data nodes (${isUnknown(type) ? '?' : type})`, ctx, q(type), count), unit: 'node-hours' }];
    if (r.bool(p('dedicated_master_enabled', 'DedicatedMasterEnabled'), false, 'no dedicated masters') === true) {
      const mType = r.str(p('dedicated_master_type', 'DedicatedMasterType')) ?? new Unknown('dedicated_master_type is not set');
      const mCount = r.num(p('dedicated_master_count', 'DedicatedMasterCount'), 3, 'OpenSearch recommends three masters') ?? 3;
      components.push({ ...hourly(`Dedicated master nodes (${isUnknown(mType) ? '?' : mType})`, ctx, q(mType), mCount), unit: 'node-hours' });
    }
    const ebs = isCfn(r) ? 'EBSOptions.EBSEnabled' : 'ebs_options.0.ebs_enabled';
    if (r.bool(ebs) === true) {
      const size = num(r, 'ebs_options.0.volume_size', 'EBSOptions.VolumeSize');
      r.assume({ label: 'EBS storage', value: `${isUnknown(size) ? '?' : (size ?? '?')} GB per node, not priced`, source: 'derived', note: 'no OpenSearch storage price in the snapshot' });
    }
    return { components };
  },
};
