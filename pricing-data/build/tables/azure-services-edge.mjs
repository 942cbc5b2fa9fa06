// Azure edge and network services: Private Link endpoints, Bastion, Front Door (classic) and its WAF policies,
// API Management, Virtual WAN hubs and ExpressRoute gateways, Traffic Manager.
//
// Every row is "cost ÷ quantity" from Infracost's test output, kept only where the quotient is an exact short decimal
// that reproduces the printed cost and no other short decimal does; the region is the one the test .tf sets (checked
// per golden below). The goldens were read through the search tool on 2026-11-27; their commit dates are not shown
// there, so the date recorded is that read date (lib/infracost-sources.mjs). Tier boundaries are the meters' start
// quantities as Infracost's resource code filters them (internal/resources/azure/<name>.go, same read), not the
// golden's buckets where those differ.
//
// Left out because the printed figure does not fix the price: API Management Developer (48.03 / 730 h: 0.0658 and
// 0.06579 both print 48.03). Not in any golden: Bastion Standard/Premium and scale units, Bastion data over 150 TB,
// Front Door outbound data outside Zone 1, API Management v2 SKUs and regions other than eastus, Traffic Manager DNS
// queries outside the Global billing region and Germany's external-endpoint health checks.

import { infracostAzure as infracost } from '../lib/infracost-sources.mjs';

// Microsoft's tier comparison for Front Door (Standard, Premium, classic): base fees per month; its data-transfer and
// request prices "vary by 8 zones" and are not listed, so they are not in the snapshot.
const MS_FRONT_DOOR = {
  repo: 'MicrosoftDocs/azure-docs',
  path: 'articles/frontdoor/understanding-pricing.md',
  commit: '17e7446a8bf211100c3512b67ee439fec05c89b2',
  date: '2023-05-26', // the article's ms.date
  license: 'CC-BY-4.0',
  covers: 'Front Door Standard and Premium base fees per month',
};

// Front Door (classic), billing Zone 1, from frontdoor_test and frontdoor_firewall_policy_test.
const ROWS_FRONT_DOOR = [
  ['Zone 1', 'routing-rule', '0', '0.03'], // "Routing rules (first 5 rules)" 109.50 / 3,650 rule-hours; 21.90 / 730
  ['Zone 1', 'routing-rule-extra', '0', '0.012'], // "Routing rules (per additional rule)" 8.76 / 730
  ['Zone 1', 'custom-domain', '0', '5'], // "Frontend hosts (over 100)" 50.00 / 10 hosts
  ['Zone 1', 'data-in', '0', '0.01'], // "Inbound data transfer" 10.00 / 1,000 GB
  ['Zone 1', 'data-out', '0', '0.17'], // "North America, Europe and Africa (first 10TB)" 1,700.00 / 10,000 GB
  ['Zone 1', 'data-out', '10000', '0.15'], // "(next 40TB)" 6,000.00 / 40,000 GB
  ['Zone 1', 'data-out', '50000', '0.13'], // "(over 50TB)" 19,500.00 / 150,000 GB
  ['Zone 1', 'waf-policy', '0', '5'], // "Policy" 5.00 / 1 month
  ['Zone 1', 'waf-custom-rule', '0', '1'], // "Custom rules" 2.00 / 2 rules
  ['Zone 1', 'waf-custom-rule-requests', '0', '0.6'], // "$0.60 per 1M requests" (0.11 × 0.6 = 0.066 prints 0.07)
  ['Zone 1', 'waf-managed-ruleset', '0', '20'], // "Managed rulesets" 40.00 / 2 rulesets
  ['Zone 1', 'waf-managed-ruleset-requests', '0', '1'], // "Managed ruleset requests" 1.00 / 1 × 1M
];

