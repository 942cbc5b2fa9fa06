// Azure network gateways in eastus: Application Gateway (v1 instance sizes, v2 fixed + capacity units, v1 data
// processing tiers), Azure Firewall and VPN gateways with their connections.
//
// Infracost rows are "cost ÷ quantity" from its test output, kept only where the quotient is an exact short decimal
// that reproduces the printed cost; every test .tf puts the resources in "eastus" (the firewall .tf sets
// location = "eastus" on each firewall). The goldens were read through the search tool on 2026-11-27; their commit
// dates are not shown there, so the date below is that read date.
//
// Microsoft's "Understanding pricing" article for Application Gateway states East US prices for every v1 size and
// both v2 SKUs (file date ms.date 10/03/2022, used as the data date). Where both sources print a price they agree,
// except the WAF_v2 fixed hour: Microsoft 0.443, Infracost 262.80 / 730 = 0.36. The Microsoft figure is used, with
// Standard_v2 (0.246) from the same table, so both v2 SKUs come from one source; the build report records it.

import { infracostAzure as infracost } from '../lib/infracost-sources.mjs';

const MS_APPGW = {
  repo: 'MicrosoftDocs/azure-docs',
  path: 'articles/application-gateway/understanding-pricing.md',
  commit: '32e2ac40951d3f8ac0c57e937fa51e69af7d3577',
  date: '2022-10-03', // the article's ms.date
  license: 'CC-BY-4.0',
  covers: 'East US example prices: v1 Standard/WAF sizes and data tiers, v2 fixed and capacity-unit prices',
};

