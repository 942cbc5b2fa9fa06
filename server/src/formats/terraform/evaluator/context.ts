import type { Problem } from '../../../model/problem';
import type { Range } from '../../../model/range';
import { isList, isObject, type Value, type ValueObject } from '../../../model/value';
import type { SourceFs } from '../../../workspace/source-fs';
import type { Expression } from '../ast';
import type { InstalledModule } from '../modules-json';
import type { ModuleConfig } from './config';
import { EvalError } from './values';

/** What every module instance of one analysis shares: files, the module manifest, and the problem sink. */
export interface AnalysisContext {
  readonly fs: SourceFs;
  readonly rootDir: string;
  readonly workspace: string;
  /** `.terraform/modules/modules.json` of the root, when `terraform init` has run. */
  readonly installed: ReadonlyMap<string, InstalledModule> | undefined;
  /** Parses and indexes a module directory (memoized by the caller for the whole analysis). */
  loadModule(dir: string): ModuleConfig | undefined;
  /** Parses a standalone expression (a -var value of complex type). */
  parseExpression(text: string): Expression | undefined;
  renderTemplate(text: string, file: string, vars: ValueObject): Value;
  readonly problems: Problem[];
  /** Keys `file:line:col:message` of problems already reported, so shared values report once. */
  readonly reported: Set<string>;
}

export function report(ctx: AnalysisContext, p: Problem): void {
  const key = `${p.file}:${p.range.start.line}:${p.range.start.character}:${p.message}`;
  if (ctx.reported.has(key)) return;
  ctx.reported.add(key);
  ctx.problems.push(p);
}

/**
 * Reports the evaluation errors inside a value that arose within `within` (the attribute being evaluated
 * in `file`), so a typo shows as a diagnostic where it is written and only there.
 */
export function reportErrors(ctx: AnalysisContext, v: Value, file: string, within: Range, depth = 0): void {
  if (v instanceof EvalError) {
    if (v.range && inside(v.range, within)) {
      report(ctx, { file, range: v.range, severity: 'warning', message: v.reason, source: 'terraform' });
    }
    return;
  }
  if (depth > 8) return;
  if (isList(v)) for (const e of v) reportErrors(ctx, e, file, within, depth + 1);
  else if (isObject(v)) for (const k of Object.keys(v)) reportErrors(ctx, v[k], file, within, depth + 1);
}

function inside(r: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, r.start) && before(r.end, outer.end);
}
