import type { Family } from '../../family';
import { usage } from './common';

/**
 * aws_efs_file_system / AWS::EFS::FileSystem: Standard storage as usage (storage_gb). Infrequent-access
 * and provisioned-throughput prices are not in the snapshot yet.
 */
export const efsFileSystem: Family = {
  cloud: 'aws',
  terraform: ['aws_efs_file_system'],
  cloudformation: ['AWS::EFS::FileSystem'],
  price(_r, ctx) {
    return { components: [usage('Storage (Standard)', 'GB-months', ctx, 'storage_gb', { table: 'aws/efs', key: ['standard'] })] };
  },
};
