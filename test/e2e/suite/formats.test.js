// Lenses on the non-Terraform examples, with figures hand-computed in ../expected.js. A format that is not in yet is
// skipped with its reason, never filled in from what the product prints.
const assert = require('assert');
const vscode = require('vscode');
const { kubernetes: k8s } = require('../expected');
const h = require('./helpers');

describe('Other formats in a real editor', () => {
  it('shows lenses on examples/kubernetes/web.yaml: workload share of the nodes, volume, unknown load balancer', async () => {
    const doc = await h.openExample(k8s.file);
    const titles = await h.waitForLens(doc.uri, k8s.fileTotal);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
    const at = (title) => lenses.find((l) => l.command && l.command.title === title);
    assert.ok(at(k8s.deploymentLens), `no "${k8s.deploymentLens}" lens in ${JSON.stringify(titles)}`);
    // The Deployment is the first YAML document: its lens sits above the first "---".
    assert.ok(at(k8s.deploymentLens).range.start.line < h.positionOf(doc, '\n---').line + 1, 'lens outside the Deployment');
    assert.ok(at(k8s.pvcLens), `no "${k8s.pvcLens}" lens in ${JSON.stringify(titles)}`);
    const unknown = titles.filter((t) => t.startsWith(k8s.unknownLensPrefix));
    assert.strictEqual(unknown.length, 1, `the Classic ELB of Service web is the one unknown: ${JSON.stringify(titles)}`);
  });

  // Reason: server/src/formats/registry.ts does not register a serverless format yet (only Kubernetes).
  it.skip('shows lenses on examples/serverless/serverless.yml (serverless format not registered yet)', () => {});
});
