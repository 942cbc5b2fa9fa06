import type { ComponentSpec, Family, FamilyContext } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { usage } from './common';

const aa = (item: string) => ({ table: 'azure/automation', key: [item] });

const jobRuns = (ctx: FamilyContext) => usage('Job run time', 'minutes', ctx, 'monthly_job_run_mins', aa('job-run'));
const nodes = (ctx: FamilyContext) =>
  usage('Non-Azure config nodes', 'nodes', ctx, 'non_azure_config_node_count', aa('non-azure-node'));

function noteFreeGrants(r: ResourceReader): void {
  const note = 'the 500 job minutes, 5 non-Azure nodes and 744 watcher hours Azure gives free each month';
  r.assume({ label: 'free grants', value: 'not deducted', source: 'derived', note });
}

/**
 * Azure Automation, usage only, as Infracost bills it: the account's job run minutes, non-Azure DSC nodes and watcher
 * hours (monthly_job_run_mins, non_azure_config_node_count, monthly_watcher_hrs); a job schedule's job minutes; a DSC
 * configuration's or node configuration's non-Azure nodes. Count each minute or node once, on the account or on
 * the child.
 */
export const automation: Family = {
  cloud: 'azure',
  terraform: [
    'azurerm_automation_account',
    'azurerm_automation_job_schedule',
    'azurerm_automation_dsc_configuration',
    'azurerm_automation_dsc_nodeconfiguration',
  ],
  price(r, ctx) {
    noteFreeGrants(r);
    let components: ComponentSpec[];
    if (r.type === 'azurerm_automation_account') {
      const watchers = usage('Watchers', 'hours', ctx, 'monthly_watcher_hrs', aa('watcher'));
      components = [jobRuns(ctx), nodes(ctx), watchers];
    } else if (r.type === 'azurerm_automation_job_schedule') {
      components = [jobRuns(ctx)];
    } else {
      components = [nodes(ctx)];
    }
    return { components };
  },
};
