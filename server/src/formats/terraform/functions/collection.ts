import { isList, isObject, isUnknown, type Value, type ValueObject } from '../../../model/value';
import {
  asInteger,
  asList,
  asNumber,
  asObject,
  asString,
  compareStrings,
  describe,
  FnError,
  graphemes,
  toSetList,
  typeName,
  valuesEqual,
} from '../evaluator/values';
import { fixed, variadic, type FunctionTable } from './registry';

/** Collection functions: https://developer.hashicorp.com/terraform/language/functions (Collection Functions). */
export const collectionFunctions: FunctionTable = {
  alltrue: fixed(1, ([l]) => asList(l).every((e) => e === true || e === 'true')),
  anytrue: fixed(1, ([l]) => asList(l).some((e) => e === true || e === 'true')),
  chunklist: fixed(2, ([l, size]) => chunk(asList(l), asInteger(size)), 'top'),
  coalesce: variadic(1, (args) => coalesce(args), 'none'),
  coalescelist: variadic(1, (args) => coalesceList(args), 'none'),
  compact: fixed(1, ([l]) => asList(l).filter((e) => e !== null && e !== '')),
  concat: variadic(1, (lists) => lists.flatMap((l, i) => asList(l, `argument ${i + 1}`)), 'top'),
  contains: fixed(2, ([l, v]) => collectionItems(l).some((e) => valuesEqual(e, v))),
  distinct: fixed(1, ([l]) => asList(l).filter((e, i, all) => all.findIndex((o) => valuesEqual(o, e)) === i)),
  element: fixed(2, ([l, i]) => element(asList(l), asInteger(i)), 'top'),
  flatten: fixed(1, ([l]) => flatten(asList(l))),
  index: fixed(2, ([l, v]) => indexOf(asList(l), v)),
  keys: fixed(1, ([m]) => Object.keys(asObject(m)).sort(compareStrings), 'top'),
  length: fixed(1, ([v]) => length(v), 'top'),
  lookup: { min: 2, max: 3, unknowns: 'top', impl: ([m, k, d]) => lookup(asObject(m), asString(k), d) },
  matchkeys: fixed(3, ([vals, ks, search]) => matchKeys(asList(vals), asList(ks), asList(search))),
  merge: variadic(0, (maps) => merge(maps), 'top'),
  one: fixed(1, ([l]) => one(collectionItems(l)), 'top'),
  range: { min: 1, max: 3, unknowns: 'deep', impl: (args) => range(args.map((a) => asNumber(a))) },
  reverse: fixed(1, ([l]) => [...asList(l)].reverse(), 'top'),
  setintersection: variadic(1, (sets) =>
    toSetList(sets.map((s) => asList(s)).reduce((a, b) => a.filter((e) => b.some((o) => valuesEqual(o, e))))),
  ),
  setproduct: variadic(1, (sets) => setProduct(sets.map((s) => asList(s)))),
  setsubtract: fixed(2, ([a, b]) => toSetList(asList(a).filter((e) => !asList(b).some((o) => valuesEqual(o, e))))),
  setunion: variadic(1, (sets) => toSetList(sets.flatMap((s) => asList(s)))),
  slice: fixed(3, ([l, a, b]) => slice(asList(l), asInteger(a), asInteger(b)), 'top'),
  sort: fixed(1, ([l]) =>
    asList(l)
      .map((e) => asString(e, 'element'))
      .sort(compareStrings),
  ),
  sum: fixed(1, ([l]) => sum(collectionItems(l))),
  transpose: fixed(1, ([m]) => transpose(asObject(m))),
  values: fixed(1, ([m]) => valuesOf(asObject(m)), 'top'),
  zipmap: fixed(2, ([k, v]) => zipmap(asList(k), asList(v)), 'top'),
};

/** Lists and sets are lists here; maps count by their values where a function accepts any collection. */
function collectionItems(v: Value): readonly Value[] {
  if (isObject(v)) return Object.values(v);
  return asList(v);
}

function length(v: Value): number {
  if (typeof v === 'string') return graphemes(v).length;
  if (isList(v)) return v.length;
  if (isObject(v)) return Object.keys(v).length;
  throw new FnError(`cannot take the length of ${describe(v)}`);
}

function coalesce(args: readonly Value[]): Value {
  for (const a of args) {
    if (isUnknown(a)) return a;
    if (a !== null && a !== '') return a;
  }
  throw new FnError('no non-null, non-empty-string arguments');
}

