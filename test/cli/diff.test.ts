import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GitRepo, instance, PROVIDER, runCli } from '../unit/policy/git-repo';

// Figures by hand from the frozen fixture snapshot (ec2-ondemand us-east-1, ebs gp2 $0.10/GB-month), each instance
// with the default 8 GB gp2 root volume ($0.80):
//   m5.large  0.096 × 730 =  70.08 + 0.80 =  70.88      m5.xlarge 0.192 × 730 = 140.16 + 0.80 = 140.96
//   c5.large  0.085 × 730 =  62.05 + 0.80 =  62.85      g5.xlarge 1.006 × 730 = 734.38 + 0.80 = 735.18
//   t3.micro 0.0104 × 730 =  7.592 + 0.80 =  8.392
// Base (HEAD~1): web m5.large + 2 × worker t3.micro + old c5.large + dev t3.micro
//   = 70.88 + 16.784 + 62.85 + 8.392 = 158.906 → 158.91
// Head: web m5.xlarge + 2 × worker t3.micro + gpu g5.xlarge + dev t3.micro
//   = 140.96 + 16.784 + 735.18 + 8.392 = 901.316 → 901.32
// Delta: +742.41 (gpu +735.18, web +70.08, old −62.85); unchanged: worker[0], worker[1], vpc (free), dev.
describe('costlens diff (CLI, temporary git repositories)', function () {
  this.timeout(30000);
  let repo: GitRepo;
  const workers = instance('worker', 't3.micro', '  count         = 2\n');
  const vpc = 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n';
  before(() => {
    repo = new GitRepo();
    repo.write('main.tf', PROVIDER + instance('web', 'm5.large') + workers + instance('old', 'c5.large') + vpc);
    repo.write('envs/dev/main.tf', PROVIDER + instance('dev', 't3.micro'));
    repo.commit('base');
    repo.write('main.tf', PROVIDER + instance('web', 'm5.xlarge') + workers + instance('gpu', 'g5.xlarge') + vpc);
    repo.commit('bigger web, a GPU box, drop old');
  });
  after(() => repo.dispose());

  it('prints added, removed and changed resources with old → new monthly cost (json)', () => {
    const r = runCli(repo.dir, 'diff', '--base', 'HEAD~1', '--format', 'json');
    assert.strictEqual(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.strictEqual(j.version, 1);
    assert.strictEqual(j.base, 'HEAD~1');
    assert.strictEqual(j.totalMonthlyCostBefore, 158.91);
    assert.strictEqual(j.totalMonthlyCostAfter, 901.32);
    assert.strictEqual(j.monthlyDelta, 742.41);
    assert.strictEqual(j.unchanged, 4);
    assert.deepStrictEqual(
      j.changes.map((c: any) => [c.kind, c.address, c.monthlyCostBefore, c.monthlyCostAfter, c.monthlyDelta]),
      [
        ['added', 'aws_instance.gpu', null, 735.18, 735.18],
        ['changed', 'aws_instance.web', 70.88, 140.96, 70.08],
        ['removed', 'aws_instance.old', 62.85, null, -62.85],
      ],
    );
    assert.strictEqual(j.changes[0].file, 'main.tf');
  });

  it('prints a table and markdown ready for a pull-request comment', () => {
    const t = runCli(repo.dir, 'diff', '--base', 'HEAD~1');
    assert.strictEqual(t.status, 0, t.stderr);
    assert.match(t.stdout, /changed\s+aws_instance\.web\s+main\.tf:\d+\s+\$70\.88\s+\$140\.96\s+\+\$70\.08/);
    assert.match(
      t.stdout,
      /Total vs HEAD~1: \+\$742\.41\/mo \(\+467\.2%\): \$158\.91\/mo → \$901\.32\/mo \(1 added, 1 removed, 1 changed, 4 unchanged/,
    );
    const m = runCli(repo.dir, 'diff', '--base', 'HEAD~1', '--format', 'markdown');
    assert.strictEqual(m.status, 0, m.stderr);
    assert.match(m.stdout, /^## Cloud cost change vs `HEAD~1`: \+\$742\.41\/mo/);
    assert.match(m.stdout, /<details><summary>Per-resource changes \(3\)<\/summary>/);
    assert.match(m.stdout, /\| removed \| `aws_instance\.old` \| main\.tf:\d+ \| \$62\.85 \| — \| -\$62\.85 \|/);
    assert.match(m.stdout, /<\/details>\n?$/);
  });

  it('compares uncommitted edits with a ref without touching the working tree', () => {
    const file = path.join(repo.dir, 'envs/dev/main.tf');
    const edited = PROVIDER + instance('dev', 'm5.large');
    fs.writeFileSync(file, edited);
    const status = repo.git('status', '--porcelain');
    try {
      // dev: t3.micro 8.392 → m5.large 70.88: +62.488 → +62.49.
      const r = runCli(repo.dir, 'diff', '--base', 'HEAD', 'envs/dev', '--format', 'json');
      assert.strictEqual(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.strictEqual(j.monthlyDelta, 62.49);
      assert.deepStrictEqual(
        j.changes.map((c: any) => [c.kind, c.address, c.file]),
        [['changed', 'aws_instance.dev', 'main.tf']],
      );
      assert.strictEqual(fs.readFileSync(file, 'utf8'), edited);
      assert.strictEqual(repo.git('status', '--porcelain'), status);
    } finally {
      repo.git('checkout', '--', 'envs/dev/main.tf');
    }
  });

  it('prices a folder that exists only at the base as removed', () => {
    repo.remove('envs/dev');
    try {
      const r = runCli(repo.dir, 'diff', '--base', 'HEAD', 'envs/dev', '--format', 'json');
      assert.strictEqual(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.strictEqual(j.monthlyDelta, -8.39);
      assert.deepStrictEqual(
        j.changes.map((c: any) => c.kind),
        ['removed'],
      );
    } finally {
      repo.git('checkout', '--', 'envs/dev');
    }
  });

  it('exits 1 with a one-line message on usage errors', () => {
    const outside = fs.mkdtempSync(path.join(require('os').tmpdir(), 'costlens-nogit-'));
    try {
      for (const [cwd, args] of [
        [repo.dir, ['diff']],
        [repo.dir, ['diff', '--base', 'no-such-branch']],
        [repo.dir, ['diff', '--base', 'HEAD', 'no/such/dir']],
        [repo.dir, ['diff', '--base', 'HEAD', '--format', 'sarif']],
        [outside, ['diff', '--base', 'HEAD']],
      ] as const) {
        const r = runCli(cwd, ...args);
        assert.strictEqual(r.status, 1, `${args.join(' ')}: ${r.stderr}`);
        assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, /^costlens: /);
      }
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
