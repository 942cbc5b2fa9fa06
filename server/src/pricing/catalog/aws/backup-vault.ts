import type { Family } from '../../family';
import { usage } from './common';

/** Backup and restore lines: name, unit, Infracost's usage key, row of aws/backup. */
const LINES: readonly [name: string, unit: string, key: string, item: string][] = [
  ['EFS backup (warm)', 'GB-months', 'monthly_efs_warm_backup_gb', 'efs-warm'],
  ['EFS backup (cold)', 'GB-months', 'monthly_efs_cold_backup_gb', 'efs-cold'],
  ['EFS restore (warm)', 'GB', 'monthly_efs_warm_restore_gb', 'efs-restore-warm'],
  ['EFS restore (cold)', 'GB', 'monthly_efs_cold_restore_gb', 'efs-restore-cold'],
  ['EFS restore (item-level)', 'requests', 'monthly_efs_item_restore_requests', 'efs-restore-item'],
  ['EBS snapshot', 'GB-months', 'monthly_ebs_snapshot_gb', 'ebs'],
  ['RDS snapshot', 'GB-months', 'monthly_rds_snapshot_gb', 'rds'],
  ['DynamoDB backup', 'GB-months', 'monthly_dynamodb_backup_gb', 'dynamodb'],
  ['DynamoDB restore', 'GB', 'monthly_dynamodb_restore_gb', 'dynamodb-restore'],
  ['Aurora snapshot', 'GB-months', 'monthly_aurora_snapshot_gb', 'aurora'],
  ['FSx for Windows backup', 'GB-months', 'monthly_fsx_windows_backup_gb', 'fsx-windows'],
  ['FSx for Lustre backup', 'GB-months', 'monthly_fsx_lustre_backup_gb', 'fsx-lustre'],
];

/**
 * aws_backup_vault / AWS::Backup::BackupVault: the vault is free; what it stores and restores is billed per
 * resource type, all as usage (the same keys as Infracost). Without usage each line shows its unit price.
 */
export const backupVault: Family = {
  cloud: 'aws',
  terraform: ['aws_backup_vault'],
  cloudformation: ['AWS::Backup::BackupVault'],
  price(_r, ctx) {
    return { components: LINES.map(([name, unit, key, item]) => usage(name, unit, ctx, key, { table: 'aws/backup', key: [item] })) };
  },
};
