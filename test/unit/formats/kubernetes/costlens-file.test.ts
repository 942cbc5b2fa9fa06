import * as assert from 'assert';
import { clusterFor, globMatches, readCostlensFile } from '../../../../server/src/config/costlens-file';
import { positionOf } from '../yaml/position';

describe('.costlens.yml reader', () => {
  it('reads clusters over top-level defaults and tolerates unknown sections', () => {
    const text = [
      'cloud: aws',
      'region: eu-west-1',
      'policies:',
      '  budget: 100',
      'clusters:',
      '  - name: gke',
      "    paths: ['gke/**']",
      '    cloud: google',
      '    mode: autopilot',
      '    controlPlane: gke',
      '  - name: gpu',
      '    paths: gpu/*.yaml',
      '    nodePools:',
      '      - { name: cpu, instanceType: m5.large, count: 2 }',
      '      - { name: gpu, instanceType: p4d.24xlarge, count: 1, gpu: true }',
    ].join('\n');
    const c = readCostlensFile('/w/.costlens.yml', text);
    assert.deepStrictEqual(c.problems, []);
    assert.strictEqual(c.fallback.region, 'eu-west-1');
    assert.strictEqual(c.fallback.nodePools[0].instanceType, 'm6i.xlarge');
    const [gke, gpu] = c.clusters;
    assert.strictEqual(gke.cloud, 'google');
    assert.strictEqual(gke.region, 'us-central1', 'a cluster on another cloud gets that cloud default region');
    assert.strictEqual(gke.mode, 'autopilot');
    assert.strictEqual(gpu.region, 'eu-west-1', 'inherited from the top level');
    assert.deepStrictEqual(gpu.nodePools.map((p) => [p.instanceType, p.count, p.gpu]), [['m5.large', 2, false], ['p4d.24xlarge', 1, true]]);
    assert.strictEqual(clusterFor(c, 'gpu/train.yaml').name, 'gpu');
    assert.strictEqual(clusterFor(c, 'gke/a/b.yaml').name, 'gke');
    assert.strictEqual(clusterFor(c, 'other.yaml').name, 'default');
    assert.ok(c.root, 'the parsed document is exposed for other sections');
  });

  it('reports wrong values with ranges and keeps the defaults', () => {
    const text = 'mode: serverless\nclusters:\n  - nodePools:\n      - { instanceType: m5.large, count: many }\n';
    const c = readCostlensFile('/w/.costlens.yml', text);
    assert.strictEqual(c.fallback.mode, 'nodes');
    const mode = c.problems.find((p) => p.message.startsWith('mode'));
    assert.deepStrictEqual(mode?.range.start, positionOf(text, 'serverless'));
    const count = c.problems.find((p) => p.message.startsWith('count'));
    assert.deepStrictEqual(count?.range.start, positionOf(text, 'many'));
    assert.strictEqual(c.clusters[0].nodePools[0].count, 3);
  });

  it('matches globs like ignore files', () => {
    assert.ok(globMatches('k8s/**', 'k8s/a/b/c.yaml'));
    assert.ok(globMatches('**/prod/*.yaml', 'x/prod/app.yaml'));
    assert.ok(globMatches('**/prod/*.yaml', 'prod/app.yaml'));
    assert.ok(globMatches('*.yaml', 'deep/dir/app.yaml'), 'a slash-free glob matches the base name');
    assert.ok(!globMatches('k8s/*.yaml', 'k8s/a/b.yaml'));
    assert.ok(globMatches('app-?.yml', 'app-1.yml'));
  });
});

describe('.costlens.yml: Autopilot defaults', () => {
  it('uses the requests Autopilot itself applies when a container sets none', () => {
    const c = readCostlensFile('/w/.costlens.yml', 'clusters:\n  - name: ap\n    cloud: google\n    mode: autopilot\n  - name: own\n    mode: autopilot\n    defaultRequests: { cpu: 250m }\n');
    assert.deepStrictEqual(c.clusters[0].defaultRequests, { cpu: '500m', memory: '2Gi' });
    assert.deepStrictEqual(c.clusters[1].defaultRequests, { cpu: '250m', memory: '2Gi' });
    assert.deepStrictEqual(c.fallback.defaultRequests, { cpu: '100m', memory: '128Mi' });
  });
});
