import type { Family } from '../../family';
import { httpApi, restApi } from './api-gateway';
import { rdsCluster, rdsClusterInstance } from './aurora';
import { autoscalingGroup } from './autoscaling-group';
import { backupVault } from './backup-vault';
import { cloudfrontDistribution } from './cloudfront';
import { logGroup, metricAlarm } from './cloudwatch';
import { cloudwatchDashboard } from './cloudwatch-dashboard';
import { docdbClusterInstance } from './docdb';
import { dynamodbTable } from './dynamodb';
import { ebsVolume } from './ebs';
import { ebsSnapshot } from './ebs-snapshot';
import { ec2Host } from './ec2-host';
import { ecrRepository } from './ecr';
import { ecsService } from './ecs-service';
import { efsFileSystem } from './efs';
import { eip } from './eip';
import { classicLoadBalancer } from './elb';
import { elasticacheCluster, elasticacheReplicationGroup } from './elasticache';
import { eksCluster, eksNodeGroup } from './eks';
import { globalAccelerator } from './global-accelerator';
import { instance } from './instance';
import { kinesisStream } from './kinesis-stream';
import { lambda } from './lambda';
import { lambdaProvisionedConcurrency } from './lambda-provisioned-concurrency';
import { loadBalancer } from './load-balancer';
import { snsTopic, sqsQueue } from './messaging';
import { mqBroker } from './mq-broker';
import { mskCluster } from './msk-cluster';
import { memorydbCluster } from './memorydb';
import { natGateway } from './nat-gateway';
import { opensearchDomain } from './opensearch';
import { dbInstance } from './rds';
import { redshiftCluster } from './redshift';
import { route53HealthCheck, route53Record, route53Zone } from './route53';
import { s3Bucket } from './s3-bucket';
import { spotInstanceRequest } from './spot-instance-request';
import { sagemakerEndpointConfig } from './sagemaker';
import { stateMachine } from './step-functions';
import { transitGatewayAttachment, vpcEndpoint, vpnConnection } from './vpc-networking';
import { kmsKey, secret } from './security';

export { AWS_FREE } from './free';

/** Every AWS family, roughly in order of how much of a real bill it carries. */
export const AWS_FAMILIES: readonly Family[] = [
  instance,
  ebsVolume,
  ebsSnapshot,
  dbInstance,
  natGateway,
  loadBalancer,
  classicLoadBalancer,
  eksCluster,
  eksNodeGroup,
  autoscalingGroup,
  lambda,
  lambdaProvisionedConcurrency,
  s3Bucket,
  dynamodbTable,
  elasticacheCluster,
  elasticacheReplicationGroup,
  rdsCluster,
  rdsClusterInstance,
  ecsService,
  ecrRepository,
  sagemakerEndpointConfig,
  opensearchDomain,
  eip,
  logGroup,
  metricAlarm,
  sqsQueue,
  snsTopic,
  restApi,
  httpApi,
  route53Zone,
  route53Record,
  route53HealthCheck,
  kmsKey,
  secret,
  efsFileSystem,
  vpcEndpoint,
  transitGatewayAttachment,
  vpnConnection,
  stateMachine,
  kinesisStream,
  mskCluster,
  mqBroker,
  docdbClusterInstance,
  redshiftCluster,
  memorydbCluster,
  spotInstanceRequest,
  ec2Host,
  cloudwatchDashboard,
  globalAccelerator,
  backupVault,
  cloudfrontDistribution,
];
