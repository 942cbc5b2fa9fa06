// Azure prices derived from Infracost's test output, wave 3 (types m–z). Read through the search tool on
// 2026-11-27; the goldens carry no date of their own, so the read date is recorded. Each price is
// "cost ÷ quantity", an exact short decimal that reproduces every printed cost it appears in.

import { infracostAzure as infracost } from '../lib/azure-sources.mjs';

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
];
