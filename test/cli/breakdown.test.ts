import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { FIXTURE_SNAPSHOT_DIR, REPO } from '../helpers/fixtures';

const CLI = path.join(REPO, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO, env: { ...process.env, AWS_REGION: '', AWS_DEFAULT_REGION: '' } });
const fixture = (name: string) => path.join(REPO, 'test', 'fixtures', 'cli', name);

// Expected figures by hand from the frozen fixture snapshot (rows from shared/pricing-sources):
// m5.large 0.096 × 730 = 70.08 + 8 GB gp2 root × 0.10 = 0.80 → 70.88;
// t3.micro 0.0104 × 730 = 7.592 + 0.80 = 8.392 per instance, × 2 = 16.784; total 87.664 → 87.66.
describe('costlens breakdown (CLI)', () => {
  it('prints the JSON contract, version 1, with Terraform addresses and relative files', () => {
    const r = run('breakdown', fixture('shop'), '--format', 'json', '--snapshot', FIXTURE_SNAPSHOT_DIR);
    assert.strictEqual(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.strictEqual(j.version, 1);
    assert.strictEqual(j.currency, 'USD');
    assert.match(j.pricesAsOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.strictEqual(j.totalMonthlyCost, 87.66);
    const byAddress = Object.fromEntries(j.resources.map((x: any) => [x.address, x]));
    assert.deepStrictEqual(Object.keys(byAddress).sort(), ['aws_instance.web', 'aws_instance.worker[0]', 'aws_instance.worker[1]', 'aws_vpc.main']);
    const web = byAddress['aws_instance.web'];
    assert.strictEqual(web.file, 'main.tf');
    assert.strictEqual(web.status, 'priced');
    assert.strictEqual(web.monthlyCost, 70.88);
    assert.strictEqual(web.components[0].name, 'Instance usage (Linux/UNIX, on-demand, m5.large)');
    assert.strictEqual(web.components[0].unitPrice, 0.096);
    assert.strictEqual(web.components[0].monthlyQuantity, 730);
    assert.strictEqual(web.range.start.line, 9);
    assert.strictEqual(byAddress['aws_vpc.main'].status, 'free');
    assert.strictEqual(byAddress['aws_instance.worker[1]'].monthlyCost, 8.39);
  });

  it('prints a table with the same total', () => {
    const r = run('breakdown', fixture('shop'), '--snapshot', FIXTURE_SNAPSHOT_DIR);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /Total: \$87\.66\/mo/);
    assert.match(r.stdout, /aws_instance\.worker\[0\]/);
  });

  it('prints markdown for pull-request comments', () => {
    const r = run('breakdown', fixture('shop'), '--format', 'markdown', '--snapshot', FIXTURE_SNAPSHOT_DIR);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^## Cloud cost estimate: \$87\.66\/mo/);
    assert.match(r.stdout, /<details>/);
  });

  it('exits 0 on broken input and lists the problems', () => {
    const r = run('breakdown', fixture('broken'), '--format', 'json', '--snapshot', FIXTURE_SNAPSHOT_DIR);
    assert.strictEqual(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.ok(j.problems.length > 0);
    assert.ok(j.problems.every((p: any) => ['error', 'warning', 'info'].includes(p.severity) && p.range && p.message));
    const ok = j.resources.find((x: any) => x.address === 'aws_instance.ok');
    assert.strictEqual(ok.monthlyCost, 70.88);
  });

  it('exits 1 with a one-line message on usage errors', () => {
    for (const args of [['breakdown', '--format', 'xml'], ['breakdown', '/no/such/dir'], ['frobnicate'], ['breakdown', '--bogus']]) {
      const r = run(...args, '--snapshot', FIXTURE_SNAPSHOT_DIR);
      assert.strictEqual(r.status, 1, args.join(' '));
      assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^costlens: /);
    }
  });

  it('honours --region for resources without a provider region', () => {
    const r = run('breakdown', fixture('broken'), '--format', 'json', '--region', 'eu-west-1', '--snapshot', FIXTURE_SNAPSHOT_DIR);
    const ok = JSON.parse(r.stdout).resources.find((x: any) => x.address === 'aws_instance.ok');
    assert.strictEqual(ok.components[0].unitPrice, 0.107); // ec2shop eu-west-1 m5.large
  });
});
