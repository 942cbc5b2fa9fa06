import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';

const TABLE = 'azure/flow-logs';
const FREE_GB = 5;

/**
 * azurerm_network_watcher_flow_log: from the usage file's monthly_logs_collected_gb, the logs collected beyond the
 * first 5 GB a month and, with traffic_analytics enabled, all of it processed at the interval's rate (60 or 10
 * minutes, default 60). A disabled flow log costs nothing. Storage of the logs is billed on the storage account.
 */
export const flowLog: Family = {
  cloud: 'azure',
  terraform: ['azurerm_network_watcher_flow_log'],
  price(r, ctx) {
    const enabled = r.bool('enabled', true, 'provider default');
    if (enabled === false) return { components: [], free: 'the flow log is disabled' };
    const gb = ctx.usage.num('monthly_logs_collected_gb');
    const note = 'the monthly free allowance is deducted on each flow log, as Infracost does';
    r.assume({ label: 'free logs', value: `${FREE_GB} GB`, source: 'default', note });
    const components: ComponentSpec[] = [
      {
        name: `Network logs collected (over ${FREE_GB} GB)`,
        unit: 'GB',
        quantity: gb === undefined ? undefined : Math.max(0, gb - FREE_GB),
        price: { table: TABLE, key: ['logs-collected'] },
        usageBased: true,
      },
    ];
    if (r.bool('traffic_analytics.0.enabled', false, 'no traffic_analytics block') === true) {
      const interval = r.num('traffic_analytics.0.interval_in_minutes', 60, 'provider default');
      const price =
        interval === 60 || interval === 10
          ? { table: TABLE, key: [`traffic-analytics-${interval}`] }
          : new Unknown(`a Traffic Analytics interval of ${String(interval)} minutes is not in the snapshot (60, 10)`);
      components.push({
        name: `Traffic Analytics data processed (${String(interval)} min interval)`,
        unit: 'GB',
        quantity: gb,
        price,
        usageBased: true,
      });
    }
    return { components };
  },
};
