import type { Range } from '../../model/range';
import type { Value, ValueObject } from '../../model/value';

/**
 * The YAML tree every format reads: plain maps, sequences and scalars, each with its source range.
 * CloudFormation short-form tags are already rewritten to their long form (`!Ref X` → `{ Ref: X }`,
 * `!GetAtt a.b` → `{ 'Fn::GetAtt': [a, b] }`), so formats handle one shape for YAML and JSON templates.
 */
export type YNode = YScalar | YMap | YSeq;

export interface YScalar {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
  readonly range: Range;
}

export interface YPair {
  readonly key: string;
  readonly keyRange: Range;
  readonly value: YNode;
}

export interface YMap {
  readonly kind: 'map';
  readonly pairs: readonly YPair[];
  readonly range: Range;
}

export interface YSeq {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
  readonly range: Range;
}

export function isMap(n: YNode | undefined): n is YMap {
  return n?.kind === 'map';
}

export function isSeq(n: YNode | undefined): n is YSeq {
  return n?.kind === 'seq';
}

export function isScalar(n: YNode | undefined): n is YScalar {
  return n?.kind === 'scalar';
}

/** The pair for a key; the last one wins on duplicates, as most YAML loaders behave. */
export function pairOf(n: YNode | undefined, key: string): YPair | undefined {
  if (!isMap(n)) return undefined;
  for (let i = n.pairs.length - 1; i >= 0; i--) if (n.pairs[i].key === key) return n.pairs[i];
  return undefined;
}

export function get(n: YNode | undefined, key: string): YNode | undefined {
  return pairOf(n, key)?.value;
}

/** A node at a dotted path; numeric parts index sequences ('spec.template.spec.containers.0'). */
export function at(n: YNode | undefined, path: string): YNode | undefined {
  let cur = n;
  for (const part of path.split('.')) {
    if (cur === undefined) return undefined;
    if (isSeq(cur)) cur = cur.items[Number(part)];
    else cur = get(cur, part);
  }
  return cur;
}

/** A scalar as a string (numbers and booleans as YAML wrote them); undefined for collections or absence. */
export function str(n: YNode | undefined): string | undefined {
  if (!isScalar(n) || n.value === null) return undefined;
  return String(n.value);
}

export function num(n: YNode | undefined): number | undefined {
  if (!isScalar(n)) return undefined;
  if (typeof n.value === 'number') return n.value;
  if (typeof n.value === 'string' && n.value.trim() !== '' && Number.isFinite(Number(n.value))) return Number(n.value);
  return undefined;
}

export function bool(n: YNode | undefined): boolean | undefined {
  if (!isScalar(n)) return undefined;
  if (typeof n.value === 'boolean') return n.value;
  if (n.value === 'true' || n.value === 'false') return n.value === 'true';
  return undefined;
}

export function items(n: YNode | undefined): readonly YNode[] {
  return isSeq(n) ? n.items : [];
}

/** The plain value of a node, for Resource.attributes. */
export function toValue(n: YNode | undefined): Value {
  if (n === undefined) return null;
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map(toValue);
  const o: Record<string, Value> = {};
  for (const p of n.pairs) o[p.key] = toValue(p.value);
  return o as ValueObject;
}

/**
 * Source ranges by dotted attribute path ('Properties.MemorySize' → the value's range), down to `depth`
 * levels, so hovers can point at the line a figure was read from.
 */
export function rangesOf(n: YNode | undefined, prefix = '', out: Record<string, Range> = {}, depth = 6): Record<string, Range> {
  if (n === undefined || depth < 0) return out;
  if (prefix) out[prefix] = n.range;
  if (n.kind === 'map') for (const p of n.pairs) rangesOf(p.value, prefix ? `${prefix}.${p.key}` : p.key, out, depth - 1);
  else if (n.kind === 'seq') n.items.forEach((it, i) => rangesOf(it, prefix ? `${prefix}.${i}` : String(i), out, depth - 1));
  return out;
}
