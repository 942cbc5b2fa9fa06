import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { costOfChanges } from '../../../server/src/report/diff-changes';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { analyzeWorkspace, type EngineOptions } from '../../../server/src/workspace/analyze';
import { diskFs } from '../../../server/src/workspace/disk-fs';
import { fixtureSnapshot } from '../../helpers/fixtures';
import { GitRepo, instance, PROVIDER } from './git-repo';

// Figures by hand from the frozen fixture snapshot, each instance with its 8 GB gp2 root volume ($0.80):
// m5.large 70.88 → m5.xlarge 140.96 (+70.08); t3.micro 0.0104 × 730 + 0.80 = 8.392 (added, uncommitted);
// c5.large 62.85 lands on main after the branch was cut and must not count. Total change: +78.472.
describe('cost of my changes (working tree vs the merge base of the default branch)', function () {
  this.timeout(30000);
  let repo: GitRepo;
  const opts = (): EngineOptions => ({
    snapshot: fixtureSnapshot(),
    settings: DEFAULT_SETTINGS,
    workspaceRoot: repo.dir,
  });
  before(() => {
    repo = new GitRepo();
    repo.write('main.tf', PROVIDER + instance('web', 'm5.large'));
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('main.tf', PROVIDER + instance('web', 'm5.xlarge'));
    repo.commit('bigger web');
    repo.git('checkout', '-q', 'main');
    repo.write('later.tf', instance('later', 'c5.large'));
    repo.commit('someone else, later, on main');
    repo.git('checkout', '-q', 'feature');
    repo.write('extra.tf', instance('extra', 't3.micro'));
  });
  after(() => repo.dispose());

  it('counts this branch and uncommitted work, not what main gained since', () => {
    const head = analyzeWorkspace([repo.dir], diskFs, opts());
    for (const branch of ['main', '']) {
      const r = costOfChanges(repo.dir, head, opts(), branch);
      assert.ok(!('error' in r), JSON.stringify(r));
      assert.match(r.base, /^main \(merge base [0-9a-f]{7}\)$/);
      assert.ok(Math.abs(r.diff.delta - 78.472) < 1e-9, String(r.diff.delta));
      assert.deepStrictEqual(
        r.diff.changes.map((c) => [c.kind, c.address]),
        [
          ['changed', 'aws_instance.web'],
          ['added', 'aws_instance.extra'],
        ],
      );
      assert.match(r.markdown, /^## Cloud cost change vs `main \(merge base [0-9a-f]{7}\)`: \+\$78\.47\/mo/);
    }
  });

  it('works through a symlinked workspace path', () => {
    const link = path.join(fs.realpathSync(os.tmpdir()), `costlens-link-${process.pid}`);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(repo.dir, link);
    try {
      const o = { ...opts(), workspaceRoot: link };
      const r = costOfChanges(link, analyzeWorkspace([link], diskFs, o), o, 'main');
      assert.ok(!('error' in r), JSON.stringify(r));
      assert.ok(Math.abs(r.diff.delta - 78.472) < 1e-9, String(r.diff.delta));
    } finally {
      fs.rmSync(link, { force: true });
    }
  });

  it('answers with git’s reason when there is no such branch', () => {
    const r = costOfChanges(repo.dir, analyzeWorkspace([repo.dir], diskFs, opts()), opts(), 'no-such-branch');
    assert.ok('error' in r);
    assert.match(r.error, /merge-base/);
  });
});
