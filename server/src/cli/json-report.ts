import * as path from 'path';
import type { Problem } from '../model/problem';
import type { Range } from '../model/range';
import { cents } from '../pricing/money';
import type { WorkspaceReport } from '../workspace/analyze';

/**
 * The public JSON contract (version 1), documented in README. Money is rounded to cents here and only
 * here; file paths are relative to the base the user gave.
 */
export interface JsonReport {
  readonly version: 1;
  readonly currency: 'USD';
  readonly pricesAsOf: string;
  readonly totalMonthlyCost: number;
  readonly resources: readonly JsonResource[];
  readonly problems: readonly JsonProblem[];
}

export interface JsonResource {
  readonly address: string;
  readonly type: string;
  readonly file: string;
  readonly range: Range;
  readonly status: string;
  readonly reason?: string;
  readonly monthlyCost: number | null;
  readonly hourlyCost: number | null;
  readonly region?: string;
  readonly gpu?: { readonly count: number; readonly model?: string };
  readonly components: readonly {
    readonly name: string;
    readonly unit: string;
    readonly monthlyQuantity: number | null;
    readonly unitPrice: number | null;
    readonly monthlyCost: number | null;
    readonly usageBased: boolean;
  }[];
}

export interface JsonProblem {
  readonly file: string;
  readonly range: Range;
  readonly severity: Problem['severity'];
  readonly message: string;
}

export function toJsonReport(report: WorkspaceReport, base: string): JsonReport {
  const rel = (f: string) => relativePath(base, f);
  return {
    version: 1,
    currency: 'USD',
    pricesAsOf: report.pricesAsOf,
    totalMonthlyCost: cents(report.totalMonthlyCost),
    resources: report.costs.map((c) => ({
      address: c.resource.address,
      type: c.resource.type,
      file: rel(c.resource.file),
      range: c.resource.range,
      status: c.status,
      ...(c.reason ? { reason: c.reason } : {}),
      monthlyCost: c.monthlyCost === null ? null : cents(c.monthlyCost),
      hourlyCost: c.hourlyCost === null ? null : Number(c.hourlyCost.toPrecision(10)),
      ...(c.region ? { region: c.region } : {}),
      ...(c.gpu ? { gpu: c.gpu } : {}),
      components: c.components.map((k) => ({
        name: k.name,
        unit: k.unit,
        monthlyQuantity: k.monthlyQuantity,
        unitPrice: k.unitPrice,
        monthlyCost: k.monthlyCost === null ? null : cents(k.monthlyCost),
        usageBased: k.usageBased,
      })),
    })),
    problems: report.problems.map((p) => ({ file: rel(p.file), range: p.range, severity: p.severity, message: p.message })),
  };
}

export function relativePath(base: string, file: string): string {
  const r = path.relative(base, file);
  return (r === '' ? path.basename(file) : r).split(path.sep).join('/');
}
