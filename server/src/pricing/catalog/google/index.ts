import type { Family } from '../../family';
import { artifactRegistryRepository } from './artifact-registry';
import { bigqueryTable } from './bigquery';
import { computeDisk, computeSnapshot } from './compute-disk';
import { computeImage, computeMachineImage } from './compute-image';
import { computeInstance } from './compute-instance';
import { dnsManagedZone } from './dns';
import { computeGlobalAddress } from './global-address';
import { containerCluster, containerNodePool } from './gke';
import { instanceGroupManager } from './instance-group';
import { kmsCryptoKey } from './kms';
import { loggingBucket, loggingSink } from './logging';
import { computeAddress, forwardingRule, routerNat, vpnTunnel } from './network';
import { pubsub } from './pubsub';
import { redisInstance } from './redis-instance';
import { cloudFunction } from './cloud-functions';
import { cloudFunction2 } from './cloud-functions2';
import { cloudRunService } from './cloud-run';
import { cloudSchedulerJob } from './cloud-scheduler';
import { containerRegistry } from './container-registry';
import { memorystoreInstance, redisCluster } from './memorystore';
import { monitoringMetricDescriptor } from './monitoring';
import { secretManagerSecret, secretManagerSecretVersion } from './secret-manager';
import { sqlDatabaseInstance } from './sql-database-instance';
import { storageBucket } from './storage-bucket';
import { tpu } from './tpu';
import { vertexDeploymentPool } from './vertex-ai';

export { GOOGLE_FREE } from './free';

/** Every Google Cloud family, roughly in order of how much of a real bill it carries. */
export const GOOGLE_FAMILIES: readonly Family[] = [
  computeInstance,
  tpu,
  vertexDeploymentPool,
  containerNodePool,
  containerCluster,
  instanceGroupManager,
  computeDisk,
  sqlDatabaseInstance,
  storageBucket,
  redisInstance,
  memorystoreInstance,
  redisCluster,
  forwardingRule,
  computeAddress,
  computeGlobalAddress,
  routerNat,
  vpnTunnel,
  cloudRunService,
  cloudFunction,
  cloudFunction2,
  computeSnapshot,
  computeImage,
  computeMachineImage,
  loggingSink,
  loggingBucket,
  kmsCryptoKey,
  pubsub,
  artifactRegistryRepository,
  containerRegistry,
  bigqueryTable,
  dnsManagedZone,
  secretManagerSecret,
  secretManagerSecretVersion,
  cloudSchedulerJob,
  monitoringMetricDescriptor,
];
