import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family, PriceQuery } from '../../family';
import { normalizeAzureRegion } from '../../regions';
import type { ResourceReader } from '../../resource-reader';

const TABLE = 'azure/files';
const STANDARD_TIERS = new Set(['TransactionOptimized', 'Hot', 'Cool']);
const REDUNDANCY = new Set(['LRS', 'ZRS', 'GRS']);

/** The storage account the share lives in (storage_account_name, or the newer storage_account_id), and its address. */
function account(r: ResourceReader): { attrs?: Record<string, unknown>; address: string } {
  const ref = r.reference('storage_account_id') ?? r.reference('storage_account_name');
  return ref ? { attrs: ref.attributes, address: ref.address } : { address: '' };
}

/**
 * azurerm_storage_share: Azure Files. A Premium share (FileStorage account) bills its provisioned quota per GB-month
 * plus snapshots (usage snapshots_storage_gb). A standard share (TransactionOptimized, Hot, Cool) is pay-as-you-go,
 * all from the usage file (Infracost's keys): storage_gb and snapshots_storage_gb at the data price,
 * metadata_at_rest_storage_gb (Hot, Cool), monthly_write_operations, monthly_list_operations,
 * monthly_other_operations (per 10K), and monthly_data_retrieval_gb (Cool). Read operations have no known price:
 * they are shown unknown only when monthly_read_operations is set. Tier: access_tier, else Premium on a FileStorage
 * account and TransactionOptimized otherwise; redundancy and location: the account's.
 */
export const storageShare: Family = {
  cloud: 'azure',
  terraform: ['azurerm_storage_share'],
  price(r, ctx) {
    const { attrs, address } = account(r);
    const location = typeof attrs?.location === 'string' ? normalizeAzureRegion(attrs.location) : ctx.region;
    if (!attrs || location !== ctx.region)
      r.assume({
        label: 'region',
        value: location,
        source: attrs ? 'derived' : 'default',
        note: attrs ? `the location of ${address}` : 'the storage account is not resolved: priced region',
      });
    const fileStorage = attrs?.account_kind === 'FileStorage';
    const tier = r.str('access_tier', fileStorage ? 'Premium' : 'TransactionOptimized', 'default for the account kind');
    const replication = attrs?.account_replication_type;
    if (typeof replication === 'string')
      r.assume({
        label: 'redundancy',
        value: replication,
        source: 'derived',
        note: `account_replication_type of ${address}`,
      });

    const why =
      typeof tier !== 'string'
        ? new Unknown('access_tier is not known')
        : !attrs
          ? new Unknown('the storage account is not resolved: its replication type sets the price')
          : tier === 'Premium' && !fileStorage
            ? new Unknown('the Premium access tier needs a FileStorage account')
            : tier !== 'Premium' && !STANDARD_TIERS.has(tier)
              ? new Unknown(`${tier} is not a file share access tier (TransactionOptimized, Hot, Cool, Premium)`)
              : typeof replication !== 'string' ||
                  !REDUNDANCY.has(replication) ||
                  (tier === 'Premium' && replication === 'GRS')
                ? new Unknown(`${String(replication)} ${tier} file shares are not in the snapshot`)
                : undefined;
    const at = (item: string): PriceQuery | Unknown =>
      why ?? { table: TABLE, key: [tier as string, replication as string, item], region: location };
    const usage = (key: string, per = 1) => {
      const n = ctx.usage.num(key);
      return n === undefined ? undefined : n / per;
    };
    const item = (name: string, unit: string, key: string, price: string, per = 1): ComponentSpec => ({
      name,
      unit,
      quantity: usage(key, per),
      price: at(price),
      usageBased: true,
    });

    if (tier === 'Premium') {
      const quota = r.num('quota') ?? new Unknown('quota is not set');
      return {
        components: [
          { name: 'Provisioned storage', unit: 'GB', quantity: quota, price: at('provisioned') },
          item('Snapshots', 'GB', 'snapshots_storage_gb', 'snapshots'),
        ],
      };
    }
    const components: ComponentSpec[] = [
      item('Data stored', 'GB', 'storage_gb', 'data'),
      item('Snapshots', 'GB', 'snapshots_storage_gb', 'data'),
    ];
    if (tier === 'Hot' || tier === 'Cool')
      components.push(item('Metadata', 'GB', 'metadata_at_rest_storage_gb', 'metadata'));
    components.push(
      item('Write operations', '10K operations', 'monthly_write_operations', 'write-ops', 10_000),
      item('List operations', '10K operations', 'monthly_list_operations', 'list-ops', 10_000),
      item('Other operations', '10K operations', 'monthly_other_operations', 'other-ops', 10_000),
    );
    const reads = usage('monthly_read_operations', 10_000);
    if (reads !== undefined)
      components.push({
        name: 'Read operations',
        unit: '10K operations',
        quantity: reads,
        price: new Unknown('the read-operation price is not in the snapshot'),
        usageBased: true,
      });
    if (tier === 'Cool') components.push(item('Data retrieval', 'GB', 'monthly_data_retrieval_gb', 'retrieval'));
    return { components };
  },
};
