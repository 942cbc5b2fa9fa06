import * as path from 'path';
import { analyzeWorkspace, type EngineOptions } from '../workspace/analyze';
import { GitFs } from '../workspace/git-fs';
import { usd } from '../pricing/money';

/**
 * Monthly cost per declaration at the merge base of the base branch, for the optional "Δ vs main" lens
 * suffix. Keyed like the diff (unit directory relative to the root + declaration), so two environments
 * that both declare aws_instance.web stay apart.
 */
export interface BaseCosts {
  readonly branch: string;
  readonly commit: string;
  readonly byDeclaration: ReadonlyMap<string, number>;
}

export function baseCosts(root: string, opts: EngineOptions, baseBranch: string): BaseCosts {
  const branch = baseBranch || GitFs.defaultBranch(root);
  const commit = GitFs.mergeBase(root, branch);
  const report = analyzeWorkspace([root], GitFs.open(root, commit), opts);
  const byDeclaration = new Map<string, number>();
  for (const u of report.units) {
    const unit = relativeUnit(root, u.id);
    for (const c of u.costs) {
      const key = `${unit}#${c.resource.declaration}`;
      byDeclaration.set(key, (byDeclaration.get(key) ?? 0) + (c.monthlyCost ?? 0));
    }
  }
  return { branch: branch.replace(/^origin\//, ''), commit, byDeclaration };
}

export function relativeUnit(root: string, unitId: string): string {
  return path.relative(root, unitId).split(path.sep).join('/') || '.';
}

/** " · Δ +$70.08 vs main", " · new vs main", or '' when unchanged. */
export function deltaSuffix(base: BaseCosts, key: string, monthly: number): string {
  const before = base.byDeclaration.get(key);
  if (before === undefined) return ` · new vs ${base.branch}`;
  const d = monthly - before;
  if (Math.abs(d) < 0.005) return '';
  return ` · Δ ${d > 0 ? '+' : '-'}${usd(Math.abs(d))} vs ${base.branch}`;
}
