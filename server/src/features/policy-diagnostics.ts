import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Severity } from '../model/problem';
import { evaluatePolicy } from '../policy/evaluate';
import { loadPolicy } from '../policy/load';
import type { Policy, PolicyRule } from '../policy/types';
import type { ResourceCost } from '../pricing/cost';
import type { Settings } from '../settings';
import { toLspRange } from './lsp-convert';

/** What the guardrail diagnostics need from the session: files (open documents over disk), settings, roots, costs. */
export interface PolicyHost {
  readFile(file: string): string | undefined;
  settingsFor(file: string): Promise<Settings>;
  rootOf(file: string): string;
  /** Every resource of the workspace root, from the analysis cache (for workspace, directory and type budgets). */
  workspaceCosts(root: string): Promise<readonly ResourceCost[]>;
}

interface RootResult {
  readonly policy: Policy | undefined;
  /** Violations and notes as diagnostics, by file. */
  readonly byFile: Map<string, Diagnostic[]>;
}

/**
 * Guardrail violations as diagnostics on the offending resource (line 1 for file budgets), and a broken policy
 * file's problems on the policy file. Evaluated once per workspace root per publishing round (`reset()` starts a
 * round), so a change to the policy file or to any priced file is seen on the next round with no other cache to
 * invalidate. max-increase rules need a base ref and are left to `costlens check --base`.
 */
export class PolicyDiagnostics {
  private readonly rounds = new Map<string, Promise<RootResult>>();

  constructor(private readonly host: PolicyHost) {}

  reset(): void {
    this.rounds.clear();
  }

  async forFile(file: string, fileCosts: readonly ResourceCost[]): Promise<Diagnostic[]> {
    const root = this.host.rootOf(file);
    let round = this.rounds.get(root);
    if (!round) this.rounds.set(root, (round = this.evaluate(root, file)));
    const r = await round;
    if (!r.policy) return [];
    // Rules that look at one resource or one file at a time use the file's own costs: no workspace walk per keystroke.
    const byFile = needsWorkspace(r.policy.rules) ? r.byFile : toDiagnostics(r.policy.rules, fileCosts, root);
    const out = [...(byFile.get(path.resolve(file)) ?? [])];
    if (r.policy.file === file) {
      for (const p of r.policy.problems)
        out.push({
          range: toLspRange(p.range),
          severity: lspSeverity(p.severity),
          message: p.message,
          source: 'costlens (policy)',
        });
    }
    return out;
  }

  private async evaluate(root: string, file: string): Promise<RootResult> {
    const settings = await this.host.settingsFor(file);
    const policy = loadPolicy(root, settings.policyFile || undefined, (p) => this.host.readFile(p));
    if (!policy || policy.rules.length === 0) return { policy, byFile: new Map() };
    const costs = needsWorkspace(policy.rules) ? await this.host.workspaceCosts(root) : [];
    return { policy, byFile: toDiagnostics(policy.rules, costs, root) };
  }
}

/** Rules whose figure sums over more than one file. */
function needsWorkspace(rules: readonly PolicyRule[]): boolean {
  return rules.some(
    (r) => (r.rule === 'budget' && r.scope !== 'file') || (r.rule === 'max-gpu' && r.total !== undefined),
  );
}

function toDiagnostics(
  rules: readonly PolicyRule[],
  costs: readonly ResourceCost[],
  root: string,
): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  const add = (file: string, d: Diagnostic) => {
    const key = path.resolve(file);
    let list = byFile.get(key);
    if (!list) byFile.set(key, (list = []));
    list.push(d);
  };
  const result = evaluatePolicy(
    costs,
    rules.filter((r) => r.rule !== 'max-increase'),
    { workspaceRoot: root },
  );
  for (const v of result.violations)
    add(v.file, {
      range: toLspRange(v.range),
      severity: lspSeverity(v.severity),
      message: v.message,
      source: 'costlens (policy)',
      code: v.ruleId,
    });
  for (const n of result.notes)
    add(n.file, {
      range: toLspRange(n.range),
      severity: DiagnosticSeverity.Hint,
      message: n.message,
      source: 'costlens (policy)',
      code: n.ruleId,
    });
  return byFile;
}

function lspSeverity(s: Severity): DiagnosticSeverity {
  return s === 'error'
    ? DiagnosticSeverity.Error
    : s === 'warning'
      ? DiagnosticSeverity.Warning
      : DiagnosticSeverity.Information;
}