export default [
  {
    id: 'azure/application-gateway',
    description:
      'Application Gateway: v1 instance-hours by SKU, v2 fixed gateway-hours and capacity-unit-hours, v1 data processed by size (tiered)',
    keys: ['region', 'sku', 'meter', 'tierStart'],
    values: ['price'],
    unit: 'USD per instance-hour (gateway), per gateway-hour (fixed), per CU-hour (capacity-unit), per GB (data); tierStart in GB per month (10 TB = 10,240 GB)',
    sources: [infracost('application_gateway_test', 'f5879a38f085358a9ad948e69c90b98be68590b2'), MS_APPGW],
    build: (ctx) => {
      ctx.warn(
        'WAF_v2 fixed hour: Microsoft (2022-10-03) 0.443, Infracost application_gateway_test 262.80 / 730 = 0.36; Microsoft used',
      );
      return [
        // v1 per instance-hour (the golden's capacity = 2 gives 1,460 hours).
        ['eastus', 'Standard_Small', 'gateway', '0', '0.025'], // Infracost "Gateway usage (basic, small)" 36.50 / 1,460; Microsoft $0.025
        ['eastus', 'Standard_Medium', 'gateway', '0', '0.07'], // Microsoft Standard Medium $0.07
        ['eastus', 'Standard_Large', 'gateway', '0', '0.32'], // Microsoft Standard Large $0.32
        ['eastus', 'WAF_Medium', 'gateway', '0', '0.126'], // Infracost "Gateway usage (WAF, medium)" 183.96 / 1,460 (275.94 / 2,190); Microsoft $0.126
        ['eastus', 'WAF_Large', 'gateway', '0', '0.448'], // Microsoft WAF Large $0.448
        // v2: one fixed charge per gateway-hour plus capacity-unit-hours.
        ['eastus', 'Standard_v2', 'fixed', '0', '0.246'], // Microsoft Standard_V2 $0.246
        ['eastus', 'WAF_v2', 'fixed', '0', '0.443'], // Microsoft WAF_V2 $0.443 (Infracost prints 0.36, see above)
        ['eastus', 'Standard_v2', 'capacity-unit', '0', '0.008'], // Microsoft Standard_V2 1 CU $0.008
        ['eastus', 'WAF_v2', 'capacity-unit', '0', '0.0144'], // Infracost "V2 capacity units (WAF)" 210.24 / 14,600 (31.54 / 2,190, 21.02 / 1,460); Microsoft $0.0144
        // v1 data processed, by size: first 10 TB, next 30 TB (10–40 TB), over 40 TB.
        ['eastus', 'Small', 'data', '0', '0.008'], // Infracost "Data processing (0-10TB)" 81.92 / 10,240; Microsoft $0.008
        ['eastus', 'Small', 'data', '10240', '0.008'], // Infracost "(10-40TB)" 245.76 / 30,720; Microsoft $0.008
        ['eastus', 'Small', 'data', '40960', '0.008'], // Infracost "(over 40TB)" 472.32 / 59,040; Microsoft $0.008
        ['eastus', 'Medium', 'data', '0', '0'], // Infracost "Data processing (0-10TB) … $0.00 per GB"; Microsoft "Free"
        ['eastus', 'Medium', 'data', '10240', '0.007'], // Infracost WAF medium "(10-40TB)" 215.04 / 30,720; Microsoft $0.007
        ['eastus', 'Medium', 'data', '40960', '0.007'], // Infracost WAF medium "(over 40TB)" 413.28 / 59,040; Microsoft $0.007
        ['eastus', 'Large', 'data', '0', '0'], // Microsoft "Free" (first 40 TB)
        ['eastus', 'Large', 'data', '40960', '0.0035'], // Microsoft $0.0035 over 40 TB
      ];
    },
  },
  {
    id: 'azure/firewall',
    description: 'Azure Firewall: deployment hours and data processed by SKU tier, in a virtual network or a virtual hub',
    keys: ['region', 'tier', 'placement', 'meter'],
    values: ['price'],
    unit: 'USD per deployment-hour (deployment), per GB (data)',
    sources: [infracost('firewall_test', 'e9ce62908cda6f0a7dd55ea058e4e03cf0f680ba')],
    rows: [
      ['eastus', 'Standard', 'vnet', 'deployment', '1.25'], // "Deployment (Standard)" 912.50 / 730
      ['eastus', 'Standard', 'vnet', 'data', '0.016'], // "Data processed" 160.00 / 10,000 GB ("$0.016 per GB")
      ['eastus', 'Premium', 'vnet', 'deployment', '1.75'], // "Deployment (Premium)" 1,277.50 / 730
      ['eastus', 'Premium', 'vnet', 'data', '0.016'], // 160.00 / 10,000 GB
      ['eastus', 'Standard', 'hub', 'deployment', '1.25'], // "Deployment (Standard Secure Virtual Hub)" 912.50 / 730
      ['eastus', 'Standard', 'hub', 'data', '0.016'], // 320.00 / 20,000 GB
      ['eastus', 'Premium', 'hub', 'deployment', '1.75'], // "Deployment (Premium Secured Virtual Hub)" 1,277.50 / 730
      ['eastus', 'Premium', 'hub', 'data', '0.016'], // 320.00 / 20,000 GB
    ],
  },
  {
    id: 'azure/vpn-gateway',
    description: 'VPN gateways: gateway hours by SKU, point-to-site connections, data transfer out, site-to-site connections',
    keys: ['region', 'sku', 'meter'],
    values: ['price'],
    unit: 'USD per gateway-hour (gateway), per connection-hour (p2s, s2s), per GB (data-transfer)',
    sources: [
      infracost('virtual_network_gateway_test', '9af2bd33b3912f729c782c51b478abac7b5db3ca'),
      infracost('virtual_network_gateway_connection_test', '9af2bd33b3912f729c782c51b478abac7b5db3ca'),
    ],
    rows: [
      ['eastus', 'Basic', 'gateway', '0.036'], // "VPN gateway (Basic)" 26.28 / 730
      ['eastus', 'VpnGw1', 'gateway', '0.19'], // 138.70 / 730
      ['eastus', 'VpnGw1AZ', 'gateway', '0.21'], // 153.30 / 730
      ['eastus', 'VpnGw2', 'gateway', '0.49'], // 357.70 / 730
      ['eastus', 'VpnGw3', 'gateway', '1.25'], // 912.50 / 730
      ['eastus', 'VpnGw4', 'gateway', '2.1'], // 1,533.00 / 730
      ['eastus', 'VpnGw5', 'gateway', '3.65'], // 2,664.50 / 730
      // "P2S tunnels (over 128)": "$7.30 per tunnel" a month = 0.01 × 730 (22 tunnels 160.60, 5,872 tunnels
      // 42,865.60). The golden prints the same price for Basic, VpnGw1–5 and VpnGw1AZ.
      ['eastus', 'Basic', 'p2s', '0.01'],
      ['eastus', 'VpnGw1', 'p2s', '0.01'],
      ['eastus', 'VpnGw1AZ', 'p2s', '0.01'],
      ['eastus', 'VpnGw2', 'p2s', '0.01'],
      ['eastus', 'VpnGw3', 'p2s', '0.01'],
      ['eastus', 'VpnGw4', 'p2s', '0.01'],
      ['eastus', 'VpnGw5', 'p2s', '0.01'],
      // "VPN gateway data tranfer … $0.035 per GB" (VpnGw2 20 GB 0.70); Infracost reads one meter for every SKU.
      ['eastus', 'any', 'data-transfer', '0.035'],
      // virtual_network_gateway_connection_test: "VPN gateway (VpnGw1)" … "(VpnGw5)", "(VpnGw1AZ)" each 10.95 / 730.
      ['eastus', 'VpnGw1', 's2s', '0.015'],
      ['eastus', 'VpnGw1AZ', 's2s', '0.015'],
      ['eastus', 'VpnGw2', 's2s', '0.015'],
      ['eastus', 'VpnGw3', 's2s', '0.015'],
      ['eastus', 'VpnGw4', 's2s', '0.015'],
      ['eastus', 'VpnGw5', 's2s', '0.015'],
    ],
  },
];
