import * as assert from 'assert';
import * as path from 'path';
import { Snapshot } from '../../../server/src/pricing/snapshot';
import { FIXTURE_SNAPSHOT, REPO } from '../golden-runner';
import { priceModule } from '../google/evaluated-runner';

/**
 * Node pools have no location of their own and are priced in the default region (eastus in tests); the hover must
 * say that their cluster (West Europe in the kubernetes golden) is elsewhere.
 */
describe('Azure child resources: parent location', () => {
  it('notes when a node pool is priced outside its cluster’s location', () => {
    const costs = priceModule(path.join(REPO, 'test/golden/azure/kubernetes'), Snapshot.load(FIXTURE_SNAPSHOT));
    const pool = costs.find((c) => c.resource.address === 'azurerm_kubernetes_cluster_node_pool.spot');
    const note = pool?.assumptions.find((a) => a.label === 'region' && /westeurope/.test(a.note ?? ''));
    assert.ok(note, 'a region assumption naming the cluster location');
    assert.match(note.note ?? '', /azurerm_kubernetes_cluster\.prod is in westeurope/);
    const cluster = costs.find((c) => c.resource.address === 'azurerm_kubernetes_cluster.prod');
    assert.ok(!cluster?.assumptions.some((a) => /priced in the default region/.test(a.note ?? '')));
  });
});
