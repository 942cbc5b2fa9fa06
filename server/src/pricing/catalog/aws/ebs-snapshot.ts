import type { Family } from '../../family';
import { referenced } from './common';

/**
 * aws_ebs_snapshot, aws_ebs_snapshot_copy: snapshot storage per GB-month. Snapshots are incremental, so the
 * stored size comes from the usage file (monthly_storage_gb); without it, the size of the referenced volume
 * is used as an upper bound (a first snapshot stores at most every block), and the hover says so.
 */
export const ebsSnapshot: Family = {
  cloud: 'aws',
  terraform: ['aws_ebs_snapshot', 'aws_ebs_snapshot_copy'],
  price(r, ctx) {
    const fromUsage = ctx.usage.num('monthly_storage_gb');
    let gb = fromUsage;
    const volume = referenced(r, 'volume_id');
    if (gb === undefined && volume && typeof volume.size === 'number') {
      gb = volume.size;
      r.assume({ label: 'snapshot size', value: `${gb} GB`, source: 'derived', note: 'the referenced volume size, an upper bound for an incremental snapshot' });
    }
    const tier = r.str('storage_tier', 'standard', 'snapshots start in the standard tier') === 'archive' ? 'archive' : 'storage';
    const name = `Snapshot storage (${tier === 'archive' ? 'archive' : 'standard'})`;
    return { components: [{ name, unit: 'GB-months', quantity: gb, price: { table: 'aws/ebs-snapshot', key: [tier] }, usageBased: fromUsage !== undefined || gb === undefined }] };
  },
};
