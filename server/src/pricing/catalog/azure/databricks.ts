import { isUnknown, Unknown } from '../../../model/value';
import type { Family, PriceQuery } from '../../family';
import { usage } from './common';

/** Workloads billed in DBU-hours, with the usage key Infracost reads for each. */
const WORKLOADS: readonly [string, string, string][] = [
  ['All-purpose compute DBUs', 'all-purpose', 'monthly_all_purpose_compute_dbu_hrs'],
  ['Jobs compute DBUs', 'jobs', 'monthly_jobs_compute_dbu_hrs'],
  ['Jobs light compute DBUs', 'jobs-light', 'monthly_jobs_light_compute_dbu_hrs'],
];

/**
 * azurerm_databricks_workspace: DBU-hours per workload at the workspace tier's price (usage keys as Infracost). The
 * cluster VMs and disks are billed as VMs in the managed resource group, outside this configuration. Trial
 * workspaces bill no DBUs.
 */
export const databricksWorkspace: Family = {
  cloud: 'azure',
  terraform: ['azurerm_databricks_workspace'],
  price(r, ctx) {
    const sku = r.str('sku') ?? new Unknown('sku is not set');
    const tier = typeof sku === 'string' ? sku.toLowerCase() : '';
    if (tier === 'trial') return { components: [], free: 'trial workspaces bill no DBUs (14 days)' };
    const known = tier === 'standard' || tier === 'premium';
    const why = isUnknown(sku) ? sku : new Unknown(`${sku} is not a Databricks tier (standard, premium, trial)`);
    const note = 'the clusters bill their VMs separately, in the managed resource group';
    r.assume({ label: 'cluster VMs', value: 'not included', source: 'derived', note });
    return {
      components: WORKLOADS.map(([name, workload, key]) => {
        const price: PriceQuery | Unknown = known ? { table: 'azure/databricks', key: [`${tier}-${workload}`] } : why;
        return usage(name, 'DBU-hours', ctx, key, price);
      }),
    };
  },
};
