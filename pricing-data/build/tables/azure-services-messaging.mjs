// Azure messaging, monitoring and analytics prices derived from Infracost's test output (Event Hubs, Service Bus,
// Event Grid, Application Insights, Databricks, IoT Hub, Data Factory, Automation, HDInsight). Read through the search tool on 2026-11-27;
// the goldens carry no date of their own, so the read date is recorded. Each price is "cost ÷ quantity" from the golden, an exact short decimal that reproduces
// the printed cost; the region is the one the golden's .tf gives its resource group.
//
// Left out (the printed figure does not fix the price):
// - Service Bus Standard "Base charge" 9.81 / 730 h = 0.0134383… (servicebus_namespace_test, West Europe).
// - Application Insights standard web tests: 5.65 / 8,760 tests = 0.000644977…, 2.83 / 4,380 = 0.000646118…,
//   1.88 / 2,920 = 0.000643835… (application_insights_standard_web_t_test at e9ce62908cda, West Europe).
// - Data Factory "External pipeline activity": Azure IR 0.18 / 730 h = 0.000246…, self-hosted 0.07 / 730 h =
//   0.0000958… (data_factory_integration_runtime_azure_test, _self_hosted_test).
// The families report the first two as unknown and leave external pipeline activity out (the hover says so).

import { infracostAzure as infracost } from '../lib/infracost-sources.mjs';

