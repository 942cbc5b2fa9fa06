import * as fs from 'fs';
import * as path from 'path';
import { evaluatePolicy, type PolicyResult } from '../../policy/evaluate';
import { loadPolicy, COSTLENS_FILE } from '../../policy/load';
import { POLICY_FILE_RULE_ID, toSarif } from '../../policy/sarif';
import type { Policy, Violation } from '../../policy/types';
import { cents, monthly } from '../../pricing/money';
import { signedUsd } from '../../report/diff-render';
import { analyzeWorkspace, type WorkspaceReport } from '../../workspace/analyze';
import { diskFs } from '../../workspace/disk-fs';
import { flag, oneOf, parseArgs, UsageError } from '../args';
import { relativePath } from '../json-report';
import { engineOptionsFromArgs, PRICING_FLAGS, resolvePaths } from '../load';
import { renderTable } from '../table';
import { compareWithRef } from './diff';

export const CHECK_HELP =
  'costlens check [paths…] [--policy F] [--base <git ref>] [--format table|json|markdown|sarif] [--region R] [--usage-file F] [--var k=v]';

const VERSION = '0.1.0';

/**
 * `costlens check`: the workspace against its guardrails, for CI. Exit 0 when no error-severity violation,
 * 2 when one exists (a broken rule in the policy file counts: a guardrail that silently stops applying is
 * worse than a red build), 1 on usage errors. `--base` prices the change too, for max-increase rules.
 */
export function check(argv: readonly string[], out: (s: string) => void): number {
  const args = parseArgs(['check', ...argv], { withValue: [...PRICING_FLAGS, 'policy', 'base'], boolean: [] });
  const format = oneOf(flag(args, 'format'), ['table', 'json', 'markdown', 'sarif'] as const, 'format', 'table');
  const ref = flag(args, 'base');
  let report: WorkspaceReport;
  let base: string;
  let diff: ReturnType<typeof compareWithRef>['diff'] | undefined;
  if (ref) {
    const c = compareWithRef(args, ref);
    ({ head: report, base, diff } = c);
  } else {
    const r = resolvePaths(args);
    base = r.base;
    report = analyzeWorkspace(r.paths, diskFs, engineOptionsFromArgs(args, base));
  }
  const policy = readPolicy(flag(args, 'policy'), base);
  const result = evaluatePolicy(report.costs, policy.rules, { workspaceRoot: base, diff });
  const failed =
    result.violations.some((v) => v.severity === 'error') || policy.problems.some((p) => p.severity === 'error');
  const outcome: Outcome = { result, policy, report, base, delta: diff?.delta };
  if (format === 'sarif') out(JSON.stringify(toSarif(result.violations, policy, base, VERSION), null, 2));
  else if (format === 'json') out(JSON.stringify(jsonResult(outcome), null, 2));
  else if (format === 'markdown') out(markdownResult(outcome));
  else out(tableResult(outcome));
  return failed ? 2 : 0;
}

/** Everything a report format needs. */
interface Outcome {
  readonly result: PolicyResult;
  readonly policy: Policy;
  readonly report: WorkspaceReport;
  /** Folder that file names are relative to. */
  readonly base: string;
  /** Monthly change against --base, when given. */
  readonly delta: number | undefined;
}

function readPolicy(file: string | undefined, base: string): Policy {
  if (file && !fs.existsSync(path.resolve(file))) throw new UsageError(`--policy ${file} does not exist`);
  const read = (p: string) => (fs.existsSync(p) && fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : undefined);
  const policy = file ? loadPolicy(process.cwd(), file, read) : loadPolicy(base, undefined, read);
  if (!policy)
    throw new UsageError(
      `no policy: pass --policy <file> or add a policies: section to ${path.join(base, COSTLENS_FILE)}`,
    );
  if (policy.rules.length === 0 && policy.problems.length === 0)
    throw new UsageError(`${policy.file} has no policies: section with rules`);
  return policy;
}

interface Finding {
  readonly ruleId: string;
  readonly severity: Violation['severity'];
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Broken rules first (they change what was checked), then violations by severity. */
function findings(result: PolicyResult, policy: Policy): Finding[] {
  const order = { error: 0, warning: 1, info: 2 };
  const all = [
    ...policy.problems.map((p) => ({
      ruleId: POLICY_FILE_RULE_ID,
      severity: p.severity,
      message: p.message,
      file: p.file,
      line: p.range.start.line + 1,
      column: p.range.start.character + 1,
    })),
    ...result.violations.map((v) => ({
      ruleId: v.ruleId,
      severity: v.severity,
      message: v.message,
      file: v.file,
      line: v.range.start.line + 1,
      column: v.range.start.character + 1,
    })),
  ];
  return all.sort((a, b) => order[a.severity] - order[b.severity]);
}

function summary(result: PolicyResult, policy: Policy, report: WorkspaceReport, delta: number | undefined): string {
  const all = findings(result, policy);
  const n = (s: Violation['severity']) => all.filter((f) => f.severity === s).length;
  const change = delta === undefined ? '' : `, change ${signedUsd(delta)}/mo`;
  return `${policy.rules.length} rules, ${n('error')} errors, ${n('warning')} warnings, ${n('info')} info (workspace ${monthly(report.totalMonthlyCost)}${change})`;
}

function tableResult({ result, policy, report, base, delta }: Outcome): string {
  const rows = findings(result, policy).map((f) => [
    f.severity,
    f.ruleId,
    `${relativePath(base, f.file)}:${f.line}:${f.column}`,
    f.message,
  ]);
  const lines = rows.length > 0 ? [renderTable(['Severity', 'Rule', 'Location', 'Message'], rows, new Set()), ''] : [];
  lines.push(summary(result, policy, report, delta));
  for (const note of result.notes)
    lines.push(`note: ${relativePath(base, note.file)}:${note.range.start.line + 1}: ${note.message}`);
  return lines.join('\n');
}

function markdownResult({ result, policy, report, base, delta }: Outcome): string {
  const all = findings(result, policy);
  const ok = !all.some((f) => f.severity === 'error');
  const lines = [`## Cost guardrails: ${ok ? 'passed' : 'failed'}`, '', summary(result, policy, report, delta) + '.'];
  if (all.length > 0) {
    lines.push('', '| Severity | Rule | Location | Message |', '|---|---|---|---|');
    for (const f of all)
      lines.push(
        `| ${f.severity} | ${f.ruleId} | ${relativePath(base, f.file)}:${f.line} | ${f.message.replace(/\|/g, '\\|')} |`,
      );
  }
  if (result.notes.length > 0) {
    lines.push('', `<details><summary>Not checked (${result.notes.length})</summary>`, '');
    for (const note of result.notes) lines.push(`- ${note.message.replace(/\|/g, '\\|')}`);
    lines.push('', '</details>');
  }
  return lines.join('\n');
}

function jsonResult({ result, policy, report, base, delta }: Outcome): object {
  const rel = (f: string) => relativePath(base, f);
  return {
    version: 1,
    passed:
      !result.violations.some((v) => v.severity === 'error') && !policy.problems.some((p) => p.severity === 'error'),
    totalMonthlyCost: cents(report.totalMonthlyCost),
    ...(delta !== undefined ? { monthlyDelta: cents(delta) } : {}),
    violations: result.violations.map((v) => ({ ...v, file: rel(v.file) })),
    notes: result.notes.map((n) => ({ ...n, file: rel(n.file) })),
    policyProblems: policy.problems.map((p) => ({ ...p, file: rel(p.file) })),
  };
}
