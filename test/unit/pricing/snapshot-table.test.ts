import * as assert from 'assert';
import { PriceTable, type TableMeta } from '../../../server/src/pricing/snapshot';

const meta = (keys: string[], values: string[]): TableMeta => ({
  file: 'x.tsv',
  description: 'test',
  keys,
  values,
  unit: 'USD',
  currency: 'USD',
  sources: [{ repo: 'r', path: 'p', date: '2026-01-01' }],
  sourceDate: '2026-01-01',
  rows: 0,
});

// Real rows from the shipped tables (aws/ec2-ondemand, google/compute, aws/data-transfer-like tiers).
const EC2 = 'region\tinstanceType\tprice\neu-west-1\tm5.large\t0.107\nus-east-1\tc5.large\t0.085\nus-east-1\tm5.large\t0.096\nus-east-10\tm5.large\t1\n';

describe('PriceTable', () => {
  it('looks rows up by key parts, region by region, without mixing regions that share a prefix', () => {
    const t = new PriceTable('aws/ec2-ondemand', meta(['region', 'instanceType'], ['price']), EC2);
    assert.strictEqual(t.size, 4);
    assert.strictEqual(t.get('us-east-1', 'm5.large'), 0.096);
    assert.strictEqual(t.get('us-east-10', 'm5.large'), 1);
    assert.strictEqual(t.get('eu-west-1', 'm5.large'), 0.107);
    assert.strictEqual(t.get('us-east-1', 'm5.xlarge'), undefined);
    assert.strictEqual(t.get('ap-south-1', 'm5.large'), undefined);
    assert.strictEqual(t.get('us-east-1'), undefined, 'wrong number of key parts');
    assert.deepStrictEqual([...t.regions()], ['eu-west-1', 'us-east-1', 'us-east-10']);
  });

  it('lists entries in file order even after regions were parsed out of order', () => {
    const t = new PriceTable('aws/ec2-ondemand', meta(['region', 'instanceType'], ['price']), EC2);
    t.get('us-east-10', 'm5.large');
    t.get('eu-west-1', 'm5.large');
    assert.deepStrictEqual(
      [...t.entries()].map(([k, v]) => `${k.join(' ')} ${v[0]}`),
      ['eu-west-1 m5.large 0.107', 'us-east-1 c5.large 0.085', 'us-east-1 m5.large 0.096', 'us-east-10 m5.large 1'],
    );
    assert.strictEqual(t.get('us-east-1', 'c5.large'), 0.085);
  });

  it('keeps empty value cells as unknown (NaN) and get() returns undefined for an unknown price', () => {
    const t = new PriceTable('google/compute', meta(['region', 'machineType'], ['price', 'spot']), 'region\tmachineType\tprice\tspot\nus-central1\tn2-standard-4\t0.194236\t\nus-central1\tx\t\t1\n');
    const r = t.row('us-central1', 'n2-standard-4')!;
    assert.strictEqual(r[0], 0.194236);
    assert.ok(Number.isNaN(r[1]));
    assert.strictEqual(t.get('us-central1', 'x'), undefined);
  });

  it('reads tiers and non-regional tables', () => {
    const tiers = new PriceTable(
      'google/egress',
      meta(['region', 'destination', 'tierStart'], ['price']),
      'region\tdestination\ttierStart\tprice\nus-central1\tworld\t0\t0.12\nus-central1\tworld\t1\t0.11\nus-central1\tworld\t10\t0.08\n',
    );
    assert.deepStrictEqual(tiers.tiers(['us-central1', 'world']), [
      { start: 0, price: 0.12 },
      { start: 1, price: 0.11 },
      { start: 10, price: 0.08 },
    ]);
    const specs = new PriceTable('aws/ec2-specs', meta(['instanceType'], ['vcpu', 'memoryGiB', 'gpus']), 'instanceType\tvcpu\tmemoryGiB\tgpus\nm5.large\t2\t8\t0\n');
    assert.deepStrictEqual(specs.row('m5.large'), [2, 8, 0]);
    assert.strictEqual(specs.regions().size, 0);
  });
});
