import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly, isCfn, num, str } from './common';

/**
 * aws_msk_cluster / AWS::MSK::Cluster (provisioned Amazon MSK): broker instance hours × brokers, plus each
 * broker's EBS storage in GB-months. Storage auto-scaling is not followed: the configured volume size is billed.
 */
export const mskCluster: Family = {
  cloud: 'aws',
  terraform: ['aws_msk_cluster'],
  cloudformation: ['AWS::MSK::Cluster'],
  price(r, ctx) {
    const group = isCfn(r) ? 'BrokerNodeGroupInfo' : 'broker_node_group_info.0';
    const type = str(r, `${group}.instance_type`, `${group}.InstanceType`) ?? new Unknown('broker instance_type is not set');
    const brokers = num(r, 'number_of_broker_nodes', 'NumberOfBrokerNodes') ?? new Unknown('number_of_broker_nodes is not set');
    // Current providers nest the size under storage_info; older configurations set ebs_volume_size directly.
    const size = isCfn(r)
      ? r.num(`${group}.StorageInfo.EBSStorageInfo.VolumeSize`)
      : (r.num(`${group}.storage_info.0.ebs_storage_info.0.volume_size`) ?? r.num(`${group}.ebs_volume_size`));
    const perBroker = size ?? new Unknown('the broker volume size is not set');
    const storage = isUnknown(brokers) ? brokers : isUnknown(perBroker) ? perBroker : brokers * perBroker;
    return {
      components: [
        { ...hourly(`Broker instances (${isUnknown(type) ? '?' : type})`, ctx, isUnknown(type) ? type : { table: 'aws/msk', key: [type] }, brokers), unit: 'broker-hours' },
        { name: 'Broker storage', unit: 'GB-months', quantity: storage, price: { table: 'aws/msk', key: ['storage'] } },
      ],
    };
  },
};
