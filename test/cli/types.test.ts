import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { REPO } from '../helpers/fixtures';

const CLI = path.join(REPO, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'types', ...args], { encoding: 'utf8', cwd: REPO });

interface TypeRow {
  dialect: string;
  group: string;
  type: string;
  status: 'priced' | 'free';
}

describe('costlens types (CLI)', () => {
  const rows: TypeRow[] = JSON.parse(run('--format', 'json').stdout).types;

  it('lists no type as both priced and free (a priced family must leave the free list)', () => {
    const seen = new Map<string, string>();
    const both: string[] = [];
    for (const r of rows) {
      const key = `${r.dialect} ${r.type}`;
      if (seen.has(key) && seen.get(key) !== r.status) both.push(key);
      seen.set(key, r.status);
    }
    assert.deepStrictEqual(both, []);
  });

  it('groups Terraform types by the provider prefix, azurerm as azure', () => {
    const tf = rows.filter((r) => r.dialect === 'terraform');
    for (const r of tf) {
      const expected = r.type.startsWith('azurerm_') ? 'azure' : r.type.split('_')[0];
      assert.strictEqual(r.group, expected, r.type);
    }
    assert.ok(tf.some((r) => r.group === 'azure' && r.status === 'priced'));
    assert.ok(tf.some((r) => r.group === 'google' && r.status === 'priced'));
  });

  it('answers a pattern with each type and its status', () => {
    const r = run('aws_instance');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^aws_instance\s+terraform\s+priced$/m);
    const vpc = run('AWS_VPC', '--dialect', 'terraform');
    assert.match(vpc.stdout, /^aws_vpc\s+terraform\s+free$/m);
    const glob = JSON.parse(run('AWS::RDS::*', '--format', 'json').stdout).types as TypeRow[];
    assert.ok(glob.length > 0);
    assert.ok(glob.every((t) => t.type.startsWith('AWS::RDS::') && t.dialect === 'cloudformation'));
  });

  it('says that an unmatched type is not priced yet', () => {
    const r = run('azurerm_made_up_*');
    assert.strictEqual(r.status, 0);
    assert.match(r.stdout, /not priced yet/);
  });

  it('prints counts per dialect and cloud that agree with the list', () => {
    const r = run('--dialect', 'terraform');
    assert.strictEqual(r.status, 0, r.stderr);
    const line = r.stdout.split('\n').find((l) => /^terraform\s+azure\s/.test(l));
    assert.ok(line, r.stdout);
    const [, , priced, free] = line.trim().split(/\s+/);
    const azure = rows.filter((x) => x.dialect === 'terraform' && x.group === 'azure');
    assert.strictEqual(Number(priced), azure.filter((x) => x.status === 'priced').length);
    assert.strictEqual(Number(free), azure.filter((x) => x.status === 'free').length);
  });

  it('rejects an unknown dialect with a usage error', () => {
    const r = run('--dialect', 'pulumi');
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /--dialect must be one of terraform, cloudformation, kubernetes/);
  });
});
