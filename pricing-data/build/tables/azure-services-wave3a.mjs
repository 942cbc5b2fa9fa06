// Azure wave 3a: App Configuration, App Service Environment (v2 stamp), Microsoft Entra Domain Services (and its
// replica sets), Logic Apps Integration Service Environments, App Service IP SSL bindings, Device Update for IoT
// Hub and Logic Apps Standard, all derived from Infracost's test output (Apache-2.0). The goldens carry no date of
// their own: 2026-11-27 is the read date. Only "cost ÷ quantity" values that are exact short decimals reproducing
// every printed cost are kept (see each row); SKUs the goldens do not print (App Configuration developer/premium,
// ASE I3) are left out and the families report them as unknown.
import { infracostAzure } from '../lib/infracost-sources.mjs';

export default [
  {
    id: 'azure/app-configuration',
    description: 'Azure App Configuration: standard store-days (each replica bills another) and requests over 200k/day',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per store-day (standard), per 10k requests (standard-requests)',
    // app_configuration_test.tf: every store in "West Europe" (replicas in West US, East Asia, Australia East are
    // printed at the same daily price); usage.yml monthly_additional_requests 30,000.
    sources: [infracostAzure('app_configuration_test', '1b2c0d362f918e04a6ba9e96efcf97fe3379b824')],
    rows: [
      ['westeurope', 'standard', '1.2'], // "Instance" 36.00 / 30 days; 1 replica 72.00 / (2 × 30); 3 replicas 144.00 / (4 × 30)
      ['westeurope', 'standard-requests', '0.06'], // printed "$0.06 per 10k requests"; usage 0.18 / 3 × 10k
    ],
  },
  {
    id: 'azure/app-service-environment',
    description: 'App Service Environment (v2): stamp fee and Isolated instance hours by pricing tier',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hour',
    // app_service_environment_test.tf: resource group location "eastus".
    sources: [infracostAzure('app_service_environment_test', '03ed8916992bd2dfee987d8fc09279f819492962')],
    rows: [
      ['eastus', 'stamp', '1.358'], // "Stamp fee" 991.34 / 730 (all six environments)
      ['eastus', 'I1', '0.285'], // "Instance usage (I1)" 208.05 / 730
      ['eastus', 'I2', '0.57'], // "Instance usage (I2)" 416.10 / 730
    ],
  },
  {
    id: 'azure/domain-services',
    description: 'Microsoft Entra Domain Services (Azure AD DS): hours per managed domain or replica set by SKU',
    keys: ['region', 'sku'],
    values: ['price'],
    unit: 'USD per hour',
    // active_directory_domain_service_test.tf and _replica_set_test.tf: location "australiaeast".
    sources: [
      infracostAzure('active_directory_domain_service_test', '05030177b5349bb45a293baaca03431e76afac8f'),
      infracostAzure('active_directory_domain_service_replica_set_test', '027bec33d4836acb33a90ea902d8255869e9077f'),
    ],
    rows: [
      ['australiaeast', 'Standard', '0.15'], // "(Standard)" 109.50 / 730
      ['australiaeast', 'Enterprise', '0.4'], // "(Enterprise)" 292.00 / 730; replica set (Enterprise) 292.00 / 730
      ['australiaeast', 'Premium', '1.6'], // "(Premium)" 1,168.00 / 730
    ],
  },
  {
    id: 'azure/integration-service-environment',
    description: 'Logic Apps Integration Service Environment: base unit hours by SKU and Premium scale unit hours',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per unit-hour',
    // integration_service_environment_test.tf: resource group location "eastus"; sku_name Premium_3, Premium_0,
    // Developer_0.
    sources: [infracostAzure('integration_service_environment_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef')],
    rows: [
      ['eastus', 'Premium-base', '6.64'], // Premium_3 and Premium_0 "Base units" 4,847.20 / 730
      ['eastus', 'Premium-scale', '3.32'], // Premium_3 "Scale units" 7,270.80 / 2,190 (3 × 730)
      ['eastus', 'Developer-base', '1.027'], // Developer_0 "Base units" 749.71 / 730
    ],
  },
  {
    id: 'azure/app-service-ip-ssl',
    description: 'App Service IP-based SSL binding (custom hostname or certificate binding with ssl_state IpBasedEnabled)',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per binding-month',
    // app_service_custom_hostname_binding_test.tf: resource group location "eastus2", ssl_state IpBasedEnabled (the
    // SniEnabled binding is free). app_service_certificate_binding_test.golden prints the same 39.00 for its
    // IpBasedEnabled binding (its .tf sets no location).
    sources: [
      infracostAzure('app_service_custom_hostname_binding_test', '05030177b5349bb45a293baaca03431e76afac8f'),
      infracostAzure('app_service_certificate_binding_test', '027bec33d4836acb33a90ea902d8255869e9077f'),
    ],
    rows: [
      ['eastus2', 'ip-ssl', '39'], // "IP SSL certificate" 39.00 / 1 month (both goldens)
    ],
  },
  {
    id: 'azure/device-update',
    description: 'Device Update for IoT Hub (Standard): tenant hours per account and devices per month per instance',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per tenant-hour (tenant), per device-month (devices)',
    // iothub_device_update_account_test.tf and _instance_test.tf: resource group location "West Europe"; the
    // instance's usage file sets device_count 500.
    sources: [
      infracostAzure('iothub_device_update_account_test', '9bc01cc1cf948a231cde32de57d404a57d23b210'),
      infracostAzure('iothub_device_update_instance_test', 'c073632fd7d739cc502750e5d05b7c6aeef2b381'),
    ],
    rows: [
      ['westeurope', 'tenant', '0.001'], // "Device update tenants" 0.73 / 730 hours
      ['westeurope', 'devices', '0.1'], // "Device update devices" 50.00 / 500 devices
    ],
  },
  {
    id: 'azure/logic-apps',
    description: 'Logic Apps Standard: Workflow Standard plan vCPU and memory hours, standard and enterprise connector calls',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per vCPU-hour (standard-vcpu), per GB-hour (standard-memory), per call (*-connector)',
    // logic_app_standard_test.tf: resource group location "West Europe"; plans WS1 (1 vCPU, 3.5 GB), WS2 (2, 7), WS3
    // (4, 14), billed hourly × 730; usage 2,000,000 standard and 1,000,000 enterprise connector calls.
    sources: [infracostAzure('logic_app_standard_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e')],
    rows: [
      // "Workflow vCore" WS1 143.96 / 730 = 0.19720 (band 0.197199–0.197212), WS2 287.91 / 1,460 = 0.197199
      // (0.197195–0.197202), WS3 575.82 / 2,920 = 0.197199 (0.197197–0.197200): 0.1972 is the only 4-decimal value in
      // all three (730 × 0.1972 = 143.956, 1,460 × 0.1972 = 287.912, 2,920 × 0.1972 = 575.824).
      ['westeurope', 'standard-vcpu', '0.1972'],
      // "Workflow memory" WS1 36.03 / 2,555 GB-h (0.0140998–0.0141037), WS2 72.05 / 5,110 (0.0140988–0.0141008), WS3
      // 144.10 / 10,220 (0.0140993–0.0141003): 0.0141 in all three; printed "$10.29 per GB" = 730 × 0.0141 = 10.293.
      ['westeurope', 'standard-memory', '0.0141'],
      ['westeurope', 'standard-connector', '0.000125'], // printed "$0.000125 per calls"; 250.00 / 2,000,000
      ['westeurope', 'enterprise-connector', '0.001'], // printed "$0.001 per calls"; 1,000.00 / 1,000,000
    ],
  },
];
