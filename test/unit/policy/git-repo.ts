import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURE_SNAPSHOT_DIR, REPO } from '../../helpers/fixtures';

/**
 * A throwaway git repository for diff and check tests: files are written, committed, changed, and the test
 * runs the CLI against refs of it. Isolated from the user's git configuration (no signing, no hooks).
 */
export class GitRepo {
  readonly dir: string;

  constructor(prefix = 'costlens-git-') {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 'test',
        GIT_AUTHOR_EMAIL: 'test@example.invalid',
        GIT_COMMITTER_NAME: 'test',
        GIT_COMMITTER_EMAIL: 'test@example.invalid',
      },
    });
  }

  write(file: string, text: string): void {
    const p = path.join(this.dir, file);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }

  remove(file: string): void {
    fs.rmSync(path.join(this.dir, file), { recursive: true, force: true });
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** An aws_instance block; every instance also gets the default 8 GB gp2 root volume ($0.80/mo in the fixture snapshot). */
export function instance(name: string, type: string, extra = ''): string {
  return `resource "aws_instance" "${name}" {\n  ami           = "ami-0c02fb55956c7d316"\n  instance_type = "${type}"\n${extra}}\n`;
}

export const PROVIDER = 'provider "aws" {\n  region = "us-east-1"\n}\n';

/** Runs the bundled CLI (dist/cli.js) in `cwd` against the fixture snapshot, with no region from the environment. */
export function runCli(cwd: string, ...args: string[]) {
  const cli = path.join(REPO, 'dist', 'cli.js');
  const env = { ...process.env, AWS_REGION: '', AWS_DEFAULT_REGION: '' };
  return spawnSync(process.execPath, [cli, ...args, '--snapshot', FIXTURE_SNAPSHOT_DIR], {
    encoding: 'utf8',
    cwd,
    env,
  });
}
