import type { Family } from '../../family';
import { usage } from './common';

/** aws_ecr_repository / AWS::ECR::Repository: private image storage as usage (storage_gb). */
export const ecrRepository: Family = {
  cloud: 'aws',
  terraform: ['aws_ecr_repository'],
  cloudformation: ['AWS::ECR::Repository'],
  price(_r, ctx) {
    return { components: [usage('Image storage', 'GB-months', ctx, 'storage_gb', { table: 'aws/ecr', key: ['storage'] })] };
  },
};
