import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FIXTURE_SNAPSHOT_DIR, positionOf } from '../helpers/fixtures';
import { LspClient } from '../helpers/lsp-client';

// Figures by hand from the frozen fixture snapshot (rows copied from shared/pricing-sources):
// m5.large us-east-1 0.096 USD/h × 730 h = 70.08; m5.xlarge 0.192 × 730 = 140.16;
// root volume: AMI default 8 GB gp2 × 0.10 USD/GB-month = 0.80 (ec2shop ebs.json, 2024-07-18).
const MAIN_TF = `provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "web" {
  ami           = "ami-0c02fb55956c7d316"
  instance_type = "m5.large"
}
`;

interface Lens {
  range: { start: { line: number } };
  command: { title: string; command: string; arguments: unknown[] };
}

describe('language server over stdio JSON-RPC', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  let uri: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-proto-'));
    fs.writeFileSync(path.join(dir, 'main.tf'), MAIN_TF);
    uri = pathToFileURL(path.join(dir, 'main.tf')).toString();
    client = new LspClient(['--snapshot', FIXTURE_SNAPSHOT_DIR]);
    const init = await client.request<any>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: {},
    });
    assert.ok(init.capabilities.codeLensProvider, 'code lens capability');
    assert.ok(init.capabilities.hoverProvider, 'hover capability');
    assert.strictEqual(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text: MAIN_TF } });
  });

  after(async () => {
    if (client.exitCode === null) await client.shutdown();
    assert.strictEqual(client.exitCode, 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the monthly cost in a code lens above the resource and the file total on line 0', async () => {
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const web = lenses.find((l) => l.range.start.line === positionOf(MAIN_TF, 'resource "aws_instance"').line);
    assert.ok(web, JSON.stringify(lenses));
    assert.strictEqual(web.command.title, '$70.88/mo');
    assert.strictEqual(web.command.command, 'costlens.showBreakdown');
    assert.deepStrictEqual(web.command.arguments, [uri, 'aws_instance.web']);
    const total = lenses.find((l) => l.range.start.line === 0);
    assert.strictEqual(total?.command.title, 'File total: $70.88/mo');
  });

  it('hovers with each component, its quantity, unit price, monthly cost and the price date', async () => {
    const h = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(MAIN_TF, 'instance_type') });
    const md: string = h.contents.value;
    assert.match(md, /\| Instance usage \(Linux\/UNIX, on-demand, m5\.large\) \| 730 \| hours \| \$0\.096 \| \$70\.08 \|/);
    assert.match(md, /\| Root volume storage \(gp2\) \| 8 \| GB-months \| \$0\.10 \| \$0\.80 \|/);
    assert.match(md, /\*\*Total\*\* \| \| \| \| \*\*\$70\.88\*\*/);
    assert.match(md, /2026-07-20|2025-04-04|2024-07-18/, 'price date shown');
    assert.match(md, /Assumed: .*region = us-east-1|Read: .*instance_type/);
  });

  it('updates lenses after an incremental edit, without saving', async () => {
    const at = positionOf(MAIN_TF, 'm5.large');
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 'm5.large'.length } }, text: 'm5.xlarge' }],
    });
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const titles = lenses.map((l) => l.command.title);
    assert.ok(titles.includes('$140.96/mo'), titles.join(', ')); // 140.16 + 0.80
    assert.strictEqual(fs.readFileSync(path.join(dir, 'main.tf'), 'utf8'), MAIN_TF, 'nothing written to disk');
  });

  it('answers costlens/summary per file and per workspace', async () => {
    const file = await client.request<any>('costlens/summary', { scope: 'file', uri });
    assert.strictEqual(file.resources.length, 1);
    assert.ok(Math.abs(file.totalMonthlyCost - 140.96) < 1e-9);
    const ws = await client.request<any>('costlens/summary', { scope: 'workspace' });
    assert.ok(Math.abs(ws.totalMonthlyCost - 140.96) < 1e-9);
    assert.strictEqual(ws.files.length, 1);
    assert.strictEqual(ws.resources[0].address, 'aws_instance.web');
  });

  it('answers the breakdown request', async () => {
    const b = await client.request<any>('costlens/breakdown', { uri, declaration: 'aws_instance.web' });
    assert.match(b.markdown, /m5\.xlarge/);
  });

  it('offers a cheaper alternative whose edit lowers the lens by the stated saving', async () => {
    const text = MAIN_TF.replace('m5.large', 'm5.xlarge');
    const at = positionOf(text, 'instance_type');
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
    // m5.xlarge 0.192 → m5.large 0.096 USD/h: (0.192 − 0.096) × 730 = 70.08 saved.
    const down = actions.find((a) => a.title.startsWith('Downsize to m5.large'));
    assert.ok(down, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(down.title, 'Downsize to m5.large — saves $70.08/mo (if utilisation allows)');
    const [edit] = down.edit.changes[uri];
    assert.deepStrictEqual(edit.newText, '"m5.large"');
    assert.strictEqual(edit.range.start.line, at.line);
    // Apply it as the editor would, then read the lens again.
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.some((l) => l.command.title === '$70.88/mo'), lenses.map((l) => l.command.title).join(', ')); // 140.96 − 70.08
    client.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text }] });
  });

  it('says when a registry module is not downloaded and offers to download it', async () => {
    const text = 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.8.1"\n}\n';
    const u = pathToFileURL(path.join(dir, 'net', 'main.tf')).toString();
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'terraform', version: 1, text } });
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: u } });
    assert.ok(lenses.some((l) => l.command.title === 'module: module not downloaded'), lenses.map((l) => l.command.title).join(', '));
    const actions = await client.request<any[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } },
      context: { diagnostics: [] },
    });
    const dl = actions.find((a) => a.command?.command === 'costlens.downloadModules');
    assert.ok(dl, JSON.stringify(actions));
    assert.deepStrictEqual(dl.command.arguments, [path.join(dir, 'net')]);
    assert.strictEqual(dl.edit, undefined, 'running terraform is a command the user confirms, never an edit');
    client.notify('textDocument/didClose', { textDocument: { uri: u } });
  });

  it('survives bad input: empty, half-typed, binary garbage, a 5 MB file, unknown types', async () => {
    const cases: Record<string, string> = {
      'empty.tf': '',
      'half.tf': 'resource "aws_instance" "half" {\n  instance_type = \n',
      'garbage.tf': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
      'unknown.tf': 'resource "aws_quantum_computer" "q" {\n  qubits = 9000\n}\n',
      'huge.tf': 'resource "aws_instance" "big" {\n  instance_type = "m5.large"\n}\n'.repeat(Math.ceil((5 * 1024 * 1024) / 60)),
    };
    const uris: string[] = [];
    for (const [name, text] of Object.entries(cases)) {
      const u = pathToFileURL(path.join(dir, name.replace('.tf', ''), name)).toString();
      uris.push(u);
      client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'terraform', version: 1, text } });
      const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: u } });
      assert.ok(Array.isArray(lenses), name);
    }
    const half = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri.endsWith('half.tf') && p.diagnostics.length > 0);
    assert.ok(half.diagnostics.some((d: any) => d.severity === 1), 'half-typed block reported as an error');
    for (const u of uris) client.notify('textDocument/didClose', { textDocument: { uri: u } });
    // Still healthy after all of it:
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.some((l) => l.command.title === '$140.96/mo'));
  });
});

