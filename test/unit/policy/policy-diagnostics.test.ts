import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FIXTURE_SNAPSHOT_DIR, positionOf } from '../../helpers/fixtures';
import { LspClient } from '../../helpers/lsp-client';

// Figures by hand from the frozen fixture snapshot, each instance with its 8 GB gp2 root volume ($0.80):
// m5.large 0.096 × 730 + 0.80 = 70.88; p4d.24xlarge 21.957642 × 730 + 0.80 = 16,029.87866 → workspace 16,100.76.
const MAIN_TF = `provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "web" {
  ami           = "ami-0c02fb55956c7d316"
  instance_type = "m5.large"
}

resource "aws_instance" "train" {
  ami           = "ami-0c02fb55956c7d316"
  instance_type = "p4d.24xlarge"
}
`;
const POLICY = `policies:
  - { id: no-p4d, rule: forbidden-instance, patterns: ["p4d.*"], message: No training boxes here }
  - { rule: budget, scope: workspace, limit: 1000, severity: warning }
  - { rule: budget, scope: galaxy, limit: 1 }
`;

interface Diag {
  range: { start: { line: number; character: number } };
  severity: number;
  message: string;
  source: string;
  code?: string;
}

describe('guardrail diagnostics in the editor (language server over stdio)', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  let mainUri: string;
  let policyUri: string;
  const policyDiags = (params: { uri: string; diagnostics: Diag[] }) =>
    params.diagnostics.filter((d) => d.source === 'costlens (policy)');

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-policy-lsp-')));
    fs.writeFileSync(path.join(dir, 'main.tf'), MAIN_TF);
    fs.writeFileSync(path.join(dir, '.costlens.yml'), POLICY);
    mainUri = pathToFileURL(path.join(dir, 'main.tf')).toString();
    policyUri = pathToFileURL(path.join(dir, '.costlens.yml')).toString();
    client = new LspClient(['--snapshot', FIXTURE_SNAPSHOT_DIR]);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: {},
    });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', {
      textDocument: { uri: mainUri, languageId: 'terraform', version: 1, text: MAIN_TF },
    });
    client.notify('textDocument/didOpen', {
      textDocument: { uri: policyUri, languageId: 'yaml', version: 1, text: POLICY },
    });
  });

  after(async () => {
    if (client.exitCode === null) await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('puts violations on the offending resource with the message, the figure and the limit', async () => {
    const p = await client.waitFor(
      'textDocument/publishDiagnostics',
      (x) => x.uri === mainUri && policyDiags(x).length > 0,
    );
    const d = policyDiags(p);
    const forbidden = d.find((x) => x.code === 'no-p4d');
    assert.ok(forbidden, JSON.stringify(d));
    assert.strictEqual(forbidden.severity, 1);
    assert.strictEqual(forbidden.range.start.line, positionOf(MAIN_TF, 'instance_type = "p4d').line);
    assert.match(forbidden.message, /^No training boxes here: aws_instance\.train uses p4d\.24xlarge/);
    const budget = d.find((x) => x.code === 'budget-2');
    assert.ok(budget, JSON.stringify(d));
    assert.strictEqual(budget.severity, 2);
    assert.strictEqual(budget.range.start.line, positionOf(MAIN_TF, 'resource "aws_instance" "train"').line);
    assert.match(budget.message, /The workspace costs \$16,100\.76\/mo, over the budget of \$1,000\.00\/mo/);
  });

  it('reports the broken rule on the policy file, with its range', async () => {
    const p = await client.waitFor(
      'textDocument/publishDiagnostics',
      (x) => x.uri === policyUri && policyDiags(x).length > 0,
    );
    const d = policyDiags(p);
    assert.strictEqual(d.length, 1, JSON.stringify(d));
    assert.strictEqual(d[0].range.start.line, positionOf(POLICY, 'galaxy').line);
    assert.match(d[0].message, /`scope` must be one of/);
  });

  it('follows edits of the policy file without saving', async () => {
    const relaxed = POLICY.replace('limit: 1000', 'limit: 20000').replace(
      'patterns: ["p4d.*"]',
      'patterns: ["*.metal"]',
    );
    client.notify('textDocument/didChange', {
      textDocument: { uri: policyUri, version: 2 },
      contentChanges: [{ text: relaxed }],
    });
    const p = await client.waitFor(
      'textDocument/publishDiagnostics',
      (x) => x.uri === mainUri && policyDiags(x).length === 0,
    );
    assert.deepStrictEqual(policyDiags(p), []);
  });
});
