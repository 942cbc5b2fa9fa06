// Azure Monitor Log Analytics prices derived from Infracost's log_analytics_workspace_test.golden. Its .tf puts
// every workspace in the resource group's location, "West Europe". Read through the search tool on 2026-11-27;
// the golden carries no date of its own, so the read date is recorded. Each price is "cost ÷ quantity" from the
// usage file's figures, an exact short decimal that reproduces the printed cost.
//
// Left out: the golden's "Sentinel data ingestion" rows. Infracost builds them with the same Log Analytics
// product filter as "Log data ingestion" (internal/resources/azure/log_analytics_workspace.go), so they repeat the
// Log Analytics price and say nothing about Microsoft Sentinel's. Commitment tiers other than 100 GB/day are not
// printed.

import { infracostAzure } from '../lib/infracost-sources.mjs';

const INFRACOST = infracostAzure('log_analytics_workspace_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef');

export default [
  {
    id: 'azure/log-analytics',
    description:
      'Log Analytics workspace: pay-as-you-go ingestion, retention beyond the included days, export, Basic logs, archive, commitment tiers',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per GB (ingestion, retention per GB-month, export, basic-*, archive*), per day (commitment-<GB per day>)',
    sources: [INFRACOST],
    rows: [
      ['westeurope', 'ingestion', '2.99'], // per_gb_data_ingestion 59.80 / 20 GB
      ['westeurope', 'retention', '0.13'], // log_data_retention_with_usage 3.90 / 30 GB
      ['westeurope', 'export', '0.13'], // log_data_export 5.20 / 40 GB
      ['westeurope', 'basic-ingestion', '0.65'], // 32.50 / 50 GB
      ['westeurope', 'basic-search', '0.0065'], // 0.39 / 60 GB searched
      ['westeurope', 'archive', '0.026'], // 1.82 / 70 GB
      ['westeurope', 'archive-restore', '0.13'], // 10.40 / 80 GB
      // 0.59 / 90 GB is not exact; the golden prints the unit price "$0.0065 per GB" on every workspace without
      // usage, and 90 × 0.0065 = 0.585 reproduces the printed 0.59.
      ['westeurope', 'archive-search', '0.0065'],
      // capacity_gb_data_ingestion: "30 × 100 GB (per day)" 7,585.20; Infracost counts exactly 30 days
      // (MonthlyQuantity 30 in its resource code), so 7,585.20 / 30 = 252.84 per day.
      ['westeurope', 'commitment-100', '252.84'],
    ],
  },
];
