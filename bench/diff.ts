import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../test/helpers/fixtures';
import { Snapshot } from '../server/src/pricing/snapshot';
import { computeDiff } from '../server/src/report/diff';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import { analyzeWorkspace, type EngineOptions } from '../server/src/workspace/analyze';
import { diskFs } from '../server/src/workspace/disk-fs';
import { GitFs } from '../server/src/workspace/git-fs';
import { median } from './_stats';

/**
 * `costlens diff` on a generated 2,000-resource workspace (20 Terraform root modules × 100 instances, in a temp
 * git repository) with 50 resources changed in the working tree. Baseline in the same run: one plain breakdown
 * of the same workspace (what `costlens breakdown` does). A diff prices twice and reads one side from git
 * objects, so about 2× the baseline plus the git reads is the expectation; much more means the git side is slow.
 */
const DIRS = 20;
const PER_DIR = 100;
const CHANGED = 50;
const RUNS = 5;
const TYPES = ['m5.large', 'm5.xlarge', 't3.micro', 'c5.large'];

const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@example.invalid',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@example.invalid',
};
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });

function module(d: number, changed: ReadonlySet<number>): string {
  const parts = ['provider "aws" {\n  region = "us-east-1"\n}\n'];
  for (let i = 0; i < PER_DIR; i++) {
    const n = d * PER_DIR + i;
    const type = changed.has(n)
      ? 'm5.xlarge'
      : TYPES[n % TYPES.length] === 'm5.xlarge'
        ? 'm5.large'
        : TYPES[n % TYPES.length];
    parts.push(
      `resource "aws_instance" "app_${i}" {\n  ami           = "ami-0c02fb55956c7d316"\n  instance_type = "${type}"\n  tags = { Name = "app-${n}" }\n}\n`,
    );
  }
  return parts.join('\n');
}

function write(dir: string, changed: ReadonlySet<number>): void {
  for (let d = 0; d < DIRS; d++) {
    fs.mkdirSync(path.join(dir, `svc-${d}`), { recursive: true });
    fs.writeFileSync(path.join(dir, `svc-${d}`, 'main.tf'), module(d, changed));
  }
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function main(): void {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-bench-diff-')));
  try {
    git(dir, 'init', '-q', '-b', 'main');
    write(dir, new Set());
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    // Every 40th resource becomes an m5.xlarge: 2,000 / 40 = 50 changes, spread over all modules.
    const changed = new Set(Array.from({ length: CHANGED }, (_, k) => k * ((DIRS * PER_DIR) / CHANGED)));
    write(dir, changed);

    const snapshotDir = fs.existsSync(path.join(REPO, 'pricing-data', 'manifest.json'))
      ? path.join(REPO, 'pricing-data')
      : path.join(REPO, 'test', 'fixtures', 'snapshot');
    const opts: EngineOptions = {
      snapshot: Snapshot.load(snapshotDir, 'bench'),
      settings: DEFAULT_SETTINGS,
      workspaceRoot: dir,
    };
    const paths = [dir];

    let resources = 0;
    let changes = 0;
    const base: number[] = [];
    const diff: number[] = [];
    const gitRead: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      base.push(time(() => (resources = analyzeWorkspace(paths, diskFs, opts).costs.length)));
      diff.push(
        time(() => {
          let g!: GitFs;
          let before!: ReturnType<typeof analyzeWorkspace>;
          gitRead.push(time(() => (g = GitFs.open(dir, 'HEAD'))));
          before = analyzeWorkspace(paths, g, opts);
          const after = analyzeWorkspace(paths, diskFs, opts);
          changes = computeDiff(before, after, dir).changes.length;
        }),
      );
    }
    const cli = path.join(REPO, 'dist', 'cli.js');
    const proc = (args: string[]) =>
      time(() =>
        spawnSync(process.execPath, [cli, ...args, '--snapshot', snapshotDir, '--format', 'json'], {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        }),
      );
    const cliBreakdown = fs.existsSync(cli) ? proc(['breakdown']) : NaN;
    const cliDiff = fs.existsSync(cli) ? proc(['diff', '--base', 'HEAD']) : NaN;

    const b = median(base);
    const d = median(diff);
    console.log(
      `workspace: ${resources} resources in ${DIRS} modules, ${changes} changed (expected ${CHANGED}); median of ${RUNS} runs`,
    );
    console.log(`baseline  breakdown (price once, disk):           ${b.toFixed(1)} ms`);
    console.log(
      `diff      (ls-tree + price at HEAD and now + match): ${d.toFixed(1)} ms  = ${(d / b).toFixed(2)} × baseline`,
    );
    console.log(`          of which git ls-tree of the ref:          ${median(gitRead).toFixed(1)} ms`);
    console.log(
      `CLI process, json: breakdown ${cliBreakdown.toFixed(0)} ms, diff --base HEAD ${cliDiff.toFixed(0)} ms (node start-up included)`,
    );
    if (resources !== DIRS * PER_DIR || changes !== CHANGED) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
