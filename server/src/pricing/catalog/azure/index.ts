import type { Family } from '../../family';
import { apiManagement } from './api-management';
import { appConfiguration } from './app-configuration';
import { appServiceSslBinding } from './app-service-bindings';
import { appServiceEnvironment } from './app-service-environment';
import { applicationGateway } from './application-gateway';
import { applicationInsights, applicationInsightsWebTest } from './application-insights';
import { automation } from './automation';
import { backupProtectedVm } from './backup';
import { bastionHost } from './bastion';
import { cdnEndpoint } from './cdn';
import { cognitiveAccount, cognitiveDeployment } from './cognitive';
import { connectionMonitor } from './connection-monitor';
import { containerApp, containerAppEnvironment } from './container-apps';
import { containerRegistry } from './container-registry';
import { cosmosdb } from './cosmosdb';
import { dataFactory, dataFactoryIntegrationRuntime, dataFactorySsisRuntime } from './data-factory';
import { databricksWorkspace } from './databricks';
import { dbSingleServer } from './db-single-server';
import { deviceUpdateAccount, deviceUpdateInstance } from './device-update';
import { defenderPlan } from './defender';
import { diskSnapshot, managedImage } from './disk-snapshot';
import { dnsRecord, dnsZone } from './dns';
import { domainService, domainServiceReplicaSet } from './domain-services';
import { eventGridTopic } from './event-grid';
import { eventHubCluster, eventHubNamespace } from './event-hubs';
import { firewall } from './firewall';
import { flowLog } from './flow-logs';
import { frontDoor, frontDoorFirewallPolicy, frontDoorProfile } from './front-door';
import { functionApp, servicePlan } from './functions';
import { hdinsightCluster } from './hdinsight';
import { integrationServiceEnvironment } from './integration-service-environment';
import { iothub, iothubDps } from './iothub';
import { keyVault, keyVaultCertificate, keyVaultKey, keyVaultManagedHsm } from './key-vault';
import { kubernetesCluster, kubernetesNodePool } from './kubernetes';
import { logAnalyticsWorkspace } from './log-analytics';
import { logicAppStandard } from './logic-app-standard';
import { mlComputeCluster, mlComputeInstance } from './machine-learning';
import { managedDisk } from './managed-disk';
import { monitorActionGroup, monitorMetricAlert, monitorScheduledQueryAlert } from './monitor-alerts';
import { mssqlDatabase } from './mssql';
import { notificationHubNamespace } from './notification-hubs';
import { powerbiEmbedded } from './powerbi-embedded';
import { mssqlElasticPool } from './mssql-elasticpool';
import { mysqlFlexibleServer } from './mysql';
import { loadBalancer, natGateway, publicIp, publicIpPrefix } from './network';
import { postgresqlFlexibleServer } from './postgresql';
import { privateDnsResolver } from './private-dns-resolver';
import { privateEndpoint } from './private-endpoint';
import { redisCache } from './redis-cache';
import { searchService } from './search';
import { serviceBusNamespace } from './service-bus';
import { signalrService } from './signalr';
import { sqlManagedInstance } from './sql-managed-instance';
import { synapseSqlPool, synapseWorkspace } from './synapse';
import { storageAccount } from './storage-account';
import { storageShare } from './storage-share';
import { trafficManagerEndpoint, trafficManagerProfile } from './traffic-manager';
import { scaleSet, virtualMachine } from './virtual-machine';
import {
  expressRouteConnection,
  expressRouteGateway,
  pointToSiteVpnGateway,
  virtualHub,
  vpnGateway,
  vpnGatewayConnection,
} from './virtual-wan';
import { virtualNetworkGateway, virtualNetworkGatewayConnection } from './vpn-gateway';

export { AZURE_FREE } from './free';

/** Every Azure family, roughly in order of how much of a real bill it carries. */
export const AZURE_FAMILIES: readonly Family[] = [
  virtualMachine,
  scaleSet,
  kubernetesNodePool,
  kubernetesCluster,
  managedDisk,
  diskSnapshot,
  managedImage,
  backupProtectedVm,
  storageShare,
  powerbiEmbedded,
  notificationHubNamespace,
  privateDnsResolver,
  defenderPlan,
  connectionMonitor,
  flowLog,
  postgresqlFlexibleServer,
  mysqlFlexibleServer,
  mssqlDatabase,
  mssqlElasticPool,
  sqlManagedInstance,
  dbSingleServer,
  cosmosdb,
  redisCache,
  searchService,
  signalrService,
  monitorMetricAlert,
  monitorScheduledQueryAlert,
  monitorActionGroup,
  synapseSqlPool,
  synapseWorkspace,
  containerApp,
  containerAppEnvironment,
  mlComputeCluster,
  mlComputeInstance,
  cognitiveDeployment,
  cognitiveAccount,
  storageAccount,
  firewall,
  applicationGateway,
  virtualNetworkGateway,
  virtualNetworkGatewayConnection,
  apiManagement,
  frontDoorProfile,
  cdnEndpoint,
  frontDoor,
  frontDoorFirewallPolicy,
  bastionHost,
  privateEndpoint,
  virtualHub,
  expressRouteGateway,
  expressRouteConnection,
  vpnGateway,
  vpnGatewayConnection,
  pointToSiteVpnGateway,
  trafficManagerProfile,
  trafficManagerEndpoint,
  loadBalancer,
  natGateway,
  publicIp,
  publicIpPrefix,
  containerRegistry,
  servicePlan,
  functionApp,
  logAnalyticsWorkspace,
  applicationInsights,
  applicationInsightsWebTest,
  eventHubCluster,
  eventHubNamespace,
  serviceBusNamespace,
  eventGridTopic,
  databricksWorkspace,
  iothub,
  iothubDps,
  dataFactoryIntegrationRuntime,
  dataFactorySsisRuntime,
  dataFactory,
  automation,
  hdinsightCluster,
  keyVaultManagedHsm,
  keyVaultKey,
  keyVaultCertificate,
  keyVault,
  dnsZone,
  dnsRecord,
  appServiceEnvironment,
  integrationServiceEnvironment,
  domainService,
  domainServiceReplicaSet,
  appConfiguration,
  appServiceSslBinding,
  deviceUpdateAccount,
  deviceUpdateInstance,
  logicAppStandard,
];
