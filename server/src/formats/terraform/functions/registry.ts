import type { Range } from '../../../model/range';
import { isUnknown, type Value, type ValueObject } from '../../../model/value';
import type { SourceFs } from '../../../workspace/source-fs';
import { EvalError, firstUnknown, FnError } from '../evaluator/values';

/** What a function may touch besides its arguments: workspace files (through SourceFs) and templates. */
export interface FunctionContext {
  readonly fs: SourceFs;
  /** Directory relative file paths resolve against (Terraform resolves against the working directory). */
  readonly baseDir: string;
  /** Renders a template file's text with the given variables (the evaluator owns template syntax). */
  readonly renderTemplate?: (text: string, file: string, vars: ValueObject) => Value;
}

export interface FunctionSpec {
  readonly min: number;
  /** Infinity for variadic functions. */
  readonly max: number;
  /**
   * How Unknown arguments propagate: 'top' returns the first argument that is Unknown itself, 'deep' also
   * looks inside lists and objects (for functions whose result depends on every element), 'none' lets the
   * implementation decide (coalesce, length …).
   */
  readonly unknowns: 'top' | 'deep' | 'none';
  readonly impl: (args: readonly Value[], ctx: FunctionContext) => Value;
}

export type FunctionTable = Readonly<Record<string, FunctionSpec>>;

/** Shorthand for a function with a fixed number of parameters. */
export function fixed(
  n: number,
  impl: FunctionSpec['impl'],
  unknowns: FunctionSpec['unknowns'] = 'deep',
): FunctionSpec {
  return { min: n, max: n, unknowns, impl };
}

export function variadic(
  min: number,
  impl: FunctionSpec['impl'],
  unknowns: FunctionSpec['unknowns'] = 'deep',
): FunctionSpec {
  return { min, max: Infinity, unknowns, impl };
}

/**
 * Calls a built-in function. Never throws: a wrong argument becomes an EvalError (an Unknown) whose
 * reason names the function, so pricing shows "price unknown: lookup(): …" instead of crashing.
 */
export function callFunction(
  table: FunctionTable,
  name: string,
  args: readonly Value[],
  ctx: FunctionContext,
  range?: Range,
): Value {
  const spec = Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
  if (!spec) return new EvalError(`unknown function ${name}()`, range);
  if (args.length < spec.min || args.length > spec.max) {
    const want =
      spec.max === Infinity
        ? `at least ${spec.min}`
        : spec.min === spec.max
          ? `${spec.min}`
          : `${spec.min} to ${spec.max}`;
    return new EvalError(`${name}() takes ${want} argument(s), got ${args.length}`, range);
  }
  if (spec.unknowns !== 'none') {
    for (const a of args) {
      const u = spec.unknowns === 'deep' ? firstUnknown(a) : isUnknown(a) ? a : undefined;
      if (u) return u;
    }
  }
  try {
    return spec.impl(args, ctx);
  } catch (e) {
    const message = e instanceof FnError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    return new EvalError(`${name}(): ${message}`, range);
  }
}
