import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Snapshot } from '../../../server/src/pricing/snapshot';

// The one test that reads the shipped snapshot (every other test prices against test/fixtures/snapshot).
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const DIR = path.join(ROOT, 'pricing-data');

/** Value columns that may be empty by design: spot where Google offers none, GPU counts nobody published. */
const MAY_BE_EMPTY = new Set(['google/compute:spot', 'aws/ec2-specs:gpus']);

describe('shipped price snapshot (pricing-data/)', () => {
  const snapshot = Snapshot.load(DIR);
  const ids = Object.keys(snapshot.manifest.tables).sort();

  it('has a dated USD manifest with tables for every provider', () => {
    const m = snapshot.manifest;
    assert.strictEqual(m.version, 1);
    assert.strictEqual(m.currency, 'USD');
    assert.match(m.pricesAsOf, /^\d{4}-\d{2}-\d{2}$/);
    for (const prefix of ['aws/', 'google/', 'azure/', 'kubernetes/']) {
      assert.ok(ids.some((id) => id.startsWith(prefix)), `no ${prefix} table`);
    }
  });

  it('is well-formed: files exist, headers match, rows sorted and counted, numbers parse', () => {
    for (const id of ids) {
      const meta = snapshot.manifest.tables[id];
      assert.strictEqual(meta.file, `${id}.tsv`, id);
      assert.ok(meta.sources.length > 0 && meta.sources.every((s) => s.repo && s.path && /^\d{4}-\d{2}-\d{2}$/.test(s.date)), `${id}: sources`);
      assert.strictEqual(meta.sourceDate, meta.sources.map((s) => s.date).sort()[0], `${id}: sourceDate is the oldest source date`);
      const lines = fs.readFileSync(path.join(DIR, meta.file), 'utf8').split('\n');
      assert.strictEqual(lines.pop(), '', `${id}: ends with one newline`);
      assert.deepStrictEqual(lines[0].split('\t'), [...meta.keys, ...meta.values], `${id}: header`);
      const rows = lines.slice(1);
      assert.strictEqual(rows.length, meta.rows, `${id}: row count`);
      const k = meta.keys.length;
      let prev: string[] | undefined;
      for (const line of rows) {
        const cells = line.split('\t');
        assert.strictEqual(cells.length, k + meta.values.length, `${id}: ${line}`);
        if (prev) assert.ok(compareKeys(prev, cells, k) < 0, `${id}: not sorted or duplicate at ${line}`);
        prev = cells;
        meta.values.forEach((col, j) => {
          const cell = cells[k + j];
          if (cell === '') assert.ok(MAY_BE_EMPTY.has(`${id}:${col}`), `${id}: empty ${col} in ${line}`);
          else assert.ok(Number.isFinite(Number(cell)), `${id}: ${col} '${cell}' is not a number`);
        });
      }
      assert.strictEqual(snapshot.table(id)?.size, meta.rows, `${id}: loader row count`);
    }
  });

  it('has the hand-checked anchor prices', () => {
    const ec2 = snapshot.table('aws/ec2-ondemand');
    assert.strictEqual(ec2?.get('us-east-1', 'm5.large'), 0.096);
    assert.strictEqual(ec2?.get('eu-west-1', 'm5.large'), 0.107);
    assert.strictEqual(ec2?.regions().size, 34);
    assert.deepStrictEqual(snapshot.table('aws/ec2-specs')?.row('m5.large'), [2, 8, 0]);
    assert.strictEqual(snapshot.table('aws/ebs')?.get('us-east-1', 'gp3', 'storage'), 0.08);
    assert.strictEqual(snapshot.table('aws/rds')?.get('eu-west-1', 'mysql', 'single-az', 'db.m5.large'), 0.189);
    assert.strictEqual(snapshot.table('aws/rds')?.get('eu-west-1', 'postgres', 'single-az', 'db.m5.large'), 0.197);
    // pricing.yml compute.instance.n2-standard-4.cost.us-central1: hour 0.194236, hour_spot 0.09212 (karpenter-gcp agrees).
    assert.deepStrictEqual(snapshot.table('google/compute')?.row('us-central1', 'n2-standard-4'), [0.194236, 0.09212]);
    // karpenter-azure prices.eastus / prices.westeurope "Standard_D2s_v5".
    assert.strictEqual(snapshot.table('azure/vm')?.get('eastus', 'Standard_D2s_v5'), 0.096);
    assert.strictEqual(snapshot.table('azure/vm')?.get('westeurope', 'Standard_D2s_v5'), 0.115);
    // azure-pricing-radar storage-eu-west.json: "P10 LRS Disk" retailPrice 21.68.
    assert.strictEqual(snapshot.table('azure/storage')?.get('westeurope', 'Premium SSD Managed Disks', 'P10 LRS', 'P10 LRS Disk', '1/Month'), 21.68);
  });

  it('keeps Azure Dedicated Host keys and local zones out', () => {
    for (const r of snapshot.table('azure/vm')?.entries() ?? []) assert.match(r[0][1], /^(Standard|Basic)_/);
    for (const r of snapshot.table('aws/ec2-ondemand')?.regions() ?? []) assert.match(r, /^[a-z]{2}(-gov)?-[a-z]+-\d$/);
  });
});

function compareKeys(a: readonly string[], b: readonly string[], k: number): number {
  for (let i = 0; i < k; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}
