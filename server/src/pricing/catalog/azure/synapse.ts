import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import { hourly, usage } from './common';

const at = (item: string): PriceQuery => ({ table: 'azure/synapse', key: [item] });

/** A usage-based line whose quantity is the product of several usage keys (all must be set). */
function product(
  name: string,
  unit: string,
  ctx: FamilyContext,
  keys: readonly string[],
  price: PriceQuery | Unknown,
): ComponentSpec {
  const values = keys.map((k) => ctx.usage.num(k));
  const known = values.every((v) => v !== undefined);
  const quantity = known ? values.reduce<number>((a, v) => a * (v as number), 1) : undefined;
  return { name, unit, quantity, price, usageBased: true };
}

/**
 * azurerm_synapse_workspace: all usage, with Infracost's usage keys — serverless SQL data processed
 * (serverless_sql_pool_size_tb), data flows (instances × vCores × hours per tier), and pipeline activity runs (in
 * thousands), data integration unit-hours, data movement and integration-runtime hours on the Azure-hosted and
 * self-hosted runtimes. With managed_virtual_network_enabled the Azure-hosted lines use the managed-VNet runtime,
 * whose prices are not in the snapshot.
 */
export const synapseWorkspace: Family = {
  cloud: 'azure',
  terraform: ['azurerm_synapse_workspace'],
  price(r, ctx) {
    const vnet = r.bool('managed_virtual_network_enabled', false, 'provider default') === true;
    const hosted = (item: string) =>
      vnet ? new Unknown('managed virtual network integration runtime prices are not in the snapshot') : at(item);
    const basic = new Unknown('the Basic data flow price is not in the snapshot');
    const flow = (tier: string, price: PriceQuery | Unknown) => {
      const keys = [`dataflow_${tier}_instances`, `dataflow_${tier}_vcores`, `monthly_dataflow_${tier}_hours`];
      return product(`Data flow (${tier})`, 'vCore-hours', ctx, keys, price);
    };
    const runtime = vnet ? 'Azure-hosted managed VNet' : 'Azure-hosted';
    const pipe = (name: string, unit: string, usageKey: string, price: PriceQuery | Unknown) =>
      usage(name, unit, ctx, usageKey, price);
    const azure = (what: string) => `monthly_datapipeline_azure_hosted_${what}`;
    const self = (what: string) => `monthly_datapipeline_self_hosted_${what}`;
    const all: ComponentSpec[] = [
      usage('Serverless SQL pool data processed', 'TB', ctx, 'serverless_sql_pool_size_tb', at('serverless')),
      flow('basic', basic),
      flow('standard', at('dataflow-standard')),
      pipe(`Pipeline activity runs (${runtime})`, '1k runs', azure('activity_runs'), hosted('azure-activity-runs')),
      product(
        `Data integration units (${runtime})`,
        'DIU-hours',
        ctx,
        [azure('data_integration_units'), azure('data_integration_hours')],
        hosted('azure-diu'),
      ),
      pipe(
        `Pipeline activity runtime (${runtime})`,
        'hours',
        azure('integration_runtime_hours'),
        hosted('azure-runtime'),
      ),
      pipe(
        `External pipeline activity runtime (${runtime})`,
        'hours',
        azure('external_integration_runtime_hours'),
        hosted('azure-external-runtime'),
      ),
      pipe('Pipeline activity runs (self-hosted)', '1k runs', self('activity_runs'), at('self-activity-runs')),
      pipe('Data movement (self-hosted)', 'hours', self('data_movement_hours'), at('self-data-movement')),
      pipe('Pipeline activity runtime (self-hosted)', 'hours', self('integration_runtime_hours'), at('self-runtime')),
      pipe(
        'External pipeline activity runtime (self-hosted)',
        'hours',
        self('external_integration_runtime_hours'),
        at('self-external-runtime'),
      ),
    ];
    // A line without a price and without usage would only make the whole workspace unknown: leave it out, say so.
    const unpriced = all.filter((c) => isUnknown(c.price) && c.quantity === undefined);
    if (unpriced.length > 0)
      r.assume({
        label: 'not shown',
        value: unpriced.map((c) => c.name).join(', '),
        source: 'derived',
        note: 'no price in the snapshot; set their usage to see them as unknown',
      });
    return { components: all.filter((c) => !unpriced.includes(c)) };
  },
};

/**
 * azurerm_synapse_sql_pool (dedicated): the SKU's hours (DW100c … DW30000c), storage (usage: storage_tb) and
 * geo-redundant backup of that storage while geo-backups are on (usage disaster_recovery_enabled, else
 * geo_backup_policy_enabled, default true; never for LRS storage). A paused pool bills storage only: set
 * monthly_hrs.
 */
export const synapseSqlPool: Family = {
  cloud: 'azure',
  terraform: ['azurerm_synapse_sql_pool'],
  price(r, ctx) {
    const sku = r.str('sku_name');
    const price =
      sku === undefined
        ? new Unknown('sku_name is required')
        : isUnknown(sku)
          ? new Unknown('sku_name is not known before apply')
          : /^DW\d+c$/.test(sku)
            ? at(`dwu-${sku}`)
            : new Unknown(`${sku} is not a dedicated SQL pool SKU (DW100c … DW30000c)`);
    const components: ComponentSpec[] = [
      hourly(`DWU blocks (${typeof sku === 'string' ? sku : '?'})`, ctx, price),
      usage('Storage', 'TB', ctx, 'storage_tb', at('storage')),
    ];
    const fromUsage = ctx.usage.bool('disaster_recovery_enabled');
    const lrs = r.str('storage_account_type', 'GRS', 'provider default') === 'LRS';
    const geo = fromUsage ?? (!lrs && r.bool('geo_backup_policy_enabled', true, 'provider default') !== false);
    if (geo) components.push(usage('Geo-redundant backup', 'TB', ctx, 'storage_tb', at('geo-backup')));
    return { components };
  },
};
