import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FIXTURE_SNAPSHOT_DIR } from '../helpers/fixtures';
import { LspClient } from '../helpers/lsp-client';

describe('.costlens.yml diagnostics over stdio JSON-RPC', function () {
  this.timeout(30000);

  it('reports a wrong cluster setting on the file, with its range, while typing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-config-'));
    const client = new LspClient(['--snapshot', FIXTURE_SNAPSHOT_DIR]);
    try {
      const root = pathToFileURL(dir).toString();
      await client.request('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'c' }], capabilities: {} });
      client.notify('initialized', {});
      const uri = pathToFileURL(path.join(dir, '.costlens.yml')).toString();
      const text = 'clusters:\n  - name: prod\n    paths: ["k8s/**"]\n    mode: rocket\n';
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      const d = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
      const bad = d.diagnostics.find((x: any) => /rocket|mode/.test(x.message));
      assert.ok(bad, JSON.stringify(d.diagnostics));
      assert.strictEqual(bad.range.start.line, 3);
      assert.strictEqual(bad.severity, 2);
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
