import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GitRepo, instance, PROVIDER, runCli } from '../unit/policy/git-repo';

// Figures by hand from the frozen fixture snapshot, each instance with its 8 GB gp2 root volume ($0.80):
//   m5.large 0.096 × 730 + 0.80 = 70.88; m5.xlarge 0.192 × 730 + 0.80 = 140.96; g5.xlarge 1.006 × 730 + 0.80 = 735.18
// Base (HEAD~1): web m5.large = 70.88. Head: web m5.xlarge + gpu g5.xlarge = 876.14. Increase: 805.26.
describe('costlens check (CLI)', function () {
  this.timeout(30000);
  let repo: GitRepo;
  const policy = (yaml: string) => repo.write('.costlens.yml', 'policies:\n' + yaml);
  before(() => {
    repo = new GitRepo();
    repo.write('main.tf', PROVIDER + instance('web', 'm5.large'));
    repo.commit('base');
    repo.write('main.tf', PROVIDER + instance('web', 'm5.xlarge') + instance('gpu', 'g5.xlarge'));
    repo.commit('bigger');
  });
  after(() => repo.dispose());

  it('exits 0 when only warnings are found, and lists them', () => {
    policy(
      '  - { rule: forbidden-instance, patterns: ["g5.*"], severity: warning, message: Ask before GPUs }\n  - { rule: budget, scope: workspace, limit: 1000 }\n',
    );
    const r = runCli(repo.dir, 'check');
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.match(
      r.stdout,
      /warning\s+forbidden-instance-1\s+main\.tf:\d+:\d+\s+Ask before GPUs: aws_instance\.gpu uses g5\.xlarge/,
    );
    assert.match(r.stdout, /2 rules, 0 errors, 1 warnings, 0 info \(workspace \$876\.14\/mo\)/);
  });

  it('exits 2 on an error-severity violation', () => {
    // 876.14 > 800.
    policy('  - { rule: budget, scope: workspace, limit: 800 }\n');
    const r = runCli(repo.dir, 'check', '--format', 'json');
    assert.strictEqual(r.status, 2, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.strictEqual(j.passed, false);
    assert.strictEqual(j.totalMonthlyCost, 876.14);
    assert.strictEqual(j.violations.length, 1);
    assert.strictEqual(j.violations[0].ruleId, 'budget-1');
    assert.strictEqual(j.violations[0].file, 'main.tf');
    assert.strictEqual(j.violations[0].limit, 800);
    assert.ok(Math.abs(j.violations[0].actual - 876.14) < 1e-9);
  });

  it('checks the increase against --base', () => {
    // 876.14 − 70.88 = 805.26 > 800.
    policy('  - { rule: max-increase, limit: 800 }\n');
    const over = runCli(repo.dir, 'check', '--base', 'HEAD~1', '--format', 'markdown');
    assert.strictEqual(over.status, 2, over.stderr);
    assert.match(over.stdout, /^## Cost guardrails: failed/);
    assert.match(
      over.stdout,
      /This change adds \$805\.26\/mo in total, over the allowed increase of \$800\.00\/mo \(largest: aws_instance\.gpu, \+\$735\.18\/mo\)/,
    );
    assert.match(over.stdout, /change \+\$805\.26\/mo/);
    policy('  - { rule: max-increase, limit: 806 }\n');
    assert.strictEqual(runCli(repo.dir, 'check', '--base', 'HEAD~1').status, 0);
    // Without --base the rule cannot be checked: a note, exit 0.
    const none = runCli(repo.dir, 'check');
    assert.strictEqual(none.status, 0, none.stderr);
    assert.match(none.stdout, /note: .*needs a base/);
  });

  it('reports a broken rule with its line, applies the others, and fails the build', () => {
    policy(
      '  - { rule: budget, scope: planet, limit: 1 }\n  - { rule: forbidden-instance, patterns: ["g5.*"], severity: warning }\n',
    );
    const r = runCli(repo.dir, 'check');
    assert.strictEqual(r.status, 2);
    assert.match(r.stdout, /error\s+policy-file\s+\.costlens\.yml:2:\d+\s+rule 1 \(budget\): `scope` must be one of/);
    assert.match(r.stdout, /warning\s+forbidden-instance-2/);
  });

  it('reads --policy from another file, relative to the current directory', () => {
    repo.write('ci/policy.yml', '- { rule: max-gpu, total: 0, message: No GPUs in this repo }\n');
    const r = runCli(repo.dir, 'check', '--policy', 'ci/policy.yml');
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(r.stdout, /No GPUs in this repo: The workspace has 1 GPUs, over the limit of 0 in total/);
  });

  it('exits 1 with a one-line message on usage errors', () => {
    const empty = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-nopolicy-')));
    fs.writeFileSync(path.join(empty, 'main.tf'), PROVIDER + instance('web', 'm5.large'));
    try {
      for (const [cwd, args] of [
        [empty, ['check']],
        [repo.dir, ['check', '--policy', 'nope.yml']],
        [repo.dir, ['check', '--format', 'xml']],
        [repo.dir, ['check', '--base', 'no-such-ref']],
      ] as const) {
        const r = runCli(cwd, ...args);
        assert.strictEqual(r.status, 1, `${args.join(' ')}: ${r.stdout} ${r.stderr}`);
        assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, /^costlens: /);
      }
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