function coalesceList(args: readonly Value[]): Value {
  for (const a of args) {
    if (isUnknown(a)) return a;
    if (asList(a).length > 0) return a;
  }
  return [];
}

function chunk(l: readonly Value[], size: number): Value[] {
  if (size < 0) throw new FnError('the size argument must be positive');
  if (size === 0) return [l];
  const out: Value[] = [];
  for (let i = 0; i < l.length; i += size) out.push(l.slice(i, i + size));
  return out;
}

function element(l: readonly Value[], i: number): Value {
  if (l.length === 0) throw new FnError('cannot use element function with an empty list');
  if (i < 0) throw new FnError('cannot use element function with a negative index');
  return l[i % l.length];
}

function flatten(l: readonly Value[]): Value[] {
  return l.flatMap((e) => (isList(e) ? flatten(e) : [e]));
}

function indexOf(l: readonly Value[], v: Value): number {
  const i = l.findIndex((e) => valuesEqual(e, v));
  if (i < 0) throw new FnError(`item ${describe(v)} not found`);
  return i;
}

function lookup(m: ValueObject, key: string, fallback: Value | undefined): Value {
  if (Object.prototype.hasOwnProperty.call(m, key)) return m[key];
  if (fallback !== undefined) return fallback;
  throw new FnError(`the given key ${JSON.stringify(key)} does not exist in the map`);
}

function matchKeys(vals: readonly Value[], ks: readonly Value[], search: readonly Value[]): Value[] {
  if (vals.length !== ks.length) throw new FnError('length of keys and values should be equal');
  return vals.filter((_, i) => search.some((s) => valuesEqual(s, ks[i])));
}

function merge(maps: readonly Value[]): ValueObject {
  const out: Record<string, Value> = {};
  maps.forEach((m, i) => {
    if (m === null) return;
    Object.assign(out, asObject(m, `argument ${i + 1}`));
  });
  return out;
}

function one(l: readonly Value[]): Value {
  if (l.length === 0) return null;
  if (l.length === 1) return l[0];
  throw new FnError(`must be a list, set, or tuple value with either zero or one elements, not ${l.length}`);
}

function range(args: number[]): number[] {
  const [start, limit, step] =
    args.length === 1 ? [0, args[0], 1] : [args[0], args[1], args[2] ?? (args[0] <= args[1] ? 1 : -1)];
  if (step === 0) throw new FnError('step must not be zero');
  if ((step > 0 && start > limit) || (step < 0 && start < limit)) throw new FnError('step moves away from the limit');
  const n = Math.ceil((limit - start) / step);
  if (n > 1024) throw new FnError('more than 1024 values were generated; use a smaller range');
  return Array.from({ length: Math.max(0, n) }, (_, i) => start + i * step);
}

function setProduct(sets: readonly (readonly Value[])[]): Value[] {
  let out: Value[][] = [[]];
  for (const s of sets) out = out.flatMap((prefix) => s.map((e) => [...prefix, e]));
  return out;
}

function slice(l: readonly Value[], a: number, b: number): Value[] {
  if (a < 0 || b > l.length || a > b) throw new FnError(`invalid slice indexes ${a}..${b} for a list of ${l.length}`);
  return l.slice(a, b);
}

function sum(l: readonly Value[]): number {
  if (l.length === 0) throw new FnError('cannot sum an empty list');
  return l.reduce<number>((acc, e) => acc + asNumber(e, 'element'), 0);
}

function transpose(m: ValueObject): ValueObject {
  const out: Record<string, string[]> = {};
  for (const k of Object.keys(m).sort(compareStrings)) {
    for (const v of asList(m[k], `value of ${k}`)) {
      const s = asString(v, 'element');
      (out[s] ??= []).push(k);
    }
  }
  return out;
}

function valuesOf(m: ValueObject): Value[] {
  return Object.keys(m)
    .sort(compareStrings)
    .map((k) => m[k]);
}

function zipmap(ks: readonly Value[], vs: readonly Value[]): ValueObject {
  if (ks.length !== vs.length) throw new FnError(`${ks.length} keys but ${vs.length} values`);
  const out: Record<string, Value> = {};
  ks.forEach((k, i) => {
    if (isUnknown(k)) throw new FnError('a key is unknown');
    out[asString(k, `key ${typeName(k)}`)] = vs[i];
  });
  return out;
}