describe('summary unit economics over stdio JSON-RPC', function () {
  this.timeout(30000);
  it('gives a function without usage its cost per 1M requests, with its API', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-ue-'));
    const yml = 'service: s\nprovider:\n  name: aws\n  region: us-east-1\n  memorySize: 512\nfunctions:\n  api:\n    handler: h.h\n    events:\n      - httpApi:\n          path: /x\n          method: get\n';
    fs.writeFileSync(path.join(dir, 'serverless.yml'), yml);
    const client = new LspClient(['--snapshot', FIXTURE_SNAPSHOT_DIR]);
    try {
      const root = pathToFileURL(dir).toString();
      await client.request('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'u' }], capabilities: {} });
      client.notify('initialized', {});
      const s = await client.request<any>('costlens/summary', { scope: 'workspace' });
      const fn = s.resources.find((r: any) => r.address === 'ApiLambdaFunction');
      // Fixture aws/lambda x86_64: 0.20 per 1M requests, 0.0000166667 per GB-s; aws/api-gateway http 1.00 per 1M.
      // 1M × 0.1 s (assumed) × 0.5 GB = 50,000 GB-s × 0.0000166667 = 0.833335; total 0.20 + 0.833335 + 1.00.
      assert.ok(Math.abs(fn.perMillionRequests - 2.033335) < 1e-9, String(fn.perMillionRequests));
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
