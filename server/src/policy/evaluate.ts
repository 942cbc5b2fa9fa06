import * as path from 'path';
import type { Range } from '../model/range';
import type { Resource } from '../model/resource';
import type { ResourceCost } from '../pricing/cost';
import { monthly, usd } from '../pricing/money';
import { globMatch } from './glob';
import { instanceTypes } from './instance-attributes';
import { costPerMillionRequests, isServerlessFunction } from './serverless';
import type {
  BudgetRule,
  ForbiddenInstanceRule,
  MaxCostPerMillionRequestsRule,
  MaxGpuRule,
  MaxIncreaseRule,
  PolicyNote,
  PolicyRule,
  Violation,
} from './types';

/** The part of a cost diff the max-increase rule reads (report/diff.ts produces it; kept structural here). */
export interface IncreaseInput {
  readonly delta: number;
  readonly changes: readonly {
    readonly address: string;
    readonly delta: number;
    /** The resource as it is now, or as it was when removed. */
    readonly resource: Pick<Resource, 'file' | 'headerRange' | 'address'>;
  }[];
}

export interface PolicyContext {
  /** Relative paths in `match` globs are relative to this folder. */
  readonly workspaceRoot: string;
  /** The change against a base; without it max-increase rules are skipped with a note. */
  readonly diff?: IncreaseInput;
}

export interface PolicyResult {
  readonly violations: Violation[];
  readonly notes: PolicyNote[];
}

/**
 * (priced workspace, rules) → violations. Figures are unrounded sums of the same monthly costs every other
 * surface shows, so a budget in CI agrees with the lenses. Each violation sits where someone can act on it:
 * the offending resource, the largest contributor to a group over budget, or line 1 of a file over budget.
 */
export function evaluatePolicy(
  costs: readonly ResourceCost[],
  rules: readonly PolicyRule[],
  ctx: PolicyContext,
): PolicyResult {
  const out: PolicyResult = { violations: [], notes: [] };
  for (const rule of rules) {
    switch (rule.rule) {
      case 'budget':
        budget(rule, costs, ctx, out);
        break;
      case 'max-increase':
        maxIncrease(rule, ctx, out, costs);
        break;
      case 'forbidden-instance':
        forbidden(rule, costs, out);
        break;
      case 'max-gpu':
        maxGpu(rule, costs, out);
        break;
      case 'require-usage':
        for (const c of costs) {
          if (!openUsage(c)) continue;
          const names = c.components
            .filter((k) => k.usageBased && k.monthlyQuantity === null)
            .map((k) => k.name.toLowerCase());
          out.violations.push(
            violation(
              rule,
              c.resource,
              c.resource.headerRange,
              `${c.resource.address} is usage-based and the usage file has no figures for ${names.join(', ')}`,
            ),
          );
        }
        break;
      case 'max-cost-per-million-requests':
        perMillion(rule, costs, out);
        break;
    }
  }
  return out;
}

function budget(rule: BudgetRule, costs: readonly ResourceCost[], ctx: PolicyContext, out: PolicyResult): void {
  const rel = (f: string) => path.relative(ctx.workspaceRoot, f).split(path.sep).join('/');
  const groups = new Map<string, ResourceCost[]>();
  const add = (key: string, c: ResourceCost) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(c);
  };
  const m = rule.match;
  for (const c of costs) {
    const r = c.resource;
    if (rule.scope === 'workspace') add('workspace', c);
    else if (rule.scope === 'file') {
      if (!m || globMatch(m, rel(r.file), true)) add(r.file, c);
    } else if (rule.scope === 'directory') {
      // A directory's budget covers everything below it, so `envs/*` caps envs/prod and envs/dev separately.
      for (let d = path.dirname(r.file); ; d = path.dirname(d)) {
        const rd = rel(d) || '.';
        if (rd.startsWith('..')) break;
        if (!m || globMatch(m, rd, true)) add(d, c);
        if (rd === '.' || d === path.dirname(d)) break;
      }
    } else if (rule.scope === 'resource-type') {
      if (!m || globMatch(m, r.type)) add(r.type, c);
    } else if (!m || globMatch(m, r.address)) add('address', c);
  }
  for (const [key, group] of groups) {
    const total = group.reduce((s, c) => s + (c.monthlyCost ?? 0), 0);
    if (total <= rule.limit) continue;
    const what =
      rule.scope === 'workspace'
        ? 'The workspace'
        : rule.scope === 'file'
          ? `File ${rel(key)}`
          : rule.scope === 'directory'
            ? `Directory ${rel(key) || '.'}`
            : rule.scope === 'resource-type'
              ? `Resource type ${key}`
              : `Resources matching ${m ?? '*'}`;
    const detail = `${what} costs ${monthly(total)}, over the budget of ${monthly(rule.limit)}`;
    if (rule.scope === 'file') {
      out.violations.push({ ...base(rule, detail), file: key, range: FIRST_LINE, actual: total, limit: rule.limit });
      continue;
    }
    const top = group.reduce((a, b) => ((b.monthlyCost ?? 0) > (a.monthlyCost ?? 0) ? b : a));
    const why = group.length > 1 ? ` (largest: ${top.resource.address}, ${monthly(top.monthlyCost ?? 0)})` : '';
    out.violations.push({
      ...violation(rule, top.resource, top.resource.headerRange, detail + why),
      actual: total,
      limit: rule.limit,
    });
  }
}

