import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Severity } from '../model/problem';
import type { Range } from '../model/range';
import { RULE_KINDS, type BudgetScope, type Policy, type PolicyProblem, type PolicyRule, type RuleKind } from './types';

/**
 * Reads the guardrails of a policy file. The text is either `.costlens.yml` (rules under `policies:`, other
 * sections belong to other readers and are ignored), a file of its own with the same `policies:` key, or a
 * bare list of rules (YAML or JSON). Never throws: a broken rule becomes a problem with its range and is
 * dropped, and every other rule still applies, so one typo does not switch the team's guardrails off.
 */
export function parsePolicy(text: string, file: string): Policy {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const problems: PolicyProblem[] = [];
  const rangeOf = (node: { range?: [number, number, number] | null } | null | undefined): Range => {
    const r = node?.range;
    if (!r) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: pos(lc, r[0]), end: pos(lc, r[1]) };
  };
  const problem = (node: Parameters<typeof rangeOf>[0], message: string, severity: Severity = 'error') =>
    problems.push({ file, range: rangeOf(node), severity, message });

  for (const e of doc.errors) {
    problems.push({
      file,
      range: { start: pos(lc, e.pos[0]), end: pos(lc, e.pos[1]) },
      severity: 'error',
      message: `policy file: ${firstLine(e.message)}`,
    });
  }
  let list: Node | null | undefined = doc.contents as Node | null;
  if (isMap(list)) list = list.get('policies', true) as Node | undefined;
  if (list === undefined || list === null) return { rules: [], problems, file };
  if (!isSeq(list)) {
    problem(list, '`policies` must be a list of rules');
    return { rules: [], problems, file };
  }
  const rules: PolicyRule[] = [];
  const ids = new Set<string>();
  list.items.forEach((item, i) => {
    const rule = readRule(item as Node, i + 1, file, rangeOf, problem);
    if (!rule) return;
    if (ids.has(rule.id))
      problem(item as Node, `duplicate rule id "${rule.id}": SARIF and CI logs need unique ids`, 'warning');
    ids.add(rule.id);
    rules.push(rule);
  });
  return { rules, problems, file };
}

type RangeOf = (node: { range?: [number, number, number] | null } | null | undefined) => Range;
type Report = (node: Parameters<RangeOf>[0], message: string, severity?: Severity) => void;

/** The keys each rule accepts besides id, rule, severity and message; anything else is a warning (likely a typo). */
const KEYS: Record<RuleKind, readonly string[]> = {
  budget: ['scope', 'match', 'limit'],
  'max-increase': ['scope', 'limit'],
  'forbidden-instance': ['patterns'],
  'max-gpu': ['perResource', 'total'],
  'require-usage': [],
  'max-cost-per-million-requests': ['limit'],
};
const COMMON = ['id', 'rule', 'severity', 'message'];
const SCOPES: readonly BudgetScope[] = ['file', 'directory', 'resource-type', 'address', 'workspace'];

