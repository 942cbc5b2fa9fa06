import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family, PriceQuery } from '../../family';

/** Days of retention included in the classic Application Insights ingestion price. */
const INCLUDED_RETENTION_DAYS = 90;

const ai = (item: string): PriceQuery => ({ table: 'azure/application-insights', key: [item] });

/**
 * azurerm_application_insights. Workspace-based (workspace_id): its data is billed on the Log Analytics workspace.
 * Classic: data ingested per GB (usage: monthly_data_ingested_gb) and, when retention_in_days is over 90, the data
 * kept beyond 90 days per GB-month: at a steady ingest rate, monthly_data_ingested_gb × (days − 90) / 30.
 */
export const applicationInsights: Family = {
  cloud: 'azure',
  terraform: ['azurerm_application_insights'],
  price(r, ctx) {
    if (r.has('workspace_id')) {
      return { components: [], free: 'workspace-based: its data is billed on the Log Analytics workspace' };
    }
    const gb = ctx.usage.num('monthly_data_ingested_gb');
    const components: ComponentSpec[] = [
      { name: 'Data ingested', unit: 'GB', quantity: gb, price: ai('ingestion'), usageBased: true },
    ];
    const days = r.num('retention_in_days', 90, 'provider default retention');
    if (typeof days === 'number' && days > INCLUDED_RETENTION_DAYS) {
      const extra = days - INCLUDED_RETENTION_DAYS;
      const note = `a steady month's ingest kept ${extra} days beyond the included ${INCLUDED_RETENTION_DAYS}`;
      r.assume({ label: 'retained data', value: `ingested GB × ${extra} / 30`, source: 'derived', note });
      const quantity = gb === undefined ? undefined : (gb * extra) / 30;
      const name = `Data retention (${days} days)`;
      components.push({ name, unit: 'GB-months', quantity, price: ai('retention'), usageBased: true });
    }
    return { components };
  },
};

/**
 * azurerm_application_insights_web_test (classic): ping tests are free, multi-step tests bill per test-month.
 * azurerm_application_insights_standard_web_test: executions (one per `frequency` seconds per geo-location); the
 * price per execution is not known.
 */
export const applicationInsightsWebTest: Family = {
  cloud: 'azure',
  terraform: ['azurerm_application_insights_web_test', 'azurerm_application_insights_standard_web_test'],
  price(r, ctx) {
    if (r.bool('enabled', true, 'provider default') === false) return { components: [], free: 'the test is disabled' };
    if (r.type === 'azurerm_application_insights_web_test') {
      const kind = r.str('kind') ?? new Unknown('kind is not set');
      if (kind === 'ping') return { components: [], free: 'classic URL ping tests are free' };
      const price = kind === 'multistep' ? ai('multistep-web-test') : new Unknown(`web test kind ${String(kind)}`);
      return { components: [{ name: 'Multi-step web test', unit: 'tests', quantity: 1, price }] };
    }
    const frequency = r.num('frequency', 300, 'provider default frequency') ?? new Unknown('frequency is not set');
    const locations = r.list('geo_locations').length;
    const quantity = typeof frequency === 'number' ? ((ctx.hoursPerMonth * 3600) / frequency) * locations : frequency;
    const price = new Unknown('the standard web test price is not in the snapshot (Infracost prints it only rounded)');
    return { components: [{ name: 'Standard web test executions', unit: 'tests', quantity, price }] };
  },
};
