import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const BUILD = path.join(ROOT, 'pricing-data', 'build', 'build.mjs');
const SOURCES = process.env.COSTLENS_PRICING_SOURCES ?? path.resolve(ROOT, '..', 'shared', 'pricing-sources');
// TypeScript compiles import() to require() under CommonJS; the build helpers are ESM, so import them for real.
const importEsm = new Function('p', 'return import(p)') as (p: string) => Promise<Record<string, unknown>>;

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
  });
}

describe('pricing-data build', function () {
  this.timeout(120_000);

  it('formats source numbers without changing their value', async () => {
    const { num } = (await importEsm(path.join(ROOT, 'pricing-data', 'build', 'context.mjs'))) as { num: (x: unknown) => string };
    assert.strictEqual(num('0.0960000000'), '0.096');
    assert.strictEqual(num('40.9600000000'), '40.96');
    assert.strictEqual(num('12'), '12');
    assert.strictEqual(num(6.5e-5), '0.000065');
    assert.strictEqual(num(0.194236), '0.194236');
    assert.strictEqual(num(undefined), '');
    assert.throws(() => num('n/a'), /not a number/);
  });

  it('rejects a malformed table', async () => {
    const { validateTable } = (await importEsm(path.join(ROOT, 'pricing-data', 'build', 'format.mjs'))) as {
      validateTable: (def: object, rows: string[][]) => void;
    };
    const def = { id: 'aws/x', description: 'd', keys: ['region'], values: ['price'], unit: 'u', rows: [], sources: [{ repo: 'r', path: 'p', date: '2026-01-01' }] };
    assert.doesNotThrow(() => validateTable(def, [['us-east-1', '0.1']]));
    assert.throws(() => validateTable(def, [['us-east-1', '0.1'], ['us-east-1', '0.2']]), /duplicate key/);
    assert.throws(() => validateTable(def, [['us-east-1', 'abc']]), /not a number/);
    assert.throws(() => validateTable(def, [['us-east-1']]), /cells/);
  });

  it('is deterministic and reproduces the committed snapshot', function () {
    if (!fs.existsSync(SOURCES)) {
      console.log(`      skipped: raw sources not found at ${SOURCES} (set COSTLENS_PRICING_SOURCES)`);
      this.skip();
    }
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-build-'));
    try {
      const outs = ['a', 'b'].map((n) => path.join(tmp, n));
      for (const out of outs) execFileSync(process.execPath, [BUILD, '--sources', SOURCES, '--out', out, '--quiet']);
      const files = listFiles(outs[0]).sort();
      assert.deepStrictEqual(listFiles(outs[1]).sort(), files);
      assert.ok(files.includes('manifest.json') && files.length > 10);
      for (const f of files) {
        const a = fs.readFileSync(path.join(outs[0], f));
        assert.ok(a.equals(fs.readFileSync(path.join(outs[1], f))), `${f} differs between two builds`);
        // The committed snapshot must be what the build produces, or someone edited a TSV by hand.
        const committed = path.join(ROOT, 'pricing-data', f);
        assert.ok(fs.existsSync(committed) && a.equals(fs.readFileSync(committed)), `pricing-data/${f} is stale: run node pricing-data/build/build.mjs`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
