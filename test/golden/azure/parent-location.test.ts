import * as assert from 'assert';
import * as path from 'path';
import { Snapshot } from '../../../server/src/pricing/snapshot';
import { FIXTURE_SNAPSHOT, REPO } from '../golden-runner';
import { priceModule } from '../google/evaluated-runner';

/**
 * Node pools have no location of their own: the evaluator gives them their cluster's (West Europe in the
 * kubernetes golden), and the hover says where the region came from.
 */
describe('Azure child resources: parent location', () => {
  it('prices a node pool in its cluster’s location and says so', () => {
    const costs = priceModule(path.join(REPO, 'test/golden/azure/kubernetes'), Snapshot.load(FIXTURE_SNAPSHOT));
    const pool = costs.find((c) => c.resource.address === 'azurerm_kubernetes_cluster_node_pool.spot');
    assert.strictEqual(pool?.region, 'westeurope');
    const note = pool?.assumptions.find((a) => a.label === 'region');
    assert.strictEqual(note?.note, 'location of azurerm_kubernetes_cluster.prod');
    assert.ok(!pool?.assumptions.some((a) => /priced in the default region|is in westeurope/.test(a.note ?? '')));
  });
});
