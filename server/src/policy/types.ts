import type { Range } from '../model/range';
import type { Severity } from '../model/problem';

/**
 * Guardrails as plain data. A policy file (`policies:` in `.costlens.yml`, or a file of its own) parses into
 * these rules; `evaluatePolicy` turns (priced workspace, rules) into violations. Nothing here knows LSP.
 */
export type BudgetScope = 'file' | 'directory' | 'resource-type' | 'address' | 'workspace';

interface RuleBase {
  /** Stable id, used as the SARIF ruleId; defaults to `<rule>-<n>` (n = position in the file, from 1). */
  readonly id: string;
  readonly severity: Severity;
  /** The team's own words, shown first in every violation. */
  readonly message?: string;
  /** Where the rule is written, so problems and hovers can point at it. */
  readonly file?: string;
  readonly range?: Range;
}

export interface BudgetRule extends RuleBase {
  readonly rule: 'budget';
  readonly scope: BudgetScope;
  /** Glob on the relative file or directory path, the resource type or the address; absent = everything. */
  readonly match?: string;
  /** USD per month. */
  readonly limit: number;
}

export interface MaxIncreaseRule extends RuleBase {
  readonly rule: 'max-increase';
  /** USD per month the change may add: to the workspace total, or to each resource with `scope: resource`. */
  readonly limit: number;
  readonly scope: 'workspace' | 'resource';
}

export interface ForbiddenInstanceRule extends RuleBase {
  readonly rule: 'forbidden-instance';
  /** Globs on the instance type or size: `p4d.*`, `*.metal`, `Standard_ND*`. */
  readonly patterns: readonly string[];
}

export interface MaxGpuRule extends RuleBase {
  readonly rule: 'max-gpu';
  /** Accelerators per resource instance. */
  readonly perResource?: number;
  /** Accelerators in the whole workspace. */
  readonly total?: number;
}

export interface RequireUsageRule extends RuleBase {
  readonly rule: 'require-usage';
}

export interface MaxCostPerMillionRequestsRule extends RuleBase {
  readonly rule: 'max-cost-per-million-requests';
  /** USD per 1M invocations (request charge plus duration and storage at the usage file's figures). */
  readonly limit: number;
}

export type PolicyRule =
  BudgetRule | MaxIncreaseRule | ForbiddenInstanceRule | MaxGpuRule | RequireUsageRule | MaxCostPerMillionRequestsRule;

export type RuleKind = PolicyRule['rule'];

export const RULE_KINDS: readonly RuleKind[] = [
  'budget',
  'max-increase',
  'forbidden-instance',
  'max-gpu',
  'require-usage',
  'max-cost-per-million-requests',
];

/** One broken rule or a broken file: reported with its range; the other rules still apply. */
export interface PolicyProblem {
  readonly file: string;
  readonly range: Range;
  readonly severity: Severity;
  readonly message: string;
}

export interface Policy {
  readonly rules: readonly PolicyRule[];
  readonly problems: readonly PolicyProblem[];
  /** The file the rules came from (absolute), when known. */
  readonly file?: string;
}

/** A rule broken by the workspace, anchored where the editor and SARIF should show it. */
export interface Violation {
  readonly ruleId: string;
  readonly rule: RuleKind;
  readonly severity: Severity;
  /** The rule's message (or a default), the figure and the limit, in one sentence. */
  readonly message: string;
  readonly file: string;
  readonly range: Range;
  readonly address?: string;
  /** The measured figure and the limit it broke (USD/month, count …), unrounded. */
  readonly actual?: number;
  readonly limit?: number;
}

/** A rule that could not be checked for a resource (e.g. cost per request without duration figures). */
export interface PolicyNote {
  readonly ruleId: string;
  readonly message: string;
  readonly file: string;
  readonly range: Range;
  readonly address?: string;
}
