import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GitError, GitFs } from '../../../server/src/workspace/git-fs';
import { GitRepo } from './git-repo';

describe('GitFs (a SourceFs over a git ref)', () => {
  let repo: GitRepo;
  before(() => {
    repo = new GitRepo();
    repo.write('main.tf', 'v1\n');
    repo.write('envs/prod/main.tf', 'prod v1\n');
    repo.write('envs/dev/main.tf', 'dev v1\n');
    repo.commit('base');
    repo.write('main.tf', 'v2\n');
    repo.remove('envs/dev');
    repo.write('new/main.tf', 'new\n');
  });
  after(() => repo.dispose());

  it('reads files and directories as they were at the ref, at the working tree paths', () => {
    const g = GitFs.open(repo.dir, 'HEAD');
    assert.strictEqual(g.readFile(path.join(repo.dir, 'main.tf')), 'v1\n');
    assert.strictEqual(g.readFile(path.join(repo.dir, 'envs/dev/main.tf')), 'dev v1\n');
    assert.deepStrictEqual(g.listDir(path.join(repo.dir, 'envs')), ['dev', 'prod']);
    assert.deepStrictEqual(g.listDir(repo.dir), ['envs', 'main.tf']);
    assert.ok(g.isDirectory(path.join(repo.dir, 'envs/dev')));
    assert.ok(!g.isDirectory(path.join(repo.dir, 'main.tf')));
    assert.strictEqual(g.readFile(path.join(repo.dir, 'new/main.tf')), undefined, 'added after the ref');
    assert.strictEqual(g.readFile('/elsewhere/main.tf'), undefined);
    assert.deepStrictEqual(g.listDir(path.join(repo.dir, 'nope')), []);
  });

  it('leaves the working tree and the index alone', () => {
    const before = repo.git('status', '--porcelain');
    GitFs.open(repo.dir, 'HEAD').readFile(path.join(repo.dir, 'main.tf'));
    assert.strictEqual(fs.readFileSync(path.join(repo.dir, 'main.tf'), 'utf8'), 'v2\n');
    assert.strictEqual(repo.git('status', '--porcelain'), before);
  });

  it('fails with a GitError on an unknown ref or outside a repository', () => {
    assert.throws(() => GitFs.open(repo.dir, 'no-such-branch'), GitError);
    assert.throws(() => GitFs.open('/', 'HEAD'), GitError);
  });
});
