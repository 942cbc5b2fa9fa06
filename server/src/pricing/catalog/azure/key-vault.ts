import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { referenced } from '../aws/common';
import { hourly, noteParentLocation, usage } from './common';

/** A usage-based count of operations (usage file: `key`), billed per 10,000. */
const per10k = (name: string, ctx: FamilyContext, key: string, price: PriceQuery | Unknown): ComponentSpec =>
  usage(name, '10K transactions', ctx, key, price, 1 / 10_000);

const kv = (sku: string, meter: string): PriceQuery => ({ table: 'azure/key-vault', key: [sku, meter, '0'] });

/**
 * azurerm_key_vault: a vault has no monthly fee. Secrets operations (usage: monthly_secrets_operations) and
 * managed storage-account key rotations (monthly_key_rotation_renewals) are billed at the SKU's meters; key and
 * certificate charges sit on azurerm_key_vault_key and azurerm_key_vault_certificate.
 */
export const keyVault: Family = {
  cloud: 'azure',
  terraform: ['azurerm_key_vault'],
  price(r, ctx) {
    const sku = r.str('sku_name');
    const meter = (m: string) =>
      typeof sku === 'string' ? kv(sku.toLowerCase(), m) : (sku ?? new Unknown('sku_name is not set'));
    const note = 'a vault is billed by its operations only';
    r.assume({ label: 'vault fee', value: 'none', source: 'derived', note });
    return {
      components: [
        per10k('Secrets operations', ctx, 'monthly_secrets_operations', meter('operations')),
        usage('Storage key rotations', 'renewals', ctx, 'monthly_key_rotation_renewals', meter('secret-renewal')),
      ],
    };
  },
};

/** The SKU of the vault a key or certificate lives in (key_vault_id), or an assumed one when it is not resolved. */
function vaultSku(r: ResourceReader, hsm: boolean): string | Unknown {
  const vault = referenced(r, 'key_vault_id');
  const sku = vault?.sku_name;
  if (isUnknown(sku)) return sku;
  if (typeof sku === 'string') {
    r.assume({ label: 'vault SKU', value: sku.toLowerCase(), source: 'derived', note: 'sku_name of key_vault_id' });
    return sku.toLowerCase();
  }
  const assumed = hsm ? 'premium' : 'standard';
  const note = 'the vault (key_vault_id) could not be resolved; HSM-protected keys need a premium vault';
  r.assume({ label: 'vault SKU', value: assumed, source: 'default', note });
  return assumed;
}

/**
 * azurerm_key_vault_key: key operations (usage: monthly_protected_keys_operations) at the RSA 2048-bit meter or
 * the advanced-key meter (RSA 3072/4096, EC). HSM-protected keys (key_type *-HSM, premium vaults) also pay per
 * key version per month (usage: hsm_protected_keys, default one), tiered for advanced keys.
 */
export const keyVaultKey: Family = {
  cloud: 'azure',
  terraform: ['azurerm_key_vault_key'],
  price(r, ctx) {
    noteParentLocation(r, ctx, 'key_vault_id');
    const keyType = r.str('key_type');
    if (typeof keyType !== 'string') {
      const why = keyType ?? new Unknown('key_type is not set');
      return { components: [per10k('Key operations', ctx, 'monthly_protected_keys_operations', why)] };
    }
    const hsm = /-HSM$/i.test(keyType);
    const rsa2048 = /^RSA(-HSM)?$/i.test(keyType) && r.num('key_size') === 2048;
    const sku = vaultSku(r, hsm);
    const meter = (m: string) => (isUnknown(sku) ? sku : kv(sku, m));
    const kind = rsa2048 ? 'RSA 2048' : 'advanced';
    const operations = per10k(
      `Key operations (${hsm ? 'HSM' : 'software'}-protected, ${kind})`,
      ctx,
      'monthly_protected_keys_operations',
      meter(rsa2048 ? 'operations' : 'advanced-key-operations'),
    );
    if (!hsm) return { components: [operations] };
    const versions = ctx.usage.num('hsm_protected_keys');
    const note = 'one key version (each version is billed)';
    if (versions === undefined) r.assume({ label: 'hsm_protected_keys', value: '1', source: 'default', note });
    const keyMonths: ComponentSpec = {
      name: `HSM-protected key (${kind})`,
      unit: 'key-months',
      quantity: versions ?? 1,
      price:
        sku !== 'premium'
          ? new Unknown('HSM-protected keys need a premium vault')
          : rsa2048
            ? kv(sku, 'hsm-rsa-2048')
            : { table: 'azure/key-vault', key: [sku, 'hsm-advanced-key'], tiered: true },
    };
    return { components: [keyMonths, operations] };
  },
};

/**
 * azurerm_key_vault_certificate: renewal requests (usage: monthly_certificate_renewal_requests) and other
 * certificate operations (monthly_certificate_other_operations), Infracost's usage keys.
 */
export const keyVaultCertificate: Family = {
  cloud: 'azure',
  terraform: ['azurerm_key_vault_certificate'],
  price(r, ctx) {
    noteParentLocation(r, ctx, 'key_vault_id');
    const sku = vaultSku(r, false);
    const meter = (m: string) => (isUnknown(sku) ? sku : kv(sku, m));
    const renewal = meter('certificate-renewal');
    return {
      components: [
        usage('Certificate renewals', 'requests', ctx, 'monthly_certificate_renewal_requests', renewal),
        per10k('Certificate operations', ctx, 'monthly_certificate_other_operations', meter('operations')),
      ],
    };
  },
};

/** azurerm_key_vault_managed_hardware_security_module: the HSM pool's hourly charge by SKU. */
export const keyVaultManagedHsm: Family = {
  cloud: 'azure',
  terraform: ['azurerm_key_vault_managed_hardware_security_module'],
  price(r, ctx) {
    const sku = r.str('sku_name');
    const price =
      typeof sku === 'string'
        ? { table: 'azure/key-vault-managed-hsm', key: [sku] }
        : (sku ?? new Unknown('sku_name is not set'));
    return { components: [hourly(`HSM pool (${typeof sku === 'string' ? sku : '?'})`, ctx, price)] };
  },
};
