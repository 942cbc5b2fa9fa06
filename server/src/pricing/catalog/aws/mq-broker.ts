import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { hourly, str, usage } from './common';

/**
 * aws_mq_broker / AWS::AmazonMQ::Broker: broker hours for the deployment (single instance, active/standby pair or
 * RabbitMQ cluster; the price covers all its brokers) by engine and instance type, plus storage as usage
 * (storage_size_gb, as in Infracost). ActiveMQ stores on EFS unless storage_type is ebs; RabbitMQ always on EBS.
 */
export const mqBroker: Family = {
  cloud: 'aws',
  terraform: ['aws_mq_broker'],
  cloudformation: ['AWS::AmazonMQ::Broker'],
  price(r, ctx) {
    const engineRaw = str(r, 'engine_type', 'EngineType') ?? new Unknown('engine_type is not set');
    const engine = isUnknown(engineRaw) ? engineRaw : engineRaw.toLowerCase();
    const type = str(r, 'host_instance_type', 'HostInstanceType') ?? new Unknown('host_instance_type is not set');
    const mode = str(r, 'deployment_mode', 'DeploymentMode', 'SINGLE_INSTANCE', 'provider default') ?? 'SINGLE_INSTANCE';
    const defaultStorage = engine === 'rabbitmq' ? 'ebs' : 'efs';
    const storage = str(r, 'storage_type', 'StorageType', defaultStorage, `${isUnknown(engine) ? 'engine' : engine} default`) ?? defaultStorage;
    const unknown = [engine, type, mode].find(isUnknown);
    const label = [engine, type, mode].map((v) => (isUnknown(v) ? '?' : v)).join(', ');
    return {
      components: [
        hourly(`Broker instances (${label})`, ctx, unknown ?? { table: 'aws/mq', key: [engine as string, mode as string, type as string] }),
        usage(`Storage (${isUnknown(storage) ? '?' : storage.toUpperCase()})`, 'GB-months', ctx, 'storage_size_gb', isUnknown(engine) ? engine : isUnknown(storage) ? storage : { table: 'aws/mq', key: [engine, 'storage', storage.toLowerCase()] }),
      ],
    };
  },
};
