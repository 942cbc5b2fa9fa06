// Lenses on the non-Terraform examples, with figures hand-computed in ../expected.js (never copied from what the
// product prints).
const assert = require('assert');
const vscode = require('vscode');
const { kubernetes: k8s, serverless: sls, google: gcp, azure: az } = require('../expected');
const h = require('./helpers');

describe('Other formats in a real editor', () => {
  it('shows lenses on examples/kubernetes/web.yaml: workload share of the nodes, load balancer, volume', async () => {
    const doc = await h.openExample(k8s.file);
    await h.waitForLens(doc.uri, k8s.fileTotal);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
    // Each YAML document's lens sits on a line of that document, found by substring.
    const docOf = (line) => doc.getText(new vscode.Range(0, 0, line, 0)).split('\n---').length - 1;
    const want = [
      ['kind: Deployment', k8s.deploymentLens],
      ['kind: Service', k8s.serviceLens],
      ['kind: PersistentVolumeClaim', k8s.pvcLens],
    ];
    for (const [kind, title] of want) {
      const lens = lenses.find((l) => l.command && l.command.title === title);
      assert.ok(lens, `no "${title}" lens for ${kind}: ${JSON.stringify(lenses.map((l) => l.command.title))}`);
      assert.strictEqual(
        docOf(lens.range.start.line),
        docOf(h.positionOf(doc, kind).line),
        `"${title}" is not on ${kind}`,
      );
    }
    assert.strictEqual(lenses.length, want.length + 1, 'one lens per priced object plus the file total');
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

  for (const [cloud, ex] of [
    ['Google Cloud', gcp],
    ['Azure', az],
  ]) {
    it(`shows ${cloud} lenses on examples/${ex.file}: hand-computed figures, none on free resources`, async () => {
      const doc = await h.openExample(ex.file);
      await h.waitForLens(doc.uri, ex.fileTotal);
      const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
      const titlesOn = (anchor) => {
        const line = h.positionOf(doc, anchor).line;
        return lenses.filter((l) => l.range.start.line === line).map((l) => l.command && l.command.title);
      };
      for (const [anchor, title] of Object.entries(ex.lenses)) assert.deepStrictEqual(titlesOn(anchor), [title], anchor);
      for (const anchor of ex.free) assert.deepStrictEqual(titlesOn(anchor), [], `a free resource has no lens: ${anchor}`);
    });
  }
});
