import { analyzeWorkspace, type EngineOptions, type WorkspaceReport } from '../workspace/analyze';
import { GitError, GitFs } from '../workspace/git-fs';
import { computeDiff, type CostDiff } from './diff';
import { diffMarkdown } from './diff-render';

/**
 * "Show cost of my changes": the workspace as the editor sees it now (unsaved edits included, passed in as
 * `head`) against the merge base of the default branch, i.e. what this branch and the uncommitted work add,
 * not what others merged to main since. Both sides use the same snapshot, settings and usage file.
 */
export interface CostOfChanges {
  /** "origin/main (merge base 1a2b3c4)". */
  readonly base: string;
  readonly diff: CostDiff;
  readonly markdown: string;
}

export function costOfChanges(
  root: string,
  head: WorkspaceReport,
  opts: EngineOptions,
  baseBranch = '',
): CostOfChanges | { readonly error: string } {
  try {
    const branch = baseBranch || GitFs.defaultBranch(root);
    const commit = GitFs.mergeBase(root, branch);
    const git = GitFs.open(root, commit);
    const before = analyzeWorkspace([root], git, opts);
    const diff = computeDiff(before, head, root);
    const base = `${branch} (merge base ${commit.slice(0, 7)})`;
    return { base, diff, markdown: diffMarkdown(diff, root, base) };
  } catch (e) {
    if (e instanceof GitError) return { error: e.message };
    throw e;
  }
}
