// Azure DNS prices derived from Infracost's test output. Azure DNS is global and billed by DNS billing zone, not
// by region: Infracost maps a resource group's location to "Zone 1", or "DE Zone 1" (germany*), "US Gov Zone 1"
// (usgov*) and "Zone 1 (China)" (china*) (internal/resources/azure/dns_zone.go). Read through the search tool on
// 2026-11-27; the goldens carry no date of their own, so the read date is recorded.
//
// Private zones and their record sets: Infracost prices them with the same "Public Zones" / "Public Queries"
// meters (private_dns_zone.go reuses the public zone's cost component), and its private_dns_zone_test and
// private_dns_a_record_test goldens print the same figures; the private rows are those figures.

import { infracostAzure } from '../lib/infracost-sources.mjs';

const infracost = (name) => infracostAzure(name, 'da0a5862ad6a970be64ea624fba1a7f79f7bb42e');

export default [
  {
    id: 'azure/dns',
    description: 'Azure DNS hosted zones (per zone-month) and queries (per 1M, tiered) by DNS billing zone',
    keys: ['zone', 'item', 'tierStart'],
    values: ['price'],
    unit: 'USD per zone-month (public-zone, private-zone), per 1M queries (*-queries); tierStart in millions of queries per month',
    sources: [
      infracost('dns_zone_test'),
      infracost('dns_a_record_test'),
      infracost('private_dns_zone_test'),
      infracost('private_dns_a_record_test'),
    ],
    rows: [
      ['Zone 1', 'public-zone', '0', '0.5'], // dns_zone_test westus "Hosted zone" 0.50 / 1 month (dns_a_record_test, West Europe: 0.50)
      ['DE Zone 1', 'public-zone', '0', '0.54'], // dns_zone_test germanywestcentral 0.54 / 1 month
      ['Zone 1', 'public-queries', '0', '0.4'], // dns_a_record_test (West Europe) "(first 1B)" 400.00 / 1,000 × 1M
      ['Zone 1', 'public-queries', '1000', '0.2'], // "(over 1B)" 100.00 / 500 × 1M
      ['Zone 1', 'private-zone', '0', '0.5'], // private_dns_zone_test westus 0.50 / 1 month
      ['DE Zone 1', 'private-zone', '0', '0.54'], // private_dns_zone_test germanywestcentral 0.54
      ['Zone 1', 'private-queries', '0', '0.4'], // private_dns_a_record_test (West Europe) 400.00 / 1,000
      ['Zone 1', 'private-queries', '1000', '0.2'], // 100.00 / 500
    ],
  },
];
