import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import { usage } from './common';

/**
 * azurerm_storage_account (StorageV2 block blobs): data stored at the access tier and replication (usage:
 * storage_gb), and write and read operations when the usage file has monthly_write_operations /
 * monthly_read_operations (per 10K), from the General Block Blob v2 meters. Files, tables and queues are not shown.
 */
export const storageAccount: Family = {
  cloud: 'azure',
  terraform: ['azurerm_storage_account'],
  price(r, ctx) {
    const tierAttr = r.str('account_tier', 'Standard', 'provider default');
    const repl = r.str('account_replication_type') ?? new Unknown('account_replication_type is not set');
    const access = r.str('access_tier', 'Hot', 'provider default access tier');
    if (tierAttr === 'Premium') {
      return {
        components: [
          {
            name: 'Storage',
            unit: 'GB',
            quantity: undefined,
            price: new Unknown('premium storage accounts are not priced yet'),
            usageBased: true,
          },
        ],
      };
    }
    if (isUnknown(repl) || typeof access !== 'string') {
      return {
        components: [
          {
            name: 'Storage',
            unit: 'GB',
            quantity: undefined,
            price: isUnknown(repl) ? repl : new Unknown('access_tier unknown'),
            usageBased: true,
          },
        ],
      };
    }
    const sku = `${access} ${repl}`;
    const product = 'General Block Blob v2';
    // Read meters are named per tier and, for zone-redundant accounts, ZRS ('Hot ZRS Read Operations').
    // Read-access geo-redundancy bills writes at the plain GRS/GZRS meter.
    const writeMeter = `${access} ${repl.replace(/^RA-/, '')} Write Operations`;
    const readSku = /ZRS/.test(repl) ? `${access} ZRS Read Operations` : `${access} Read Operations`;
    return {
      components: [
        usage(`Capacity (${sku})`, 'GB', ctx, 'storage_gb', {
          table: 'azure/storage',
          key: [product, sku, `${sku} Data Stored`, '1 GB/Month'],
        }),
        // Operations only when the usage file counts them: some replication types lack an operations meter
        // in the data, and a missing unit price should not make the whole account "unknown".
        ...(ctx.usage.has('monthly_write_operations')
          ? [
              usage(
                'Write operations',
                '10K operations',
                ctx,
                'monthly_write_operations',
                { table: 'azure/storage', key: [product, sku, writeMeter, '10K'] },
                1 / 10_000,
              ),
            ]
          : []),
        ...(ctx.usage.has('monthly_read_operations')
          ? [
              usage(
                'Read operations',
                '10K operations',
                ctx,
                'monthly_read_operations',
                { table: 'azure/storage', key: [product, sku, readSku, '10K'] },
                1 / 10_000,
              ),
            ]
          : []),
      ],
    };
  },
};
