import { isList, isObject, type Value } from '../../../model/value';
import type { Family } from '../../family';

const FREE_TESTS = 10;

const count = (v: Value | undefined): number => (isList(v) ? v.length : 0);

/**
 * azurerm_network_connection_monitor: tests a month beyond the first 10 (free), tiered. A test is one source
 * endpoint × destination endpoint × test configuration of an enabled test_group; the usage file's `tests` overrides
 * the count.
 */
export const connectionMonitor: Family = {
  cloud: 'azure',
  terraform: ['azurerm_network_connection_monitor'],
  price(r, ctx) {
    let counted = 0;
    for (const g of r.list('test_group')) {
      if (!isObject(g) || g.enabled === false) continue;
      counted += count(g.source_endpoints) * count(g.destination_endpoints) * count(g.test_configuration_names);
    }
    const tests = ctx.usage.num('tests');
    if (tests === undefined)
      r.assume({
        label: 'tests',
        value: String(counted),
        source: 'derived',
        note: 'sources × destinations × test configurations of the enabled test groups',
      });
    const billable = Math.max(0, (tests ?? counted) - FREE_TESTS);
    const note = 'the monthly free allowance is deducted on each monitor, as Infracost does';
    r.assume({ label: 'free tests', value: String(FREE_TESTS), source: 'default', note });
    const price = { table: 'azure/connection-monitor', key: ['tests'], tiered: true };
    const name = `Tests (beyond the first ${FREE_TESTS})`;
    return { components: [{ name, unit: 'tests', quantity: billable, price }] };
  },
};