export default [
  {
    // event_hubs_namespace_test.golden at e9ce62908cda; its .tf (28027abb9557) puts the resource group in "eastus";
    // usage (5312ab8a6965): basic 10M and standard 100M ingress events, standard capture_enabled, premium and
    // dedicated retention_storage_gb 20,100, dedicated throughput_or_capacity_units 2.
    id: 'azure/event-hubs',
    description:
      'Event Hubs: Basic/Standard throughput units, ingress events, capture, Premium processing units, Dedicated capacity units, extended retention',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per unit-hour (*-throughput-unit, capture, premium-processing-unit, dedicated-capacity-unit), per 1M events (*-ingress), per GB-month (extended-retention)',
    sources: [infracost('event_hubs_namespace_test', 'e9ce62908cda6f0a7dd55ea058e4e03cf0f680ba')],
    rows: [
      ['eastus', 'basic-throughput-unit', '0.015'], // basic "Capacity (Basic)" 1 TU 10.95 / 730 h
      ['eastus', 'basic-ingress', '0.028'], // basic 10M events 0.28 / 10; basicWithoutUsage prints "$0.028 per 1M events"
      ['eastus', 'standard-throughput-unit', '0.03'], // standard 20 TUs 438.00 / 14,600 TU-hours (standardWithoutUsage 21.90 / 730)
      ['eastus', 'standard-ingress', '0.028'], // standard 2.80 / 100 × 1M events
      ['eastus', 'capture', '0.1'], // standard "Capture" 20 units 1,460.00 / 14,600 TU-hours
      ['eastus', 'premium-processing-unit', '1.027'], // premium 8 PUs 5,997.68 / 5,840 PU-hours (premiumWithoutUsage 749.71 / 730)
      ['eastus', 'dedicated-capacity-unit', '6.849'], // dedicated 2 CUs 9,999.54 / 1,460 CU-hours (dedicatedWithoutUsage 4,999.77 / 730)
      // premium: (20,100 − 8 PUs × 1,000 GB included) = 12,100 GB, 1,210.00 / 12,100; dedicated: (20,100 − 2 CUs ×
      // 10,000 GB) = 100 GB, 10.00 / 100
      ['eastus', 'extended-retention', '0.1'],
    ],
  },
  {
    // servicebus_namespace_test.golden at da0a5862ad6a; its .tf (904f34aefdc9) puts the resource group in
    // "West Europe"; usage (306560846649): Basic 1,000M operations, Standard 3,000M operations and 1M brokered
    // connections. Tiered items count from the end of the included amount (13M operations, 1K connections), so
    // tierStart is in millions of operations beyond 13M, or connections beyond 1,000.
    id: 'azure/service-bus',
    description: 'Service Bus: Basic operations, Standard operations and brokered connections (tiered), Premium messaging units',
    keys: ['region', 'item', 'tierStart'],
    values: ['price'],
    unit: 'USD per 1M operations (*-operations*), per connection-month (standard-connections-over-1K), per messaging-unit-hour (premium-messaging-unit)',
    sources: [infracost('servicebus_namespace_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      ['westeurope', 'basic-operations', '0', '0.05'], // Basic.0 1,000M operations 50.00 / 1,000
      ['westeurope', 'premium-messaging-unit', '0', '0.9275'], // Premium.16 10,833.20 / 11,680 MU-hours (Premium.1 677.08 ≈ 730 × 0.9275 = 677.075)
      ['westeurope', 'standard-operations-over-13M', '0', '0.8'], // "(13M-100M)" 69.60 / 87 × 1M
      ['westeurope', 'standard-operations-over-13M', '87', '0.5'], // "(100M-2,500M)" 1,200.00 / 2,400 × 1M
      ['westeurope', 'standard-operations-over-13M', '2487', '0.2'], // "(over 2,500M)" 100.00 / 500 × 1M
      ['westeurope', 'standard-connections-over-1K', '0', '0.03'], // "(1K-100K)" 2,970.00 / 99,000 connections
      // Infracost's servicebus_namespace.go fetches its "(100K-500K)" line with the meter tier starting at 500,000
      // and its "(over 500K)" line with the tier starting at 100,000 (the two are swapped), so the tier from 100K
      // is the "(over 500K)" figure 12,500.00 / 500,000 = 0.025 and the tier from 500K the "(100K-500K)" figure
      // 6,000.00 / 400,000 = 0.015 (Azure's price page lists the tiers in that order, falling).
      ['westeurope', 'standard-connections-over-1K', '99000', '0.025'],
      ['westeurope', 'standard-connections-over-1K', '499000', '0.015'],
    ],
  },
  {
    // eventgrid_topic_test.golden and eventgrid_system_topic_test.golden at da0a5862ad6a; both .tf files put the
    // resource group in "West Europe"; usage 820,000 operations, which Infracost rounds down to 8 × 100k.
    id: 'azure/event-grid',
    description: 'Event Grid topics and system topics: operations (Standard, per 100k)',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per 100k operations',
    sources: [
      infracost('eventgrid_topic_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e'),
      infracost('eventgrid_system_topic_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e'),
    ],
    rows: [
      ['westeurope', 'operations', '0.06'], // with_usage 0.48 / 8 × 100k (both goldens); without_usage prints "$0.06 per 100k operations"
    ],
  },
  {
    // application_insights_test.golden at da0a5862ad6a (.tf de60889e8a2f: "eastus"; usage 1,000 GB ingested) and
    // application_insights_web_t_test.golden at 57bcaf20e291 (.tf b72f6ec3dd40: "eastus").
    id: 'azure/application-insights',
    description: 'Application Insights (classic): data ingestion, retention beyond 90 days, multi-step web tests',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per GB (ingestion), per GB-month (retention), per test-month (multistep-web-test)',
    sources: [
      infracost('application_insights_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e'),
      infracost('application_insights_web_t_test', '57bcaf20e291d34ae65c2a2b8722a6fa6d4361d8'),
    ],
    rows: [
      ['eastus', 'ingestion', '2.3'], // "Data ingested" 2,300.00 / 1,000 GB; non_usage prints "$2.30 per GB"
      ['eastus', 'retention', '0.1'], // with_retention "Data retention (120 days)" 100.00 / 1,000 GB
      ['eastus', 'multistep-web-test', '10'], // non_free "Multi-step web test" 10.00 / 1 test
    ],
  },
  {
    // databricks_workspace_test.golden at da0a5862ad6a; its .tf (8f023c030c97) puts the resource group in "eastus";
    // usage (553bf5483746): standard 1,000 / 2,000 / 4,000 and premium 500 / 1,000 / 2,000 DBU-hours.
    id: 'azure/databricks',
    description: 'Azure Databricks DBUs by workspace tier and workload (all-purpose, jobs, jobs light)',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per DBU-hour',
    sources: [infracost('databricks_workspace_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      ['eastus', 'standard-all-purpose', '0.4'], // 400.00 / 1,000 DBU-hours; non_usage prints "$0.40 per DBU-hours"
      ['eastus', 'standard-jobs', '0.15'], // 300.00 / 2,000
      ['eastus', 'standard-jobs-light', '0.07'], // 280.00 / 4,000
      ['eastus', 'premium-all-purpose', '0.55'], // 275.00 / 500
      ['eastus', 'premium-jobs', '0.3'], // 300.00 / 1,000
      ['eastus', 'premium-jobs-light', '0.22'], // 440.00 / 2,000
    ],
  },
  {
    // iothub_test.golden at 57bcaf20e291; its .tf (b1564f461ba6) puts the resource group in "West Europe"; usage
    // (78897b256d80): dps_withUsage 10,000 operations.
    id: 'azure/iothub',
    description: 'IoT Hub units by SKU and Device Provisioning Service operations',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per unit-month (S1), per 1k operations (dps-operations)',
    sources: [infracost('iothub_test', '57bcaf20e291d34ae65c2a2b8722a6fa6d4361d8')],
    rows: [
      ['westeurope', 'S1', '25'], // iothub_multiple 4 units 100.00 / 4; iothub_single 25.00 / 1
      ['westeurope', 'dps-operations', '0.1'], // dps_withUsage 1.00 / 10 × 1k operations
    ],
  },
  {
    // West Europe throughout: data_factory_test.golden at da0a5862ad6a (.tf ea6b9adfbc8c; usage c5243a8579d2: 100,000
    // read/write and 25,000 monitoring entities), data_factory_integration_runtime_azure_test.golden at da0a5862ad6a
    // and data_factory_integration_runtime_self_hosted_test.golden at e9ce62908cda (.tf and usage 8264e53d459a:
    // 10,000 orchestration runs on one runtime each). Infracost bills data movement and pipeline activity for 730
    // hours; those figures give the hourly prices.
    id: 'azure/data-factory',
    description:
      'Data Factory: entity operations, Azure and self-hosted integration runtime orchestration, data movement, pipeline activity, data flow vCores, Azure-SSIS nodes',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per 50k entities (read-write, monitoring), per 1k runs (*-orchestration), per DIU-hour (azure-data-movement), per hour (self-hosted-data-movement, *-pipeline-activity), per vCore-hour (data-flow-*), per node-hour (ssis-<node size>-<edition>-<licence>)',
    sources: [
      infracost('data_factory_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e'),
      infracost('data_factory_integration_runtime_azure_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e'),
      infracost('data_factory_integration_runtime_self_hosted_test', 'e9ce62908cda6f0a7dd55ea058e4e03cf0f680ba'),
      infracost('data_factory_integration_runtime_azure_ssis_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e'),
    ],
    rows: [
      ['westeurope', 'read-write', '0.5'], // with_usage 1.00 / 2 × 50k entities
      ['westeurope', 'monitoring', '0.25'], // printed "$0.25 per 50k entities"; with_usage 0.5 × 0.25 = 0.125 → 0.13
      ['westeurope', 'azure-orchestration', '1'], // default_with_usage 10.00 / 10 × 1k runs
      ['westeurope', 'azure-data-movement', '0.25'], // 182.50 / 730 h
      ['westeurope', 'azure-pipeline-activity', '0.005'], // 3.65 / 730 h
      ['westeurope', 'data-flow-General', '0.268'], // gp "Compute (General Purpose, 8 vCores)" 1,565.12 / 5,840 vCore-hours
      ['westeurope', 'data-flow-ComputeOptimized', '0.1985'], // co 16 vCores 2,318.48 / 11,680
      ['westeurope', 'data-flow-MemoryOptimized', '0.34475'], // mo 272 vCores 68,453.56 / 198,560
      ['westeurope', 'self-hosted-orchestration', '1.5'], // with_usage 15.00 / 10 × 1k runs
      ['westeurope', 'self-hosted-data-movement', '0.1'], // 73.00 / 730 h
      ['westeurope', 'self-hosted-pipeline-activity', '0.002'], // 1.46 / 730 h
      // Azure-SSIS node-hours by node size, edition and licence (data_factory_integration_runtime_azure_ssis_test at
      // da0a5862ad6a, .tf c5243a8579d2 "West Europe"; the _managed_test golden at 3a74ef4a77fb prints the same).
      // Left out: D1_v2 Standard BasePrice 588.53 / 2,920 node-hours = 0.201551… (not exact).
      ['westeurope', 'ssis-standard_d8_v3-Standard-LicenseIncluded', '1.938'], // default 1,414.74 / 730 h
      ['westeurope', 'ssis-standard_e64_v3-Enterprise-LicenseIncluded', '35.372'], // 25,821.56 / 730 h
    ],
  },
  {
    // "eastus" throughout: automation_account_test.golden at 836f21f10362 (.tf f403b6f628a3; usage b1d50702589f:
    // allUsageEx 5 minutes and 2 nodes, someUsageEx 20 minutes) and automation_dsc_configuration_test.golden at
    // 57bcaf20e291 (.tf f403b6f628a3). Infracost reads the paid tiers (from 500 minutes, 5 nodes, 744 watcher hours)
    // and bills the whole quantity at them.
    id: 'azure/automation',
    description: 'Azure Automation: job run minutes, non-Azure DSC configuration nodes, watcher hours',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per minute (job-run), per node-month (non-azure-node), per hour (watcher)',
    sources: [
      infracost('automation_account_test', '836f21f10362347141707dfa4055bb41a0e22f9a'),
      infracost('automation_dsc_configuration_test', '57bcaf20e291d34ae65c2a2b8722a6fa6d4361d8'),
    ],
    rows: [
      ['eastus', 'job-run', '0.002'], // someUsageEx 20 minutes 0.04; printed "$0.002 per minutes"
      ['eastus', 'non-azure-node', '6'], // allUsageEx 2 nodes 12.00 / 2; dsc fiveNodes 30.00 / 5
      ['eastus', 'watcher', '0.002'], // printed "$0.002 per hours" on the account without usage
    ],
  },
  {
    // "West Europe" throughout: hdinsight_kafka_cluster_test.golden at 21efbccdd6ba (.tf ca4bf75322e9) and
    // hdinsight_spark_cluster_test.golden at da0a5862ad6a (.tf 873a4b06b65c). Infracost prices every cluster type's
    // nodes with the same HDInsight meter per VM size (hdInsightVMCostComponent), and Kafka worker disks with the
    // HDInsight S30 (Standard tier) or P30 (Premium tier) disk meter.
    id: 'azure/hdinsight',
    description: 'HDInsight cluster nodes by VM size (VM and HDInsight charge together) and Kafka worker managed disks',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per node-hour (node-<vm size, lower case>), per disk-month (kafka-disk-*)',
    sources: [
      infracost('hdinsight_kafka_cluster_test', '21efbccdd6ba96c50b5cfb3c00de0f32e3ad09cf'),
      infracost('hdinsight_spark_cluster_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e'),
    ],
    rows: [
      ['westeurope', 'node-standard_e2s_v3', '0.19'], // kafka standard head 2 nodes 277.40 / 1,460 h
      ['westeurope', 'node-standard_e64is_v3', '5.592'], // kafka standard workers 2 × 730 = 8,164.32 / 1,460
      ['westeurope', 'node-standard_g2', '1.476'], // kafka zookeeper 3,232.44 / 2,190; spark head 2,154.96 / 1,460
      ['westeurope', 'node-standard_nc24', '5.122'], // kafka non_usage head 7,478.12 / 1,460
      ['westeurope', 'node-standard_d3_v2', '0.295'], // kafka non_usage worker 215.35 / 730; zookeeper 646.05 / 2,190
      ['westeurope', 'node-standard_f2s_v2', '0.135'], // kafka premium head 197.10 / 1,460
      ['westeurope', 'node-standard_f32s_v2', '2.16'], // kafka premium zookeeper 4,730.40 / 2,190
      ['westeurope', 'kafka-disk-S30', '40.96'], // standard tier 2 workers × 2 disks: 163.84 / 4
      ['westeurope', 'kafka-disk-P30', '148.68'], // premium tier 3 × 3 disks: 1,338.12 / 9 (non_usage 446.04 / 3)
    ],
  },
];
