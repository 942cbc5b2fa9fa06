import type { Range } from '../../../model/range';
import { isUnknown, Unknown, type Value } from '../../../model/value';
import { literalValue, type Block, type Body, type Expression } from '../ast';
import { bind, evaluate, iterate, type EvalScope } from './expression';
import { FnError } from './values';

/** Meta-arguments of resource and data blocks: they steer Terraform and are not resource attributes. */
export const RESOURCE_META = new Set([
  'count',
  'for_each',
  'provider',
  'depends_on',
  'lifecycle',
  'provisioner',
  'connection',
]);

export interface EvaluatedBody {
  readonly attributes: Record<string, Value>;
  /** Range per dotted path: 'instance_type', 'root_block_device.0', 'root_block_device.0.volume_size', 'tags.Name'. */
  readonly ranges: Record<string, Range>;
}

/**
 * Evaluates a block body into Terraform's JSON shape: attributes by name, nested blocks as lists of objects
 * (one element per block, in source order), `dynamic` blocks expanded in place.
 */
export function evaluateBody(body: Body, scope: EvalScope, skip: ReadonlySet<string> = RESOURCE_META): EvaluatedBody {
  // Without dynamic blocks every instance of a body has the same ranges: compute them once per parsed
  // body (count instances, module instances, and later analyses while the file's parse is cached).
  const cached = STATIC_RANGES.get(body);
  const out: Out = { attributes: {}, ranges: cached ?? {}, record: cached === undefined };
  fill(body, scope, '', out, skip);
  if (!cached && !hasDynamic(body)) STATIC_RANGES.set(body, out.ranges);
  return out;
}

const STATIC_RANGES = new WeakMap<Body, Record<string, Range>>();

interface Out extends EvaluatedBody {
  /** False when the ranges come from the cache and must not be written. */
  readonly record: boolean;
}

function hasDynamic(body: Body): boolean {
  return body.blocks.some((b) => b.type === 'dynamic' || hasDynamic(b.body));
}

function fill(
  body: Body,
  scope: EvalScope,
  prefix: string,
  out: Out,
  skip: ReadonlySet<string>,
): Record<string, Value> {
  const attrs: Record<string, Value> = {};
  for (const a of body.attributes) {
    if (skip.has(a.name)) continue;
    attrs[a.name] = evaluate(a.expr, scope);
    if (out.record) {
      out.ranges[prefix + a.name] = a.range;
      literalRanges(a.expr, `${prefix}${a.name}`, out.ranges);
    }
  }
  const lists: Record<string, Value[]> = {};
  for (const b of body.blocks) {
    if (skip.has(b.type)) continue;
    if (b.type === 'dynamic' && b.labels.length === 1) {
      const label = b.labels[0].value;
      const list = (lists[label] ??= []);
      const expanded = dynamicBlock(b, label, scope, `${prefix}${label}`, list.length, out);
      if (isUnknown(expanded)) attrs[label] = expanded;
      else list.push(...expanded);
      continue;
    }
    const list = (lists[b.type] ??= []);
    const path = `${prefix}${b.type}.${list.length}`;
    if (out.record) out.ranges[path] = b.range;
    list.push(fill(b.body, scope, `${path}.`, out, NO_SKIP));
  }
  for (const [type, list] of Object.entries(lists)) if (!isUnknown(attrs[type])) attrs[type] = list;
  if (prefix === '') Object.assign(out.attributes, attrs);
  return attrs;
}

const NO_SKIP: ReadonlySet<string> = new Set();

/** `dynamic "x" { for_each = …; iterator = it; content { … } }` → one object per element. */
function dynamicBlock(
  b: Block,
  label: string,
  scope: EvalScope,
  path: string,
  start: number,
  out: Out,
): Value[] | Unknown {
  const forEach = b.body.attributes.find((a) => a.name === 'for_each');
  const content = b.body.blocks.find((c) => c.type === 'content');
  if (!forEach || !content) return new Unknown(`dynamic "${label}" needs for_each and a content block`, b.range);
  const coll = evaluate(forEach.expr, scope);
  if (isUnknown(coll)) return new Unknown(`dynamic "${label}": for_each ${coll.reason}`, coll.range ?? forEach.range);
  const iteratorAttr = b.body.attributes.find((a) => a.name === 'iterator');
  const iterator = iteratorAttr?.expr.kind === 'Variable' ? iteratorAttr.expr.name : label;
  let pairs: [Value, Value][];
  try {
    pairs = iterate(coll);
  } catch (e) {
    return new Unknown(`dynamic "${label}": ${(e as FnError).message}`, forEach.range);
  }
  // Sets of strings iterate with key = value, as for_each on resources does.
  return pairs.map(([k, v], i) => {
    const elementPath = `${path}.${start + i}`;
    if (out.record) out.ranges[elementPath] = b.range;
    const key = typeof k === 'number' && typeof v === 'string' ? v : k;
    return fill(content.body, bind(scope, { [iterator]: { key, value: v } }), `${elementPath}.`, out, NO_SKIP);
  });
}

/** Ranges inside object and tuple literals (`tags = { Name = … }` → 'tags.Name'), for hovers on nested values. */
function literalRanges(expr: Expression, path: string, ranges: Record<string, Range>): void {
  if (expr.kind === 'Object') {
    for (const item of expr.items) {
      const k = literalValue(item.key);
      if (typeof k !== 'string' && typeof k !== 'number') continue;
      ranges[`${path}.${k}`] = item.range;
      literalRanges(item.value, `${path}.${k}`, ranges);
    }
  } else if (expr.kind === 'Tuple') {
    expr.items.forEach((item, i) => {
      ranges[`${path}.${i}`] = item.range;
      literalRanges(item, `${path}.${i}`, ranges);
    });
  }
}
