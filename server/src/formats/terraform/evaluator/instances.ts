import { isList, isObject, isUnknown, Unknown, type Value, type ValueObject } from '../../../model/value';
import type { Block } from '../ast';
import { attribute } from './config';
import { report, type AnalysisContext } from './context';
import { bind, evaluate, type EvalScope } from './expression';
import { compareStrings, describe, typeName } from './values';

/** One instance of a resource or module block: its key, address suffix and the scope with count/each bound. */
export interface Instance {
  readonly key?: string | number;
  /** '', '[0]' or '["a"]'. */
  readonly suffix: string;
  readonly scope: EvalScope;
  /** Set when count/for_each is unknown: the one instance shown stands for an unknown number. */
  readonly unknownCount?: Unknown;
}

export interface Expansion {
  readonly instances: readonly Instance[];
  /** How references see the instances: one object, a list (count), a map (for_each), or Unknown. */
  shape(values: readonly ValueObject[]): Value;
}

/**
 * Expands `count` / `for_each` of a resource or module block. When the count is unknown, Terraform could
 * not plan either; we show one instance (so the lens still prices something) and say so.
 */
export function expandInstances(
  block: Block,
  scope: EvalScope,
  file: string,
  ctx: AnalysisContext,
  address: string,
): Expansion {
  const countAttr = attribute(block, 'count');
  const forEachAttr = attribute(block, 'for_each');
  if (!countAttr && !forEachAttr) return { instances: [{ suffix: '', scope }], shape: (v) => v[0] ?? null };
  const attr = (countAttr ?? forEachAttr)!;
  const what = countAttr ? 'count' : 'for_each';
  const v = evaluate(attr.expr, scope);

  const unknownOne = (reason: string, u?: Unknown): Expansion => {
    const unknownCount = new Unknown(`${what} of ${address}: ${reason}`, u?.range ?? attr.range);
    report(ctx, {
      file,
      range: attr.range,
      severity: 'warning',
      message: `${unknownCount.reason}; showing one instance`,
      source: 'terraform',
    });
    const inner = countAttr
      ? bind(scope, { count: { index: unknownCount } })
      : bind(scope, { each: { key: unknownCount, value: unknownCount } });
    return { instances: [{ suffix: '', scope: inner, unknownCount }], shape: () => unknownCount };
  };
  if (isUnknown(v)) return unknownOne(v.reason, v);

  if (countAttr) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < 0) return unknownOne(`must be a whole number ≥ 0, not ${describe(v)}`);
    const instances = Array.from({ length: n }, (_, i) => ({
      key: i,
      suffix: `[${i}]`,
      scope: bind(scope, { count: { index: i } }),
    }));
    return { instances, shape: (vals) => [...vals] };
  }

  let pairs: [string, Value][];
  if (isObject(v)) {
    pairs = Object.keys(v)
      .sort(compareStrings)
      .map((k) => [k, v[k]]);
  } else if (isList(v)) {
    // A set of strings (toset() yields a sorted, distinct list here): each.key and each.value are the element.
    if (!v.every((e) => typeof e === 'string')) {
      const u = v.find(isUnknown);
      return u ? unknownOne(u.reason, u) : unknownOne('a set must hold strings only');
    }
    pairs = [...new Set(v as string[])].sort(compareStrings).map((e) => [e, e]);
  } else {
    return unknownOne(`must be a map or a set of strings, not ${v === null ? 'null' : `a ${typeName(v)}`}`);
  }
  const instances = pairs.map(([key, value]) => ({
    key,
    suffix: `[${JSON.stringify(key)}]`,
    scope: bind(scope, { each: { key, value } }),
  }));
  return {
    instances,
    shape: (vals) => Object.fromEntries(pairs.map(([k], i) => [k, vals[i]])),
  };
}