function maxIncrease(
  rule: MaxIncreaseRule,
  ctx: PolicyContext,
  out: PolicyResult,
  costs: readonly ResourceCost[],
): void {
  const d = ctx.diff;
  if (!d) {
    const anchor = costs[0]?.resource;
    if (anchor)
      out.notes.push({
        ruleId: rule.id,
        message: `${rule.id}: needs a base to compare with (costlens check --base <ref>); not checked`,
        file: anchor.file,
        range: FIRST_LINE,
      });
    return;
  }
  if (rule.scope === 'resource') {
    for (const ch of d.changes) {
      if (ch.delta <= rule.limit) continue;
      const detail = `${ch.address} adds ${monthly(ch.delta)}, over the allowed increase of ${monthly(rule.limit)}`;
      out.violations.push({
        ...violation(rule, ch.resource, ch.resource.headerRange, detail),
        actual: ch.delta,
        limit: rule.limit,
      });
    }
    return;
  }
  if (d.delta <= rule.limit) return;
  const top = d.changes.reduce<IncreaseInput['changes'][number] | undefined>(
    (a, b) => (!a || b.delta > a.delta ? b : a),
    undefined,
  );
  const detail = `This change adds ${monthly(d.delta)} in total, over the allowed increase of ${monthly(rule.limit)}`;
  const where = top ? top.resource : undefined;
  const why = top ? ` (largest: ${top.address}, +${usd(top.delta)}/mo)` : '';
  out.violations.push({
    ...base(rule, detail + why),
    file: where?.file ?? ctx.workspaceRoot,
    range: where?.headerRange ?? FIRST_LINE,
    ...(where ? { address: where.address } : {}),
    actual: d.delta,
    limit: rule.limit,
  });
}

function forbidden(rule: ForbiddenInstanceRule, costs: readonly ResourceCost[], out: PolicyResult): void {
  for (const c of costs) {
    for (const hit of instanceTypes(c.resource)) {
      const pattern = rule.patterns.find((p) => globMatch(p, hit.value));
      if (!pattern) continue;
      out.violations.push(
        violation(
          rule,
          c.resource,
          hit.range,
          `${c.resource.address} uses ${hit.value} (${hit.attribute}), which matches the forbidden pattern ${pattern}`,
        ),
      );
    }
  }
}

function maxGpu(rule: MaxGpuRule, costs: readonly ResourceCost[], out: PolicyResult): void {
  let total = 0;
  let top: ResourceCost | undefined;
  for (const c of costs) {
    // TPU chips are not GPUs: a GPU cap leaves them alone (they still carry their own marker).
    const n = c.gpu && c.gpu.kind !== 'TPU' ? c.gpu.count : 0;
    total += n;
    if (n > 0 && (!top || n > (top.gpu?.count ?? 0))) top = c;
    if (rule.perResource !== undefined && n > rule.perResource) {
      const model = c.gpu?.model ? ` ${c.gpu.model}` : '';
      const detail = `${c.resource.address} has ${n}${model} GPUs, over the limit of ${rule.perResource} per resource`;
      out.violations.push({
        ...violation(rule, c.resource, c.resource.headerRange, detail),
        actual: n,
        limit: rule.perResource,
      });
    }
  }
  if (rule.total !== undefined && total > rule.total && top) {
    const detail = `The workspace has ${total} GPUs, over the limit of ${rule.total} in total (largest: ${top.resource.address}, ${top.gpu?.count})`;
    out.violations.push({
      ...violation(rule, top.resource, top.resource.headerRange, detail),
      actual: total,
      limit: rule.total,
    });
  }
}

function perMillion(rule: MaxCostPerMillionRequestsRule, costs: readonly ResourceCost[], out: PolicyResult): void {
  for (const c of costs) {
    if (!isServerlessFunction(c)) continue;
    const r = costPerMillionRequests(c);
    if (typeof r === 'string') {
      out.notes.push({
        ruleId: rule.id,
        message: `${rule.id}: cost per 1M requests of ${c.resource.address} not computable: ${r}`,
        file: c.resource.file,
        range: c.resource.headerRange,
        address: c.resource.address,
      });
      continue;
    }
    if (r <= rule.limit) continue;
    const detail = `${c.resource.address} costs ${usd(r)} per 1M requests, over the limit of ${usd(rule.limit)}`;
    out.violations.push({
      ...violation(rule, c.resource, c.resource.headerRange, detail),
      actual: r,
      limit: rule.limit,
    });
  }
}

const FIRST_LINE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function base(rule: PolicyRule, detail: string): Pick<Violation, 'ruleId' | 'rule' | 'severity' | 'message'> {
  return {
    ruleId: rule.id,
    rule: rule.rule,
    severity: rule.severity,
    message: rule.message ? `${rule.message}: ${detail}` : detail,
  };
}

function violation(rule: PolicyRule, r: Pick<Resource, 'file' | 'address'>, range: Range, detail: string): Violation {
  return { ...base(rule, detail), file: r.file, range, address: r.address };
}

/** A usage-based component without a usage figure: its cost is left out of the total. */
function openUsage(c: ResourceCost): boolean {
  return c.components.some((k) => k.usageBased && k.monthlyQuantity === null);
}
