import * as path from 'path';
import { cents, monthly, usd } from '../pricing/money';
import type { CostDiff, ResourceChange } from './diff';

/**
 * A cost diff as text: Markdown for pull-request comments and the editor's "cost of my changes" view, and the
 * JSON contract for scripts. Money is rounded here and only here.
 */
export function signedUsd(n: number): string {
  return (n > 0 ? '+' : '') + usd(n);
}

export function diffHeadline(d: CostDiff): string {
  const pct = d.totalBefore > 0 ? ` (${d.delta >= 0 ? '+' : ''}${((d.delta / d.totalBefore) * 100).toFixed(1)}%)` : '';
  return `${signedUsd(d.delta)}/mo${pct}: ${monthly(d.totalBefore)} → ${monthly(d.totalAfter)}`;
}

export function diffCounts(d: CostDiff): string {
  const n = (k: ResourceChange['kind']) => d.changes.filter((c) => c.kind === k).length;
  return `${n('added')} added, ${n('removed')} removed, ${n('changed')} changed, ${d.unchanged} unchanged`;
}

export function costCell(v: number | null, status: string | undefined): string {
  if (status === undefined) return '—';
  if (v === null) return status === 'unsupported' ? 'not priced' : 'unknown';
  return usd(v);
}

/** Ready to post as a PR comment: the total up front, the per-resource table folded away. */
export function diffMarkdown(d: CostDiff, root: string, baseLabel: string): string {
  const lines = [
    `## Cloud cost change vs \`${baseLabel}\`: ${diffHeadline(d)}`,
    '',
    `${diffCounts(d)}; prices as of ${d.pricesAsOf}.`,
  ];
  if (d.changes.length === 0) return [...lines, '', 'No resource changes cost.'].join('\n');
  lines.push('', `<details><summary>Per-resource changes (${d.changes.length})</summary>`, '');
  lines.push('| Change | Resource | File | Before | After | Δ monthly |', '|---|---|---|--:|--:|--:|');
  for (const c of d.changes) {
    const file = rel(root, c.resource.file) + ':' + (c.resource.headerRange.start.line + 1);
    lines.push(
      `| ${c.kind} | \`${esc(c.address)}\` | ${esc(file)} | ${costCell(c.before, c.beforeStatus)} | ${costCell(c.after, c.afterStatus)} | ${signedUsd(c.delta)} |`,
    );
  }
  lines.push('', '</details>');
  return lines.join('\n');
}

/** The `diff --format json` contract (version 1). */
export interface JsonDiff {
  readonly version: 1;
  readonly currency: 'USD';
  readonly pricesAsOf: string;
  readonly base: string;
  readonly totalMonthlyCostBefore: number;
  readonly totalMonthlyCostAfter: number;
  readonly monthlyDelta: number;
  readonly unchanged: number;
  readonly changes: readonly {
    readonly kind: ResourceChange['kind'];
    readonly address: string;
    readonly type: string;
    readonly file: string;
    readonly line: number;
    readonly monthlyCostBefore: number | null;
    readonly monthlyCostAfter: number | null;
    readonly statusBefore?: string;
    readonly statusAfter?: string;
    readonly monthlyDelta: number;
  }[];
}

export function toJsonDiff(d: CostDiff, root: string, baseLabel: string): JsonDiff {
  const money = (v: number | null) => (v === null ? null : cents(v));
  return {
    version: 1,
    currency: 'USD',
    pricesAsOf: d.pricesAsOf,
    base: baseLabel,
    totalMonthlyCostBefore: cents(d.totalBefore),
    totalMonthlyCostAfter: cents(d.totalAfter),
    monthlyDelta: cents(d.delta),
    unchanged: d.unchanged,
    changes: d.changes.map((c) => ({
      kind: c.kind,
      address: c.address,
      type: c.type,
      file: rel(root, c.resource.file),
      line: c.resource.headerRange.start.line + 1,
      monthlyCostBefore: money(c.before),
      monthlyCostAfter: money(c.after),
      ...(c.beforeStatus ? { statusBefore: c.beforeStatus } : {}),
      ...(c.afterStatus ? { statusAfter: c.afterStatus } : {}),
      monthlyDelta: cents(c.delta),
    })),
  };
}

function rel(root: string, file: string): string {
  const r = path.relative(root, file);
  return (r === '' ? path.basename(file) : r).split(path.sep).join('/');
}

function esc(s: string): string {
  return s.replace(/\|/g, '\\|');
}
