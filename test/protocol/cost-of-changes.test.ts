import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FIXTURE_SNAPSHOT_DIR } from '../helpers/fixtures';
import { LspClient } from '../helpers/lsp-client';

// m5.large → m5.xlarge in an unsaved edit: (0.192 − 0.096) USD/h × 730 h = +70.08 USD/month
// (frozen fixture snapshot rows from karpenter-aws us-east-1, 2026-07-20).
describe('costlens/costOfChanges over stdio JSON-RPC', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-changes-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    fs.writeFileSync(path.join(dir, 'main.tf'), 'resource "aws_instance" "web" {\n  instance_type = "m5.large"\n}\n');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
  });

  after(async () => {
    if (client && client.exitCode === null) await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prices the working tree, unsaved edits included, against the merge base of the default branch', async () => {
    client = new LspClient(['--snapshot', FIXTURE_SNAPSHOT_DIR]);
    const root = pathToFileURL(dir).toString();
    await client.request('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'r' }], capabilities: {} });
    client.notify('initialized', {});
    const uri = pathToFileURL(path.join(dir, 'main.tf')).toString();
    const text = 'resource "aws_instance" "web" {\n  instance_type = "m5.xlarge"\n}\n';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text } });
    const r = await client.request<any>('costlens/costOfChanges', { uri });
    assert.ok(!r.error, r.error);
    assert.ok(Math.abs(r.monthlyDelta - 70.08) < 1e-9, String(r.monthlyDelta));
    assert.match(r.base, /^main \(merge base [0-9a-f]{7}\)$/);
    assert.match(r.markdown, /aws_instance\.web/);
    assert.match(r.markdown, /\+\$70\.08/);
  });

  it('adds "Δ vs main" to lenses when costlens.diff.showInLens is on', async () => {
    const lensClient = new LspClient(['--snapshot', FIXTURE_SNAPSHOT_DIR]);
    try {
      const root = pathToFileURL(dir).toString();
      await lensClient.request('initialize', {
        processId: process.pid,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'r' }],
        capabilities: {},
        initializationOptions: { settings: { diff: { showInLens: true } } },
      });
      lensClient.notify('initialized', {});
      const uri = pathToFileURL(path.join(dir, 'main.tf')).toString();
      const text = 'resource "aws_instance" "web" {\n  instance_type = "m5.xlarge"\n}\n\nresource "aws_instance" "new" {\n  instance_type = "m5.large"\n}\n';
      lensClient.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text } });
      const lenses = await lensClient.request<any[]>('textDocument/codeLens', { textDocument: { uri } });
      const titles = lenses.map((l) => l.command.title);
      // web: 140.16 + 0.80 root (8 GB gp2 × 0.10) = 140.96 now, 70.88 at the base → +70.08; new: not in the base.
      assert.ok(titles.includes('$140.96/mo · Δ +$70.08 vs main'), titles.join(' | '));
      assert.ok(titles.includes('$70.88/mo · new vs main'), titles.join(' | '));
    } finally {
      await lensClient.shutdown();
    }
  });

  it('answers with an error, not a crash, outside a git repository', async () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-nogit-'));
    const uri = pathToFileURL(path.join(plain, 'main.tf')).toString();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text: '' } });
    const r = await client.request<any>('costlens/costOfChanges', { uri });
    assert.ok(typeof r.error === 'string' && r.error.length > 0);
    fs.rmSync(plain, { recursive: true, force: true });
  });
});
