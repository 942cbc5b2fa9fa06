import type { Range } from '../../../model/range';
import { isList, isObject, isUnknown, Unknown, type Value, type ValueObject } from '../../../model/value';

/**
 * An Unknown that stands for an evaluation error (wrong argument, missing attribute …) rather than a value
 * Terraform only learns at apply time. `try` and `can` fall back on these, never on "known after apply".
 */
export class EvalError extends Unknown {}

/** Thrown inside function implementations only; the function registry turns it into an EvalError. */
export class FnError extends Error {}

export function evalError(reason: string, range?: Range): EvalError {
  return new EvalError(reason, range);
}

/** An Unknown that Terraform would only know after apply (ids, ARNs, data sources). */
export function afterApply(what: string, range?: Range): Unknown {
  return new Unknown(`${what} is known after apply`, range);
}

export function typeName(v: Value | undefined): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (isUnknown(v)) return 'unknown';
  if (isList(v)) return 'list';
  if (isObject(v)) return 'object';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

/** The first Unknown in a value (deeply when asked), so functions can propagate it instead of guessing. */
export function firstUnknown(v: Value, deep = true): Unknown | undefined {
  if (isUnknown(v)) return v;
  if (!deep) return undefined;
  if (isList(v)) {
    for (const e of v) {
      const u = firstUnknown(e, true);
      if (u) return u;
    }
  } else if (isObject(v)) {
    for (const k of Object.keys(v)) {
      const u = firstUnknown(v[k], true);
      if (u) return u;
    }
  }
  return undefined;
}

export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (isList(a) && isList(b)) return a.length === b.length && a.every((e, i) => valuesEqual(e, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && valuesEqual(a[k], b[k]))
    );
  }
  return false;
}

/** Terraform's number → string conversion: integers without exponent, others in shortest form. */
export function numberToString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

/** Implicit conversion to string as Terraform does for string arguments and template interpolation. */
export function asString(v: Value, what = 'value'): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) throw new FnError(`${what} is null`);
  throw new FnError(`${what} must be a string, not a ${typeName(v)}`);
}

export function asNumber(v: Value, what = 'value'): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  if (v === null) throw new FnError(`${what} is null`);
  throw new FnError(`${what} must be a number, not ${describe(v)}`);
}

export function asInteger(v: Value, what = 'value'): number {
  const n = asNumber(v, what);
  if (!Number.isInteger(n)) throw new FnError(`${what} must be a whole number, not ${n}`);
  return n;
}

export function asBool(v: Value, what = 'value'): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  if (v === null) throw new FnError(`${what} is null`);
  throw new FnError(`${what} must be a bool, not ${describe(v)}`);
}

export function asList(v: Value, what = 'value'): readonly Value[] {
  if (isList(v)) return v;
  if (v === null) throw new FnError(`${what} is null`);
  throw new FnError(`${what} must be a list, not a ${typeName(v)}`);
}

export function asObject(v: Value, what = 'value'): ValueObject {
  if (isObject(v)) return v;
  if (v === null) throw new FnError(`${what} is null`);
  throw new FnError(`${what} must be a map or object, not a ${typeName(v)}`);
}

/** A short description of a value for error messages. */
export function describe(v: Value): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return `a ${typeName(v)}`;
}

/** Sorted, de-duplicated copy: how this evaluator represents a Terraform set. */
export function toSetList(items: readonly Value[]): Value[] {
  const out: Value[] = [];
  for (const e of items) if (!out.some((o) => valuesEqual(o, e))) out.push(e);
  if (out.every((e) => typeof e === 'string')) return (out as string[]).sort(compareStrings);
  if (out.every((e) => typeof e === 'number')) return (out as number[]).sort((a, b) => a - b);
  return out;
}

/** Byte-wise (code unit) order, as Go sorts strings; localeCompare would differ from Terraform. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let segmenter: Intl.Segmenter | undefined;

/** User-perceived characters (grapheme clusters), which Terraform counts in length(), substr() and strrev(). */
export function graphemes(s: string): string[] {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.split('');
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(s), (x) => x.segment);
}
