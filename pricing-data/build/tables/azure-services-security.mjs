// Azure Key Vault and Managed HSM prices derived from Infracost's test output (key_vault_key_test,
// key_vault_certificate_test and key_vault_managed_hardware_security_module_test; every vault and HSM in their
// .tf files is in "eastus"). Read through the search tool on 2026-11-27; the goldens carry no date of their own,
// so the read date is recorded. Each price is "cost ÷ quantity", an exact short decimal that reproduces the
// printed cost; the meter names are the ones Infracost's resource code looks up (internal/providers/terraform/
// azure/key_vault_key.go, key_vault_certificate.go).

import { infracostAzure as infracost } from '../lib/infracost-sources.mjs';

export default [
  {
    id: 'azure/key-vault',
    description:
      'Key Vault per SKU (standard, premium) and meter: operations, advanced key operations, secret renewals, certificate renewals, HSM-protected keys (tiered)',
    keys: ['region', 'sku', 'meter', 'tierStart'],
    values: ['price'],
    unit: 'USD per 10K transactions (operations, advanced-key-operations), per renewal (secret-renewal, certificate-renewal), per key-month (hsm-*); tierStart in keys',
    sources: [
      infracost('key_vault_key_test', '027bec33d4836acb33a90ea902d8255869e9077f'),
      infracost('key_vault_certificate_test', '027bec33d4836acb33a90ea902d8255869e9077f'),
    ],
    rows: [
      // key_vault_key_test (usage file: 10,000 secrets operations = 1 unit of 10K for pr_rsa2048, and so on).
      ['eastus', 'premium', 'operations', '0', '0.03'], // pr_rsa2048 "Software-protected keys" 3.00 / 100; secrets 0.09 / 3
      ['eastus', 'premium', 'advanced-key-operations', '0', '0.15'], // pr_rsa3072 30.00 / 200; pr_ec 45.00 / 300
      ['eastus', 'premium', 'secret-renewal', '0', '1'], // "Storage key rotations" 30.00 / 30 renewals
      ['eastus', 'premium', 'hsm-rsa-2048', '0', '1'], // pr_hsm_rsa2048 "HSM-protected keys" 5,000.00 / 5,000 months
      ['eastus', 'premium', 'hsm-advanced-key', '0', '5'], // pr_hsm_rsa3072 "(first 250)" 1,250.00 / 250
      ['eastus', 'premium', 'hsm-advanced-key', '250', '2.5'], // "(next 1250)" 3,125.00 / 1,250
      ['eastus', 'premium', 'hsm-advanced-key', '1500', '0.9'], // "(next 2500)" 2,250.00 / 2,500
      ['eastus', 'premium', 'hsm-advanced-key', '4000', '0.4'], // "(over 4000)" 400.00 / 1,000
      ['eastus', 'standard', 'operations', '0', '0.03'], // std_rsa2048 "Secrets operations" 0.21 / 7
      ['eastus', 'standard', 'advanced-key-operations', '0', '0.15'], // std_rsa3072 90.00 / 600
      ['eastus', 'standard', 'secret-renewal', '0', '1'], // std_rsa3072 60.00 / 60 renewals
      // key_vault_certificate_test: "Certificate renewals" 300.00 / 100 requests in both vaults; "Certificate
      // operations" 0.30 / 10 (the operations meter again, 0.03).
      ['eastus', 'premium', 'certificate-renewal', '0', '3'],
      ['eastus', 'standard', 'certificate-renewal', '0', '3'],
    ],
  },
  {
    id: 'azure/key-vault-managed-hsm',
    description: 'Key Vault Managed HSM pools per SKU',
    keys: ['region', 'sku'],
    values: ['price'],
    unit: 'USD per HSM pool-hour',
    sources: [
      infracost('key_vault_managed_hardware_security_module_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef'),
    ],
    rows: [['eastus', 'Standard_B1', '4.85']], // "HSM pools" 3,540.50 / 730 hours
  },
];