function readRule(node: Node, n: number, file: string, rangeOf: RangeOf, problem: Report): PolicyRule | undefined {
  if (!isMap(node)) {
    problem(node, `rule ${n}: expected a mapping with \`rule:\` and its settings`);
    return undefined;
  }
  const map = node as YAMLMap<unknown, unknown>;
  const kindNode = map.get('rule', true) as Node | undefined;
  const kind = scalar(kindNode);
  if (typeof kind !== 'string' || !(RULE_KINDS as readonly string[]).includes(kind)) {
    problem(kindNode ?? node, `rule ${n}: \`rule\` must be one of ${RULE_KINDS.join(', ')}`);
    return undefined;
  }
  const k = kind as RuleKind;
  for (const pair of map.items as Pair<unknown, unknown>[]) {
    const key = scalar(pair.key as Node);
    if (typeof key !== 'string' || (!COMMON.includes(key) && !KEYS[k].includes(key))) {
      problem(
        pair.key as Node,
        `rule ${n} (${k}): unknown key "${String(key)}" is ignored; expected ${[...COMMON, ...KEYS[k]].join(', ')}`,
        'warning',
      );
    }
  }
  const field = (key: string) => map.get(key, true) as Node | undefined;
  const sevNode = field('severity');
  const sev = sevNode === undefined ? 'error' : scalar(sevNode);
  if (sev !== 'error' && sev !== 'warning' && sev !== 'info') {
    problem(sevNode, `rule ${n}: \`severity\` must be info, warning or error`);
    return undefined;
  }
  const idNode = field('id');
  const id = idNode === undefined ? `${k}-${n}` : scalar(idNode);
  if (typeof id !== 'string' || id === '') {
    problem(idNode, `rule ${n}: \`id\` must be a non-empty string`);
    return undefined;
  }
  const msgNode = field('message');
  const message = msgNode === undefined ? undefined : scalar(msgNode);
  if (message !== undefined && typeof message !== 'string') {
    problem(msgNode, `rule ${n}: \`message\` must be a string`);
    return undefined;
  }
  const base = { id, severity: sev, ...(message ? { message } : {}), file, range: rangeOf(node) } as const;
  const money = (key: string, required: boolean): number | undefined | null => {
    const v = field(key);
    if (v === undefined) {
      if (required) problem(node, `rule ${n} (${k}): \`${key}\` is required`);
      return required ? null : undefined;
    }
    const x = scalar(v);
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
      problem(v, `rule ${n} (${k}): \`${key}\` must be a number ≥ 0`);
      return null;
    }
    return x;
  };

  switch (k) {
    case 'budget': {
      const scopeNode = field('scope');
      const scope = scalar(scopeNode);
      if (!(SCOPES as readonly unknown[]).includes(scope)) {
        problem(scopeNode ?? node, `rule ${n} (budget): \`scope\` must be one of ${SCOPES.join(', ')}`);
        return undefined;
      }
      const matchNode = field('match');
      const match = matchNode === undefined ? undefined : scalar(matchNode);
      if (match !== undefined && typeof match !== 'string') {
        problem(matchNode, `rule ${n} (budget): \`match\` must be a glob string`);
        return undefined;
      }
      const limit = money('limit', true);
      if (limit === null || limit === undefined) return undefined;
      return { ...base, rule: 'budget', scope: scope as BudgetScope, ...(match ? { match } : {}), limit };
    }
    case 'max-increase': {
      const scopeNode = field('scope');
      const scope = scopeNode === undefined ? 'workspace' : scalar(scopeNode);
      if (scope !== 'workspace' && scope !== 'resource') {
        problem(scopeNode, `rule ${n} (max-increase): \`scope\` must be workspace or resource`);
        return undefined;
      }
      const limit = money('limit', true);
      if (limit === null || limit === undefined) return undefined;
      return { ...base, rule: 'max-increase', scope, limit };
    }
    case 'forbidden-instance': {
      const p = field('patterns');
      const raw = isSeq(p) ? p.items.map((x) => scalar(x as Node)) : p === undefined ? undefined : [scalar(p)];
      if (!raw || raw.length === 0 || raw.some((x) => typeof x !== 'string' || x === '')) {
        problem(
          p ?? node,
          `rule ${n} (forbidden-instance): \`patterns\` must be a list of globs such as "p4d.*" or "*.metal"`,
        );
        return undefined;
      }
      return { ...base, rule: 'forbidden-instance', patterns: raw as string[] };
    }
    case 'max-gpu': {
      const perResource = money('perResource', false);
      const total = money('total', false);
      if (perResource === null || total === null) return undefined;
      if (perResource === undefined && total === undefined) {
        problem(node, `rule ${n} (max-gpu): give \`perResource\`, \`total\` or both`);
        return undefined;
      }
      return {
        ...base,
        rule: 'max-gpu',
        ...(perResource !== undefined ? { perResource } : {}),
        ...(total !== undefined ? { total } : {}),
      };
    }
    case 'require-usage':
      return { ...base, rule: 'require-usage' };
    case 'max-cost-per-million-requests': {
      const limit = money('limit', true);
      if (limit === null || limit === undefined) return undefined;
      return { ...base, rule: 'max-cost-per-million-requests', limit };
    }
  }
}

function scalar(node: unknown): unknown {
  return isScalar(node) ? node.value : node === undefined ? undefined : node;
}

function pos(lc: LineCounter, offset: number): { line: number; character: number } {
  const p = lc.linePos(offset);
  return { line: p.line - 1, character: p.col - 1 };
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
