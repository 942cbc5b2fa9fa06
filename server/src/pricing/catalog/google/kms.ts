import type { Family } from '../../family';
import { usage } from './common';

/**
 * google_kms_crypto_key: active key versions per month at the price of the protection level (one version
 * unless the usage file's `key_versions` counts rotations still active) and cryptographic operations (usage:
 * monthly_key_operations, per 10,000).
 */
export const kmsCryptoKey: Family = {
  cloud: 'google',
  terraform: ['google_kms_crypto_key'],
  price(r, ctx) {
    const level = r.str('version_template.0.protection_level', 'SOFTWARE', 'provider default protection level');
    const item = level === 'HSM' ? 'hsm' : level === 'EXTERNAL' || level === 'EXTERNAL_VPC' ? 'external' : 'software';
    const versions = ctx.usage.num('key_versions') ?? 1;
    return {
      components: [
        {
          name: `Key versions (${item})`,
          unit: 'key version-months',
          quantity: versions,
          price: { table: 'google/kms', key: [item] },
        },
        usage(
          'Cryptographic operations',
          '10K operations',
          ctx,
          'monthly_key_operations',
          { table: 'google/kms', key: ['operations'] },
          1 / 10_000,
        ),
      ],
    };
  },
};
