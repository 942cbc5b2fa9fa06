// Lenses on the non-Terraform examples, with figures hand-computed in ../expected.js (never copied from what the
// product prints).
const assert = require('assert');
const vscode = require('vscode');
const { kubernetes: k8s, serverless: sls } = require('../expected');
const h = require('./helpers');

describe('Other formats in a real editor', () => {
  it('shows lenses on examples/kubernetes/web.yaml: workload share of the nodes, volume, unknown load balancer', async () => {
    const doc = await h.openExample(k8s.file);
    const titles = await h.waitForLens(doc.uri, k8s.fileTotal);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
    const at = (title) => lenses.find((l) => l.command && l.command.title === title);
    assert.ok(at(k8s.deploymentLens), `no "${k8s.deploymentLens}" lens in ${JSON.stringify(titles)}`);
    // The Deployment is the first YAML document: its lens sits above the first "---".
    assert.ok(
      at(k8s.deploymentLens).range.start.line < h.positionOf(doc, '\n---').line + 1,
      'lens outside the Deployment',
    );
    assert.ok(at(k8s.pvcLens), `no "${k8s.pvcLens}" lens in ${JSON.stringify(titles)}`);
    const unknown = titles.filter((t) => t.startsWith(k8s.unknownLensPrefix));
    assert.strictEqual(
      unknown.length,
      1,
      `the Classic ELB of Service web is the one unknown: ${JSON.stringify(titles)}`,
    );
  });

  it('shows usage-based lenses on examples/serverless/serverless.yml: functions, HTTP API, DynamoDB table', async () => {
    const doc = await h.openExample(sls.file);
    await h.waitForLens(doc.uri, sls.fileTotal);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
    for (const [anchor, title] of Object.entries(sls.lenses)) {
      const line = h.positionOf(doc, anchor).line;
      const here = lenses.filter((l) => l.range.start.line === line).map((l) => l.command && l.command.title);
      assert.deepStrictEqual(here, [title], `lens above "${anchor}" (line ${line + 1})`);
    }
    assert.strictEqual(
      lenses.length,
      Object.keys(sls.lenses).length + 1,
      'one lens per priced resource plus the file total',
    );
  });
});
