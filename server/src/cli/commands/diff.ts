import * as fs from 'fs';
import * as path from 'path';
import { monthly } from '../../pricing/money';
import { computeDiff, type CostDiff } from '../../report/diff';
import { costCell, diffCounts, diffHeadline, diffMarkdown, signedUsd, toJsonDiff } from '../../report/diff-render';
import { analyzeWorkspace, type EngineOptions, type WorkspaceReport } from '../../workspace/analyze';
import { diskFs } from '../../workspace/disk-fs';
import { GitError, GitFs } from '../../workspace/git-fs';
import { flag, oneOf, parseArgs, UsageError, type ParsedArgs } from '../args';
import { relativePath } from '../json-report';
import { engineOptionsFromArgs, PRICING_FLAGS } from '../load';
import { renderTable } from '../table';

export const DIFF_HELP =
  'costlens diff --base <git ref> [paths…] [--format table|json|markdown] [--region R] [--usage-file F] [--var k=v]';

/** `costlens diff`: the cost of the change between a git ref and the working tree, per resource and in total. */
export function diff(argv: readonly string[], out: (s: string) => void): number {
  const args = parseArgs(['diff', ...argv], { withValue: [...PRICING_FLAGS, 'base'], boolean: [] });
  const format = oneOf(flag(args, 'format'), ['table', 'json', 'markdown'] as const, 'format', 'table');
  const ref = flag(args, 'base');
  if (!ref) throw new UsageError('diff needs --base <git ref> (a branch, tag or commit), e.g. --base origin/main');
  const c = compareWithRef(args, ref);
  if (format === 'json') out(JSON.stringify(toJsonDiff(c.diff, c.base, ref), null, 2));
  else if (format === 'markdown') out(diffMarkdown(c.diff, c.base, ref));
  else out(diffTable(c.diff, c.base, ref));
  return 0;
}

export interface Comparison {
  readonly diff: CostDiff;
  readonly head: WorkspaceReport;
  readonly opts: EngineOptions;
  readonly paths: string[];
  /** The folder relative names are relative to. */
  readonly base: string;
}

/**
 * Prices the paths twice with the same snapshot, settings and usage file — at the ref (from git objects) and
 * in the working tree — so the diff shows what the code change costs, not what a price refresh did. Paths
 * may exist at only one side (a folder added or deleted by the change).
 */
export function compareWithRef(args: ParsedArgs, ref: string): Comparison {
  const raw = (args.positionals.length > 0 ? args.positionals : ['.']).map((p) => realish(path.resolve(p)));
  let git: GitFs;
  try {
    git = GitFs.open(nearestDir(raw[0]), ref);
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(`cannot read --base ${ref}: ${e.message}`);
    throw e;
  }
  for (const p of raw) {
    if (!p.startsWith(git.root + path.sep) && p !== git.root)
      throw new UsageError(`${p} is outside the git repository ${git.root}`);
    if (!fs.existsSync(p) && !git.exists(p))
      throw new UsageError(`${p} exists neither in the working tree nor at ${ref}`);
  }
  const isDir = (p: string) => diskFs.isDirectory(p) || git.isDirectory(p);
  const base = raw.length === 1 && isDir(raw[0]) ? raw[0] : realish(process.cwd());
  const opts = engineOptionsFromArgs(args, base);
  const before = analyzeWorkspace(raw, git, opts);
  const head = analyzeWorkspace(raw, diskFs, opts);
  return { diff: computeDiff(before, head, base), head, opts, paths: raw, base };
}

function diffTable(d: CostDiff, base: string, ref: string): string {
  const rows = d.changes.map((c) => [
    c.kind,
    c.address,
    relativePath(base, c.resource.file) + ':' + (c.resource.headerRange.start.line + 1),
    costCell(c.before, c.beforeStatus),
    costCell(c.after, c.afterStatus),
    signedUsd(c.delta),
  ]);
  const lines =
    d.changes.length > 0
      ? [renderTable(['Change', 'Resource', 'File', 'Before', 'After', 'Δ monthly'], rows, new Set([3, 4, 5])), '']
      : [];
  lines.push(`Total vs ${ref}: ${diffHeadline(d)} (${diffCounts(d)}; prices as of ${d.pricesAsOf})`);
  if (d.changes.length === 0) lines.push(`No resource changes cost; the workspace costs ${monthly(d.totalAfter)}.`);
  return lines.join('\n');
}

/** The real path of p, or of its nearest existing ancestor with the rest appended (p may be deleted since the ref). */
function realish(p: string): string {
  let dir = p;
  const rest: string[] = [];
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) {
    rest.unshift(path.basename(dir));
    dir = path.dirname(dir);
  }
  return path.join(fs.realpathSync(dir), ...rest);
}

function nearestDir(p: string): string {
  let d = p;
  while (!(fs.existsSync(d) && fs.statSync(d).isDirectory()) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
}
