import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../test/helpers/lsp-client';
import { REPO } from '../test/helpers/fixtures';
import { median, percentile } from './_stats';

/**
 * Keystroke-to-lens latency on a 200-resource Terraform file, measured end to end through the real
 * server over stdio: didChange (one character) → codeLens response. Baseline in the same run: the
 * JSON-RPC round trip of a request that does no analysis (hover on an empty line of an unanalyzable file).
 */
const RESOURCES = 200;
const EDITS = 60;
const TYPES = ['m5.large', 'm5.xlarge', 't3.micro', 'c5.large', 'm6i.large'];

function file(): string {
  const parts = ['provider "aws" {\n  region = "us-east-1"\n}\n\nvariable "size" {\n  default = 50\n}\n'];
  for (let i = 0; i < RESOURCES; i++) {
    parts.push(`resource "aws_instance" "app_${i}" {\n  ami           = "ami-0c02fb55956c7d316"\n  instance_type = "${TYPES[i % TYPES.length]}"\n  root_block_device {\n    volume_size = var.size\n  }\n  tags = {\n    Name = "app-${i}"\n  }\n}\n\n`);
  }
  return parts.join('');
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-bench-'));
  const text = file();
  const tf = path.join(dir, 'main.tf');
  fs.writeFileSync(tf, text);
  const uri = pathToFileURL(tf).toString();
  const snapshot = fs.existsSync(path.join(REPO, 'pricing-data', 'manifest.json')) ? path.join(REPO, 'pricing-data') : path.join(REPO, 'test', 'fixtures', 'snapshot');

  const t0 = process.hrtime.bigint();
  const client = new LspClient(['--snapshot', snapshot]);
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'b' }], capabilities: {} });
  const startupMs = Number(process.hrtime.bigint() - t0) / 1e6;
  client.notify('initialized', {});

  const emptyUri = pathToFileURL(path.join(dir, 'notes.txt')).toString();
  const rtt: number[] = [];
  for (let i = 0; i < 50; i++) {
    const s = process.hrtime.bigint();
    await client.request('textDocument/hover', { textDocument: { uri: emptyUri }, position: { line: 0, character: 0 } });
    rtt.push(Number(process.hrtime.bigint() - s) / 1e6);
  }

  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text } });
  const c0 = process.hrtime.bigint();
  const first = await client.request<any[]>('textDocument/codeLens', { textDocument: { uri } });
  const coldMs = Number(process.hrtime.bigint() - c0) / 1e6;

  // Each edit types one character into a tag value in the middle of the file, as a user would.
  const lines = text.split('\n');
  const target = lines.findIndex((l) => l.includes('Name = "app-100"'));
  const col = lines[target].indexOf('app-100') + 3;
  const lat: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const s = process.hrtime.bigint();
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: { line: target, character: col }, end: { line: target, character: col } }, text: 'x' }],
    });
    const lenses = await client.request<any[]>('textDocument/codeLens', { textDocument: { uri } });
    lat.push(Number(process.hrtime.bigint() - s) / 1e6);
    if (lenses.length !== first.length) throw new Error('lens count changed');
  }
  const mem = await client.request<any>('costlens/summary', { scope: 'file', uri });
  const stats = await client.request<any>('costlens/stats', {});
  await client.shutdown();
  const rss = process.memoryUsage().rss;
  fs.rmSync(dir, { recursive: true, force: true });

  const m = median(lat);
  const b = median(rtt);
  console.log(`file: ${RESOURCES} resources, ${(text.length / 1024).toFixed(0)} KiB; ${first.length} lenses; total $${mem.totalMonthlyCost.toFixed(2)}/mo`);
  console.log(`server start-up (spawn → initialize result): ${startupMs.toFixed(1)} ms`);
  console.log(`first lenses (cold parse + evaluate + price): ${coldMs.toFixed(1)} ms`);
  console.log(`keystroke → lenses: median ${m.toFixed(2)} ms, p90 ${percentile(lat, 90).toFixed(2)} ms over ${EDITS} edits (target < 20 ms median)`);
  console.log(`baseline JSON-RPC round trip (no analysis): median ${b.toFixed(2)} ms → keystroke-to-lens is ${(m / b).toFixed(1)}× a bare round trip`);
  console.log(`server memory after the run: RSS ${(stats.rssBytes / 1048576).toFixed(0)} MiB, heap ${(stats.heapUsedBytes / 1048576).toFixed(0)} MiB (baseline: this bench client's RSS ${(rss / 1048576).toFixed(0)} MiB)`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
