import * as assert from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { downloadTerraform, findTerraform, runTerraformInit } from '../../../../server/src/workspace/terraform-cli';

const VERSION = '1.9.8';

/** A stub terraform that prints its arguments and working directory, like the real one prints init output. */
const STUB = `#!/bin/sh
if [ "$1" = "version" ]; then echo "Terraform v${VERSION}"; exit 0; fi
echo "args: $*"
echo "cwd: $(pwd)"
echo "warning on stderr" >&2
if [ -f fail ]; then exit 3; fi
if [ -f slow ]; then sleep 5; fi
exit 0
`;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-tfcli-'));
}

function writeStub(dir: string): string {
  const p = path.join(dir, 'terraform');
  fs.writeFileSync(p, STUB, { mode: 0o755 });
  return p;
}

/** A zip of stored (uncompressed) entries, in order: enough for the library's unpacker. */
function storedZip(entries: [name: string, data: Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    const localPart = Buffer.concat([local, nameBuf, data]);
    locals.push(localPart);
    centrals.push(Buffer.concat([central, nameBuf]));
    offset += localPart.length;
  }
  const centralPart = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralPart, end]);
}

describe('terraform CLI: find', () => {
  it('prefers the explicit path setting, and does not fall back when it is wrong', () => {
    const dir = tempDir();
    const stub = writeStub(dir);
    assert.deepStrictEqual(findTerraform({ explicitPath: stub, env: { PATH: '' } }), { path: stub, source: 'setting' });
    assert.strictEqual(findTerraform({ explicitPath: path.join(dir, 'missing'), env: { PATH: dir } }), undefined);
  });

  it('finds terraform on PATH, skipping directories without it', () => {
    const empty = tempDir();
    const dir = tempDir();
    const stub = writeStub(dir);
    const found = findTerraform({ env: { PATH: [empty, dir].join(path.delimiter) } });
    assert.deepStrictEqual(found, { path: stub, source: 'path' });
  });

  it('falls back to the newest downloaded copy in the storage directory', () => {
    const storage = tempDir();
    for (const v of ['1.5.7', '1.10.0', '1.9.8']) {
      fs.mkdirSync(path.join(storage, 'terraform', v), { recursive: true });
      writeStub(path.join(storage, 'terraform', v));
    }
    const found = findTerraform({ storageDir: storage, env: { PATH: tempDir() } });
    assert.strictEqual(found?.source, 'downloaded');
    assert.strictEqual(found?.version, '1.10.0');
  });
});

describe('terraform CLI: init', () => {
  it('runs init without backend and input in the module directory, capturing both streams', async () => {
    const bin = writeStub(tempDir());
    const work = tempDir();
    const r = await runTerraformInit(work, bin);
    assert.strictEqual(r.exitCode, 0);
    assert.match(r.stdout, /args: init -backend=false -input=false/);
    assert.ok(r.stdout.includes(`cwd: ${fs.realpathSync(work)}`), r.stdout);
    assert.match(r.stderr, /warning on stderr/);
    assert.strictEqual(r.timedOut, false);
  });

  it('reports a failing exit code', async () => {
    const bin = writeStub(tempDir());
    const work = tempDir();
    fs.writeFileSync(path.join(work, 'fail'), '');
    const r = await runTerraformInit(work, bin);
    assert.strictEqual(r.exitCode, 3);
  });

  it('kills a run that exceeds the timeout and says so', async () => {
    const bin = writeStub(tempDir());
    const work = tempDir();
    fs.writeFileSync(path.join(work, 'slow'), '');
    const r = await runTerraformInit(work, bin, { timeoutMs: 100 });
    assert.strictEqual(r.timedOut, true);
    assert.strictEqual(r.exitCode, null);
  });

  it('resolves with the error when the binary does not exist', async () => {
    const r = await runTerraformInit(tempDir(), '/nonexistent/terraform');
    assert.strictEqual(r.exitCode, null);
    assert.match(r.stderr, /ENOENT/);
  });
});

describe('terraform CLI: download from a releases mirror on 127.0.0.1', () => {
  let server: http.Server;
  let base: string;
  const requests: string[] = [];
  // Like recent releases: the binary, then LICENSE.txt (the library only marks the last entry executable).
  const zip = storedZip([
    ['terraform', Buffer.from(STUB)],
    ['LICENSE.txt', Buffer.from('Business Source License 1.1\n')],
  ]);
  const zipName = `terraform_${VERSION}_linux_amd64.zip`;
  let sums = `${crypto.createHash('sha256').update(zip).digest('hex')}  ${zipName}\n`;

  before(async () => {
    const index = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../../../../test/fixtures/terraform/releases/index.json'), 'utf8'),
    );
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/terraform/index.json') res.end(JSON.stringify(index));
      else if (req.url === `/terraform/${VERSION}/${zipName}`) res.end(zip);
      else if (req.url === `/terraform/${VERSION}/terraform_${VERSION}_SHA256SUMS`) res.end(sums);
      else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('refuses a mirror unless unsigned mirrors are allowed (the signature is only checkable upstream)', async () => {
    await assert.rejects(downloadTerraform({ storageDir: tempDir(), baseUrl: base }), /allowUnsignedMirror/);
  });

  it('downloads the requested version, checks its checksum and unpacks an executable', async () => {
    const storage = tempDir();
    const bin = await downloadTerraform({
      storageDir: storage,
      baseUrl: base,
      allowUnsignedMirror: true,
      version: VERSION,
      platform: 'linux',
      arch: 'amd64',
    });
    assert.strictEqual(bin.path, path.join(storage, 'terraform', VERSION, 'terraform'));
    assert.ok(fs.statSync(bin.path).mode & 0o100);
    assert.deepStrictEqual(findTerraform({ storageDir: storage, env: { PATH: '' } }), bin);
    assert.ok(!fs.existsSync(path.join(storage, 'terraform', VERSION, zipName)), 'the zip is removed');
    const r = await runTerraformInit(tempDir(), bin.path);
    assert.match(r.stdout, /args: init/);
  });

  it('picks the newest stable version when none is given', async () => {
    requests.length = 0;
    await assert.rejects(
      downloadTerraform({
        storageDir: tempDir(),
        baseUrl: base,
        allowUnsignedMirror: true,
        platform: 'linux',
        arch: 'amd64',
      }),
      /404/,
    );
    assert.ok(
      requests.some((u) => u.startsWith('/terraform/1.10.0/')),
      requests.join(', '),
    );
  });

  it('rejects an archive whose checksum does not match and leaves no zip behind', async () => {
    const storage = tempDir();
    const good = sums;
    sums = `${'0'.repeat(64)}  ${zipName}\n`;
    try {
      await assert.rejects(
        downloadTerraform({
          storageDir: storage,
          baseUrl: base,
          allowUnsignedMirror: true,
          version: VERSION,
          platform: 'linux',
          arch: 'amd64',
        }),
        /checksum mismatch/,
      );
    } finally {
      sums = good;
    }
    assert.ok(!fs.existsSync(path.join(storage, 'terraform', VERSION, 'terraform')));
    assert.ok(!fs.existsSync(path.join(storage, 'terraform', VERSION, zipName)));
  });

  it('reports a platform without a build', async () => {
    await assert.rejects(
      downloadTerraform({
        storageDir: tempDir(),
        baseUrl: base,
        allowUnsignedMirror: true,
        version: VERSION,
        platform: 'plan9',
        arch: 'amd64',
      }),
      /no build for plan9\/amd64/,
    );
  });
});