export default [
  {
    id: 'azure/private-endpoint',
    description: 'Private Link: private endpoint hours and inbound/outbound data processed (tiered)',
    keys: ['region', 'meter', 'tierStart'],
    values: ['price'],
    unit: 'USD per endpoint-hour (endpoint), per GB (inbound, outbound); tierStart in GB per month (1 PB = 1,000,000 GB)',
    // private_endpoint_test.tf: resource group location "westus", endpoints use its location.
    sources: [infracost('private_endpoint_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef')],
    rows: [
      ['westus', 'endpoint', '0', '0.01'], // "Private endpoint" 7.30 / 730 (all four endpoints)
      ['westus', 'inbound', '0', '0.01'], // with_multiple_tiers "Inbound (first 1PB)" 10,000.00 / 1,000,000 GB; with_inbound 1.00 / 100
      ['westus', 'inbound', '1000000', '0.006'], // "Inbound (next 4PB)" 24,000.00 / 4,000,000 GB
      ['westus', 'inbound', '5000000', '0.004'], // "Inbound (over 5PB)" 480.00 / 120,000 GB
      ['westus', 'outbound', '0', '0.01'], // "Outbound (first 1PB)" 10,000.00 / 1,000,000 GB; with_outbound 1.00 / 100
      ['westus', 'outbound', '1000000', '0.006'], // "Outbound (next 4PB)" 24,000.00 / 4,000,000 GB
      ['westus', 'outbound', '5000000', '0.004'], // "Outbound (over 5PB)" 480.00 / 120,000 GB
    ],
  },
  {
    id: 'azure/bastion',
    description: 'Azure Bastion: host hours by SKU and outbound data transfer (tiered)',
    keys: ['region', 'sku', 'meter', 'tierStart'],
    values: ['price'],
    unit: 'USD per host-hour (host), per GB (data-out); tierStart in GB per month',
    // bastion_host_test.tf: resource group location "australiaeast"; Infracost prices every host as Basic.
    // Data tiers start at 5, 10,240, 51,200 and 153,600 GB (bastion_host.go startUsage): the first 5 GB are not
    // billed. The golden buckets 100,000 GB as 10,000 / 50,000 / 40,000 (its tier widths), which does not change the
    // per-GB prices below.
    sources: [infracost('bastion_host_test', '027bec33d4836acb33a90ea902d8255869e9077f')],
    rows: [
      ['australiaeast', 'Basic', 'host', '0', '0.19'], // "Bastion host" 138.70 / 730
      ['australiaeast', 'Basic', 'data-out', '5', '0.12'], // "(first 10TB)" 1,200.00 / 10,000 GB
      ['australiaeast', 'Basic', 'data-out', '10240', '0.085'], // "(next 40TB)" 4,250.00 / 50,000 GB
      ['australiaeast', 'Basic', 'data-out', '51200', '0.082'], // "(next 100TB)" 3,280.00 / 40,000 GB
    ],
  },
  {
    id: 'azure/front-door',
    description:
      'Front Door (classic) by billing zone: routing rules, custom domains over 100, data in/out (tiered); Front Door WAF policies',
    keys: ['zone', 'item', 'tierStart'],
    values: ['price'],
    unit: 'USD per rule-hour (routing-rule*), per host-month (custom-domain), per GB (data-*), per policy-month (waf-policy), per rule-month (waf-custom-rule), per ruleset-month (waf-managed-ruleset), per 1M requests (waf-*-requests); tierStart in GB per month',
    // frontdoor_test.tf: resource group "West Europe" (Zone 1); frontdoor_firewall_policy_test.tf: "westus" (Zone 1).
    // Outbound tiers start at 10,000 and 50,000 GB (frontdoor.go startUsage, the golden's buckets agree).
    sources: [
      infracost('frontdoor_test', '3a74ef4a77fb90ee1b36255011b49084226c460a'),
      infracost('frontdoor_firewall_policy_test', '05030177b5349bb45a293baaca03431e76afac8f'),
    ],
    build: (ctx) => {
      ctx.warn(
        "Front Door (classic) routing rules: Infracost frontdoor_test 0.03 per rule-hour (first 5) and 0.012 (more); Microsoft's tier comparison (2023-05-26) lists $0.01 per hour for both; Infracost's meters used",
      );
      return ROWS_FRONT_DOOR;
    },
  },
  {
    id: 'azure/front-door-profile',
    description: 'Front Door Standard and Premium (azurerm_cdn_frontdoor_profile): base fee per profile-month by SKU',
    keys: ['sku'],
    values: ['price'],
    unit: 'USD per profile-month',
    sources: [MS_FRONT_DOOR],
    rows: [
      ['Standard_AzureFrontDoor', '35'], // "Base fees (per month) | $35 | $330 | N/A" (Standard)
      ['Premium_AzureFrontDoor', '330'], // same row (Premium)
    ],
  },
  {
    id: 'azure/api-management',
    description: 'API Management: unit-hours by classic tier, Premium self-hosted gateways, Consumption calls',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per unit-hour (tiers), per gateway-hour (gateway), per 1M calls (consumption-calls)',
    // api_management_test.tf: resource group location "eastus". Infracost bills capacity × 730 unit-hours.
    sources: [infracost('api_management_test', '027bec33d4836acb33a90ea902d8255869e9077f')],
    rows: [
      ['eastus', 'Basic', '0.2016'], // "API management (basic)" 294.34 / 1,460 (Basic_2); 0.2016 × 1,460 = 294.336
      ['eastus', 'Standard', '0.9407'], // "(standard)" 2,060.13 / 2,190 (Standard_3); 0.9407 × 2,190 = 2,060.133
      ['eastus', 'Premium', '3.829'], // "(premium)" 11,180.68 / 2,920 (Premium_4), exact
      ['eastus', 'gateway', '1.37'], // "Self hosted gateway" 5,000.50 / 3,650 gateway-hours (5 gateways), exact
      ['eastus', 'consumption-calls', '3.5'], // "API management (consumption)" 35.00 / 10 × 1M calls
    ],
  },
  {
    id: 'azure/virtual-wan',
    description:
      'Virtual WAN: Standard hub deployment and data processed, ExpressRoute, site-to-site and point-to-site VPN gateway scale units, ER and S2S connections',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hub-hour (hub), per GB (hub-data), per scale-unit-hour (*-scale-unit), per connection-hour (*-connection)',
    // virtual_hub_test, express_route_gateway_test, express_route_connection_test, vpn_gateway_connection_test and
    // point_to_site_vpn_gateway_test: every .tf puts its resource group in "West Europe". Basic hubs print nothing
    // (free). P2S connection-hours are left out: 0.11 for 9 hours fits 0.012 to 0.0127.
    sources: [
      infracost('virtual_hub_test', '3ce8f38448db2860d9bb2c0f8475d627f68dabe5'),
      infracost('express_route_gateway_test', '153fa9d9fc5eb28b59dd5ed7f7d09c704336ff66'),
      infracost('express_route_connection_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef'),
      infracost('vpn_gateway_connection_test', 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e'),
      infracost('point_to_site_vpn_gateway_test', '4269a32f875001bc0e682bbffb06b715002a9f95'),
    ],
    rows: [
      ['westeurope', 'hub', '0.25'], // "Deployment" (sku Standard) 182.50 / 730
      ['westeurope', 'hub-data', '0.02'], // "Data processed" 1.80 / 90 GB
      ['westeurope', 'er-scale-unit', '0.42'], // "ER scale units (2 Gbps)" 1,226.40 / (4 × 730); 306.60 / 730 (1 unit)
      ['westeurope', 'er-connection', '0.05'], // "ER Connections" 36.50 / 730
      ['westeurope', 's2s-scale-unit', '0.361'], // "S2S scale units (500 Mbps)" 263.53 / 730 (1 unit; 0.361 × 730 = 263.53)
      ['westeurope', 's2s-connection', '0.05'], // "S2S Connections" 36.50 / 730
      ['westeurope', 'p2s-scale-unit', '0.361'], // "P2S scale units (500 Mbps)" 1,317.65 / (5 × 730), exact
    ],
  },
  {
    id: 'azure/traffic-manager',
    description: 'Traffic Manager by billing region: DNS queries (tiered at 1B), Traffic View data points, endpoint health checks',
    keys: ['zone', 'item', 'tierStart'],
    values: ['price'],
    unit: 'USD per 1M queries (dns-queries), per 1M data points (traffic-view), per endpoint-month (*-endpoint*); tierStart in millions of queries per month',
    // Infracost's billing regions (traffic_manager_profile.go): US Gov, China, Germany by resource group location,
    // else Global. Every .tf puts the profiles in "West Europe" (Global), one endpoint test also in "Germany North".
    // Health checks print one month of a monthly price (the golden's "730 hours" is a display unit).
    sources: [
      infracost('traffic_manager_profile_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef'),
      infracost('traffic_manager_azure_endpoint_test', '57bcaf20e291d34ae65c2a2b8722a6fa6d4361d8'),
      infracost('traffic_manager_external_endpoint_test', '1136ce8379c5e8b41854bdc769986cc7d0a0049b'),
      infracost('traffic_manager_nested_endpoint_test', '15bf4bacbe4e353816451c1152aa3ec783633b57'),
    ],
    rows: [
      ['Global', 'dns-queries', '0', '0.54'], // "DNS queries (first 1B)" 540.00 / 1,000 × 1M
      ['Global', 'dns-queries', '1000', '0.375'], // "(over 1B)" 87.96 / 234.5678 × 1M (0.375 × 234.5678 = 87.963)
      ['Global', 'traffic-view', '0', '2'], // "Traffic view" 24.69 / 12.3456 × 1M; "$2.00 per 1M data points"
      ['Global', 'azure-endpoint', '0', '0.36'], // azure and nested endpoints "Basic health check (Global)" 0.36 / month
      ['Global', 'azure-endpoint-fast', '0', '1'], // "Fast interval health checks add-on (Global)" 1.00 / month
      ['Global', 'external-endpoint', '0', '0.54'], // external endpoints "Basic health check (Global)" 0.54 / month
      ['Global', 'external-endpoint-fast', '0', '2'], // external "Fast interval … add-on (Global)" 2.00 / month
      ['Germany', 'azure-endpoint', '0', '0.36'], // "Basic health check (Germany)" 0.36 / month
      ['Germany', 'azure-endpoint-fast', '0', '1.36'], // "Fast interval health checks add-on (Germany)" 1.36 / month
    ],
  },
  {
    id: 'azure/cdn',
    description: 'Azure CDN classic (Standard_Microsoft) by edge zone: outbound data (first 10 TB), rules engine rules and requests',
    keys: ['zone', 'item', 'tierStart'],
    values: ['price'],
    unit: 'USD per GB (microsoft-data), per rule-month (microsoft-rule), per 1M requests (microsoft-rule-requests)',
    // cdn_endpoint_test.tf: endpoints in "eastus" (Zone 1). Only the first 10 TB of Standard_Microsoft data is in the
    // golden; the Akamai and Verizon rows are left out (those CDNs are retired).
    sources: [infracost('cdn_endpoint_test', '153fa9d9fc5eb28b59dd5ed7f7d09c704336ff66')],
    rows: [
      ['Zone 1', 'microsoft-data', '0', '0.081'], // "Outbound data transfer (Microsoft, first 10TB)" 810.00 / 10,000 GB
      ['Zone 1', 'microsoft-rule', '0', '1'], // "Rules engine rules (over 5)" 3.00 / 3 rules
      ['Zone 1', 'microsoft-rule-requests', '0', '0.6'], // "Rules engine requests" 6.00 / 10 × 1M
    ],
  },
];
