// Azure prices derived from Infracost's test output, wave 3 (types m–z). Read through the search tool on
// 2026-11-27; the goldens carry no date of their own, so the read date is recorded. Each price is
// "cost ÷ quantity", an exact short decimal that reproduces every printed cost it appears in.

import { infracostAzure as infracost } from '../lib/infracost-sources.mjs';

export default [
  {
    // recovery_services_vault_test: every vault is in resource group "West Europe"; each protected VM bills a
    // protected-instance fee by the size backed up and GB-months of backup storage at the vault's redundancy
    // (Infracost's internal/resources/azure/backup_protected_vm.go: meters "Azure Files Protected Instances" for
    // ≤ 50 GB, "Azure VM Protected Instances" above, "<LRS|ZRS|GRS|RA-GRS> data stored").
    id: 'azure/backup',
    description: 'Azure Backup for VMs: protected-instance fee by size band, and backup storage by vault redundancy',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per protected instance-month (instance-*; instance-500gb is also the price of each 500 GB increment above 500 GB), per GB-month (*-storage)',
    sources: [infracost('recovery_services_vault_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      ['westeurope', 'instance-50gb', '5'], // small (10 + 30 GB) "Instance backup (under 50 GB)" 5.00 / 1 month
      ['westeurope', 'instance-500gb', '10'], // medium (178 GB) "(under 500 GB)" 10.00 / 1; large (1,128 GB, Infracost counts 2 increments) 20.00 / 2
      ['westeurope', 'LRS-storage', '0.0224'], // with_usage "LRS data stored" 8.96 / 400 GB; 1,128 → 25.27, 178 → 3.99, 40 → 0.90
      ['westeurope', 'ZRS-storage', '0.028'], // "ZRS data stored" 11.20 / 400; 1,128 → 31.58, 178 → 4.98, 40 → 1.12
      ['westeurope', 'GRS-storage', '0.0448'], // "GRS data stored" 17.92 / 400; 1,128 → 50.53, 178 → 7.97, 40 → 1.79
      ['westeurope', 'RA-GRS-storage', '0.0569'], // "RA-GRS data stored" 22.76 / 400; 1,128 → 64.18, 178 → 10.13, 40 → 2.28
    ],
  },
  {
    // storage_share_test: every account is in resource group "westus"; the usage file gives each standard share
    // 2,000,000 GB stored, 20,000 GB of snapshots and of metadata, 200,000 reads, 2,000,000 writes, lists and other
    // operations and 2,000 GB retrieved; each premium share bills its 50 GB quota and 10,000 GB of snapshots.
    // Read operations are left out: 0.03 / 20, 0.11 / 20 and 0.26 / 20 × 10K do not pin a price; so are
    // TransactionOptimized ZRS writes (3.75 / 200 = 0.01875, but 0.01874–0.01876 print the same).
    id: 'azure/files',
    description: 'Azure Files shares: pay-as-you-go storage, metadata, operations and retrieval (standard tiers), provisioned storage and snapshots (Premium), by access tier and redundancy',
    keys: ['region', 'tier', 'redundancy', 'item'],
    values: ['price'],
    unit: 'USD per GB-month (data, metadata, provisioned, snapshots), per 10K operations (*-ops), per GB (retrieval)',
    sources: [infracost('storage_share_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      ['westus', 'TransactionOptimized', 'LRS', 'data', '0.06'], // "Data at rest" 120,000.00 / 2,000,000 GB; "Snapshots" the same meter (0.06 × 20,000)
      ['westus', 'TransactionOptimized', 'LRS', 'write-ops', '0.015'], // "Write operations" 3.00 / 200 × 10K
      ['westus', 'TransactionOptimized', 'LRS', 'list-ops', '0.015'], // "List operations" 3.00 / 200 × 10K
      ['westus', 'TransactionOptimized', 'LRS', 'other-ops', '0.0015'], // "Other operations" 0.30 / 200 × 10K (band 0.001475–0.001525)
      ['westus', 'TransactionOptimized', 'ZRS', 'data', '0.075'], // "Data at rest" 150,000.00 / 2,000,000 GB; "Snapshots" the same meter (0.075 × 20,000)
      ['westus', 'TransactionOptimized', 'ZRS', 'list-ops', '0.015'], // "List operations" 3.00 / 200 × 10K
      ['westus', 'TransactionOptimized', 'ZRS', 'other-ops', '0.0015'], // "Other operations" 0.30 / 200 × 10K (band 0.001475–0.001525)
      ['westus', 'TransactionOptimized', 'GRS', 'data', '0.1'], // "Data at rest" 200,000.00 / 2,000,000 GB; "Snapshots" the same meter (0.1 × 20,000)
      ['westus', 'TransactionOptimized', 'GRS', 'write-ops', '0.03'], // "Write operations" 6.00 / 200 × 10K
      ['westus', 'TransactionOptimized', 'GRS', 'list-ops', '0.015'], // "List operations" 3.00 / 200 × 10K
      ['westus', 'TransactionOptimized', 'GRS', 'other-ops', '0.0015'], // "Other operations" 0.30 / 200 × 10K (band 0.001475–0.001525)
      ['westus', 'Hot', 'LRS', 'data', '0.0287'], // "Data at rest" 57,400.00 / 2,000,000 GB; "Snapshots" the same meter
      ['westus', 'Hot', 'LRS', 'metadata', '0.0297'], // "Metadata at rest" 594.00 / 20,000 GB
      ['westus', 'Hot', 'LRS', 'write-ops', '0.0715'], // "Write operations" 14.30 / 200 × 10K
      ['westus', 'Hot', 'LRS', 'list-ops', '0.0715'], // "List operations" 14.30 / 200 × 10K
      ['westus', 'Hot', 'LRS', 'other-ops', '0.0057'], // "Other operations" 1.14 / 200 × 10K (band 0.005675–0.005725)
      ['westus', 'Hot', 'ZRS', 'data', '0.036'], // "Data at rest" 72,000.00 / 2,000,000 GB; "Snapshots" the same meter
      ['westus', 'Hot', 'ZRS', 'metadata', '0.0371'], // "Metadata at rest" 742.00 / 20,000 GB
      ['westus', 'Hot', 'ZRS', 'write-ops', '0.0894'], // "Write operations" 17.88 / 200 × 10K
      ['westus', 'Hot', 'ZRS', 'list-ops', '0.0894'], // "List operations" 17.88 / 200 × 10K
      ['westus', 'Hot', 'ZRS', 'other-ops', '0.0057'], // "Other operations" 1.14 / 200 × 10K (band 0.005675–0.005725)
      ['westus', 'Hot', 'GRS', 'data', '0.0632'], // "Data at rest" 126,400.00 / 2,000,000 GB; "Snapshots" the same meter
      ['westus', 'Hot', 'GRS', 'metadata', '0.0655'], // "Metadata at rest" 1,310.00 / 20,000 GB
      ['westus', 'Hot', 'GRS', 'write-ops', '0.143'], // "Write operations" 28.60 / 200 × 10K
      ['westus', 'Hot', 'GRS', 'list-ops', '0.143'], // "List operations" 28.60 / 200 × 10K
      ['westus', 'Hot', 'GRS', 'other-ops', '0.0057'], // "Other operations" 1.14 / 200 × 10K (band 0.005675–0.005725)
      ['westus', 'Cool', 'LRS', 'data', '0.0228'], // "Data at rest" 45,600.00 / 2,000,000 GB; "Snapshots" the same meter
      ['westus', 'Cool', 'LRS', 'metadata', '0.0297'], // "Metadata at rest" 594.00 / 20,000 GB
      ['westus', 'Cool', 'LRS', 'write-ops', '0.13'], // "Write operations" 26.00 / 200 × 10K
      ['westus', 'Cool', 'LRS', 'list-ops', '0.0715'], // "List operations" 14.30 / 200 × 10K
      ['westus', 'Cool', 'LRS', 'other-ops', '0.0057'], // "Other operations" 1.14 / 200 × 10K (band 0.005675–0.005725)
      ['westus', 'Cool', 'LRS', 'retrieval', '0.01'], // "Data retrieval" 20.00 / 2,000 GB
      ['westus', 'Cool', 'ZRS', 'data', '0.0285'], // "Data at rest" 57,000.00 / 2,000,000 GB; "Snapshots" the same meter
      ['westus', 'Cool', 'ZRS', 'metadata', '0.0371'], // "Metadata at rest" 742.00 / 20,000 GB
      ['westus', 'Cool', 'ZRS', 'write-ops', '0.13'], // "Write operations" 26.00 / 200 × 10K
      ['westus', 'Cool', 'ZRS', 'list-ops', '0.0894'], // "List operations" 17.88 / 200 × 10K
      ['westus', 'Cool', 'ZRS', 'other-ops', '0.0057'], // "Other operations" 1.14 / 200 × 10K (band 0.005675–0.005725)
      ['westus', 'Cool', 'ZRS', 'retrieval', '0.01'], // "Data retrieval" 20.00 / 2,000 GB
      ['westus', 'Cool', 'GRS', 'data', '0.0501'], // "Data at rest" 100,200.00 / 2,000,000 GB; "Snapshots" the same meter
      ['westus', 'Cool', 'GRS', 'metadata', '0.0655'], // "Metadata at rest" 1,310.00 / 20,000 GB
      ['westus', 'Cool', 'GRS', 'write-ops', '0.26'], // "Write operations" 52.00 / 200 × 10K
      ['westus', 'Cool', 'GRS', 'list-ops', '0.143'], // "List operations" 28.60 / 200 × 10K
      ['westus', 'Cool', 'GRS', 'other-ops', '0.0057'], // "Other operations" 1.14 / 200 × 10K (band 0.005675–0.005725)
      ['westus', 'Cool', 'GRS', 'retrieval', '0.01'], // "Data retrieval" 20.00 / 2,000 GB
      ['westus', 'Premium', 'LRS', 'provisioned', '0.176'], // premium-filestorage["Premium.LRS"] "Data at rest" 8.80 / 50 GB quota (band 0.1759–0.1761; account line prints $0.18)
      ['westus', 'Premium', 'LRS', 'snapshots', '0.15'], // "Snapshots" 1,500.00 / 10,000 GB
      ['westus', 'Premium', 'ZRS', 'provisioned', '0.22'], // premium-filestorage["Premium.ZRS"] "Data at rest" 11.00 / 50 GB quota (band 0.2199–0.2201)
      ['westus', 'Premium', 'ZRS', 'snapshots', '0.187'], // "Snapshots" 1,870.00 / 10,000 GB (account line prints $0.19)
    ],
  },
  {
    // powerbi_embedded_test: both capacities in resource group "West Europe". A1 is left out: 735.91 / 730 h =
    // 1.008095… is not an exact quotient, so the printed cost does not fix the price.
    id: 'azure/powerbi-embedded',
    description: 'Power BI Embedded capacity node hours by SKU',
    keys: ['region', 'sku'],
    values: ['price'],
    unit: 'USD per node-hour',
    sources: [infracost('powerbi_embedded_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      ['westeurope', 'A5', '16.121'], // "Node usage (A5)" 11,768.33 / 730 h (band 16.121 ± 0.000007)
    ],
  },
  {
    // notification_hub_namespace_test: every namespace in resource group "eastus"; the first 10M pushes a month are
    // included in Basic and Standard, the Free SKU costs nothing.
    id: 'azure/notification-hubs',
    description: 'Notification Hubs namespaces by SKU (Basic, Standard) and pushes beyond the included 10M',
    keys: ['region', 'sku', 'item'],
    values: ['price'],
    unit: 'USD per namespace-month (namespace), per 1M pushes (pushes-*)',
    sources: [infracost('notification_hub_namespace_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      ['eastus', 'Basic', 'namespace', '10'], // "Namespace usage (Basic)" 10.00 / 1 month
      ['eastus', 'Basic', 'pushes-over-10M', '1'], // basicabove100M "Pushes (over 10M)" 190.00 / 190 × 1M; basicabove10M 10.00 / 10
      ['eastus', 'Standard', 'namespace', '200'], // "Namespace usage (Standard)" 200.00 / 1 month
      ['eastus', 'Standard', 'pushes-10M-100M', '10'], // stdabove100M "Pushes (10-100M)" 900.00 / 90 × 1M; stdabove10M 800.00 / 80
      ['eastus', 'Standard', 'pushes-over-100M', '2.5'], // stdabove100M "Pushes (over 100M)" 75.00 / 30 × 1M
    ],
  },
  {
    // private_dns_resolver_inbound_endpoint_test, _outbound_endpoint_test and _dns_forwarding_ruleset_test: every
    // resource in resource group "West Europe". Infracost bills each as one month (no hours), and does not price
    // the queries a ruleset processes.
    id: 'azure/private-dns-resolver',
    description: 'Azure DNS Private Resolver inbound and outbound endpoints and DNS forwarding rulesets',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per endpoint-month, per ruleset-month',
    sources: [
      infracost('private_dns_resolver_inbound_endpoint_test', '7839247d7186b4f62112200b9555c0df09df081d'),
      infracost('private_dns_resolver_outbound_endpoint_test', '3a74ef4a77fb90ee1b36255011b49084226c460a'),
      infracost('private_dns_resolver_dns_forwarding_ruleset_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e'),
    ],
    rows: [
      ['westeurope', 'inbound-endpoint', '180'], // "Inbound endpoint" 180.00 / 1 month
      ['westeurope', 'outbound-endpoint', '180'], // "Outbound endpoint" 180.00 / 1 month (both goldens)
      ['westeurope', 'forwarding-ruleset', '2.5'], // "Forwarding ruleset" 2.50 / 1 month
    ],
  },
  {
    // security_center_subscription_pricing_test: Defender plans are subscription-wide (the .tf sets no location), so
    // the table is not regional. Usage there: 1 / 2 servers (P1 / P2), 3 container vCores, 4 Azure-connected SQL
    // instances, 5 SQL vCores outside Azure, 6 MySQL, 7 PostgreSQL, 8 MariaDB, 12 App Service nodes, 15M DNS
    // queries, 17 registry images. Hourly meters (servers, App Service, SQL outside Azure) are per hour, billed
    // 730 h a month. Left out (no exact quotient or no unique price): servers P1 4.91 / 1, containers 20.61 / 2,190 h,
    // MariaDB 117.97 / 8, storage 107.60 / 11, ARM 70.52 / 14, Kubernetes 31.30 / 16, Cosmos DB 7.88 / 9, Key Vault
    // 3.23 / 13.
    id: 'azure/defender',
    description: 'Microsoft Defender for Cloud plans (Standard tier) by resource type',
    keys: ['plan', 'item'],
    values: ['price'],
    unit: 'USD per server-hour, node-hour or vCore-hour (servers-p2, node, vcore), per instance-month (instance, mysql, postgresql), per 1M queries (queries), per image (image)',
    sources: [infracost('security_center_subscription_pricing_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      ['VirtualMachines', 'servers-p2', '0.02'], // "Defender for servers, plan 2" 29.20 / (2 × 730 h)
      ['AppServices', 'node', '0.02'], // "Defender for app service" 175.20 / (12 × 730 h)
      ['SqlServers', 'vcore', '0.015'], // "Defender for SQL, outside Azure" 54.75 / (5 × 730 h)
      ['SqlServerVirtualMachines', 'instance', '15'], // "Defender for SQL, Azure-connected" 60.00 / 4 instances
      ['OpenSourceRelationalDatabases', 'mysql', '15'], // "Defender for MySQL" 90.00 / 6 instances
      ['OpenSourceRelationalDatabases', 'postgresql', '15'], // "Defender for PostgreSQL" 105.00 / 7 instances
      ['Dns', 'queries', '0.7'], // "Defender for DNS" 10.50 / 15 × 1M queries
      ['ContainerRegistry', 'image', '0.29'], // "Defender for container registries" 4.93 / 17 images
    ],
  },
  {
    // network_connection_monitor_test: the watcher and monitors in resource group "West Europe"; the first 10 tests
    // a month are free (the "12-tests" monitor bills 2: 0.60 / 2 = 0.30), so tierStart counts billable tests, after
    // those 10. The with_usage monitor's 2,000,000 tests fill every tier.
    id: 'azure/connection-monitor',
    description: 'Network Watcher Connection Monitor tests per month beyond the first 10 (free), tiered',
    keys: ['region', 'item', 'tierStart'],
    values: ['price'],
    unit: 'USD per test-month; tierStart in billable tests per month (after the 10 free)',
    sources: [infracost('network_connection_monitor_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      ['westeurope', 'tests', '0', '0.3'], // "Tests (10-240,010)" 72,000.00 / 240,000
      ['westeurope', 'tests', '240000', '0.09999'], // "Tests (240,010-750,010)" 50,994.90 / 510,000
      ['westeurope', 'tests', '750000', '0.05001'], // "Tests (750,010-1,000,010)" 12,502.50 / 250,000
      ['westeurope', 'tests', '1000000', '0.02001'], // "Tests (1,000,010+)" 20,009.80 / 999,990 = 0.0200100001… (band ± 0.000000005)
    ],
  },
  {
    // network_watcher_flow_log_test: every flow log in resource group "West Europe"; the usage file collects 10, 20 and
    // 30 GB a month, of which the first 5 GB are free. Traffic Analytics processes all the collected data.
    id: 'azure/flow-logs',
    description: 'Network Watcher flow logs collected beyond 5 GB, and Traffic Analytics data processed by interval',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per GB',
    sources: [infracost('network_watcher_flow_log_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      ['westeurope', 'logs-collected', '0.5'], // "Network logs collected (over 5GB)" 12.50 / 25 GB; 7.50 / 15; 2.50 / 5
      ['westeurope', 'traffic-analytics-60', '2.3'], // "Traffic Analytics data processed (60 min interval)" 69.00 / 30 GB
      ['westeurope', 'traffic-analytics-10', '3.5'], // "(10 min interval)" 70.00 / 20 GB
    ],
  },
];
