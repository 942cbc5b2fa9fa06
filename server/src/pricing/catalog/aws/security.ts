import type { Family } from '../../family';
import { monthly, usage } from './common';

/** aws_kms_key / AWS::KMS::Key: one key-month plus API requests per 10k (usage: monthly_requests). */
export const kmsKey: Family = {
  cloud: 'aws',
  terraform: ['aws_kms_key'],
  cloudformation: ['AWS::KMS::Key'],
  price(_r, ctx) {
    return {
      components: [
        monthly('Customer managed key', 'months', { table: 'aws/kms', key: ['key'] }),
        usage('Requests', '10k requests', ctx, 'monthly_requests', { table: 'aws/kms', key: ['requests'] }, 1e-4),
      ],
    };
  },
};

/** aws_secretsmanager_secret / AWS::SecretsManager::Secret: one secret-month plus API calls per 10k. */
export const secret: Family = {
  cloud: 'aws',
  terraform: ['aws_secretsmanager_secret'],
  cloudformation: ['AWS::SecretsManager::Secret'],
  price(_r, ctx) {
    return {
      components: [
        monthly('Secret', 'months', { table: 'aws/secretsmanager', key: ['secret'] }),
        usage('API requests', '10k requests', ctx, 'monthly_requests', { table: 'aws/secretsmanager', key: ['requests'] }, 1e-4),
      ],
    };
  },
};
