import type { Range } from '../../../model/range';
import { isList, isObject, isUnknown, Unknown, type Value, type ValueObject } from '../../../model/value';
import type { Expression, ForExpr, FunctionCallExpr, TemplatePart } from '../ast';
import { BUILTIN_FUNCTIONS, callFunction, type FunctionContext } from '../functions';
import {
  asBool,
  asNumber,
  asString,
  compareStrings,
  EvalError,
  evalError,
  FnError,
  typeName,
  valuesEqual,
} from './values';

/** Names bound in a scope, looked up innermost first. A chain, so binding a name never copies the rest. */
export interface Bindings {
  get(name: string): Value | undefined;
  has(name: string): boolean;
}

class ChainBindings implements Bindings {
  constructor(
    private readonly own: Readonly<Record<string, Value>>,
    private readonly parent: Bindings | undefined,
  ) {}

  get(name: string): Value | undefined {
    return Object.prototype.hasOwnProperty.call(this.own, name) ? this.own[name] : this.parent?.get(name);
  }

  has(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.own, name) || (this.parent?.has(name) ?? false);
  }
}

export function bindings(names: Readonly<Record<string, Value>>): Bindings {
  return new ChainBindings(names, undefined);
}

/**
 * What an expression can refer to. The module evaluator implements the named lookups lazily (each value
 * is computed on first use and memoized), so locals, resources and module outputs evaluate in dependency
 * order without sorting, and a cycle is detected where it closes.
 */
export interface EvalScope {
  readonly fn: FunctionContext;
  variable(name: string, range: Range): Value;
  local(name: string, range: Range): Value;
  resource(type: string, name: string, range: Range): Value;
  data(type: string, name: string, range: Range): Value;
  module(name: string, range: Range): Value;
  /** Bare names bound here: each, count, path, terraform, for-expression and dynamic-block iterators. */
  readonly bindings: Bindings;
}

/** A scope with extra names bound (for-expression variables, dynamic block iterators, each/count). */
export function bind(scope: EvalScope, names: Readonly<Record<string, Value>>): EvalScope {
  // A copy with the same shape, not Object.create(scope): objects used as prototypes are slow in V8.
  return { ...scope, bindings: new ChainBindings(names, scope.bindings) };
}

/**
 * Objects standing for a resource instance: reading an attribute the configuration does not set gives
 * "known after apply" (id, arn, private_ip …) instead of an error. The address rides along as a
 * non-enumerable symbol property, so the object stays plain data for pricing, JSON and deep equality.
 */
const INSTANCE_ADDRESS = Symbol('terraform instance address');

export function markInstance(attrs: ValueObject, address: string): ValueObject {
  Object.defineProperty(attrs, INSTANCE_ADDRESS, { value: address, enumerable: false });
  return attrs;
}

function instanceAddress(obj: ValueObject): string | undefined {
  return (obj as { [INSTANCE_ADDRESS]?: string })[INSTANCE_ADDRESS];
}

const SPLAT_ITEM = '\u0000splat';

/** Evaluates an expression. Never throws: errors become EvalError (an Unknown) with the expression's range. */
export function evaluate(expr: Expression, scope: EvalScope): Value {
  try {
    return evaluateInner(expr, scope);
  } catch (e) {
    if (e instanceof FnError) return evalError(e.message, expr.range);
    if (e instanceof RangeError) return evalError('expression is too deeply nested', expr.range);
    return evalError(`internal error: ${(e as Error)?.message ?? String(e)}`, expr.range);
  }
}

function evaluateInner(expr: Expression, scope: EvalScope): Value {
  switch (expr.kind) {
    case 'Literal':
      return expr.value;
    case 'Template':
      return template(expr.parts, scope);
    case 'Parens':
      return evaluate(expr.expr, scope);
    case 'Variable':
      return root(expr.name, scope, expr.range);
    case 'GetAttr':
      return getAttr(expr, scope);
    case 'Index': {
      const obj = evaluate(expr.object, scope);
      const key = evaluate(expr.key, scope);
      return index(obj, key, expr.range);
    }
    case 'Splat':
      return splat(expr.source, expr.each, scope);
    case 'SplatItem':
      return scope.bindings.has(SPLAT_ITEM)
        ? (scope.bindings.get(SPLAT_ITEM) as Value)
        : evalError('splat outside a splat', expr.range);
    case 'FunctionCall':
      return call(expr, scope);
    case 'Conditional': {
      const c = evaluate(expr.condition, scope);
      if (isUnknown(c)) return c;
      return asBool(c, 'condition') ? evaluate(expr.trueExpr, scope) : evaluate(expr.falseExpr, scope);
    }
    case 'Unary': {
      const v = evaluate(expr.operand, scope);
      if (isUnknown(v)) return v;
      return expr.op === '!' ? !asBool(v, 'operand of !') : -asNumber(v, 'operand of -');
    }
    case 'Binary':
      return binary(expr.op, expr.left, expr.right, scope);
    case 'Tuple':
      return expandTuple(expr.items, scope);
    case 'Object':
      return objectLiteral(expr.items, scope);
    case 'For':
      return forExpr(expr, scope);
    case 'Error':
      return evalError(expr.message, expr.range);
  }
}

function root(name: string, scope: EvalScope, range: Range): Value {
  const bound = scope.bindings.get(name);
  if (bound !== undefined) return bound;
  switch (name) {
    case 'count':
      return evalError('count.index is only available in a resource or module with count', range);
    case 'each':
      return evalError('each is only available in a resource or module with for_each', range);
    case 'self':
      return new Unknown('self is only known in provisioners', range);
    default:
      return evalError(`invalid reference ${name}`, range);
  }
}

const RESERVED = new Set(['var', 'local', 'module', 'data', 'count', 'each', 'path', 'terraform', 'self']);

function getAttr(expr: Extract<Expression, { kind: 'GetAttr' }>, scope: EvalScope): Value {
  const o = expr.object;
  if (o.kind === 'Variable' && !scope.bindings.has(o.name)) {
    switch (o.name) {
      case 'var':
        return scope.variable(expr.name, expr.range);
      case 'local':
        return scope.local(expr.name, expr.range);
      case 'module':
        return scope.module(expr.name, expr.range);
      default:
        if (!RESERVED.has(o.name)) return scope.resource(o.name, expr.name, expr.range);
    }
  }
  if (o.kind === 'GetAttr' && o.object.kind === 'Variable' && o.object.name === 'data' && !scope.bindings.has('data')) {
    return scope.data(o.name, expr.name, expr.range);
  }
  return attr(evaluate(o, scope), expr.name, expr.range);
}

export function attr(obj: Value, name: string, range: Range): Value {
  if (isUnknown(obj)) return obj;
  if (isObject(obj)) {
    if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name];
    const address = instanceAddress(obj);
    if (address !== undefined) return new Unknown(`${address}.${name} is known after apply`, range);
    return evalError(`object has no attribute ${JSON.stringify(name)}`, range);
  }
  if (obj === null) return evalError(`cannot read ${JSON.stringify(name)} of null`, range);
  if (isList(obj))
    return evalError(`cannot read ${JSON.stringify(name)} of a list; use [*].${name} or an index`, range);
  return evalError(`cannot read ${JSON.stringify(name)} of a ${typeName(obj)}`, range);
}

function index(obj: Value, key: Value, range: Range): Value {
  if (isUnknown(obj)) return obj;
  if (isUnknown(key)) return key;
  if (isList(obj)) {
    const i = asNumber(key, 'index');
    if (!Number.isInteger(i) || i < 0 || i >= obj.length)
      return evalError(`index ${i} is out of range for a list of ${obj.length}`, range);
    return obj[i];
  }
  if (isObject(obj)) return attr(obj, asString(key, 'key'), range);
  if (obj === null) return evalError('cannot index null', range);
  return evalError(`cannot index a ${typeName(obj)}`, range);
}

function splat(source: Expression, each: Expression, scope: EvalScope): Value {
  const v = evaluate(source, scope);
  if (isUnknown(v)) return v;
  if (v === null) return [];
  const items = isList(v) ? v : [v];
  return items.map((item) => (isUnknown(item) ? item : evaluate(each, bind(scope, { [SPLAT_ITEM]: item }))));
}

function call(expr: FunctionCallExpr, scope: EvalScope): Value {
  const name = expr.name;
  if (name === 'try') {
    for (const a of expr.args) {
      const v = evaluate(a, scope);
      if (!(v instanceof EvalError)) return v;
    }
    return evalError('try(): no expression succeeded', expr.range);
  }
  if (name === 'can') {
    if (expr.args.length !== 1) return evalError('can() takes 1 argument', expr.range);
    const v = evaluate(expr.args[0], scope);
    return isUnknown(v) && !(v instanceof EvalError) ? v : !(v instanceof EvalError);
  }
  if (name.includes('::')) return new Unknown(`provider function ${name}() is not evaluated`, expr.range);
  const args: Value[] = expr.args.map((a) => evaluate(a, scope));
  if (expr.expandFinal && args.length > 0) {
    const last = args.pop() as Value;
    if (isUnknown(last)) return last;
    if (!isList(last)) return evalError(`${name}(): the argument before ... must be a list`, expr.range);
    args.push(...last);
  }
  return callFunction(BUILTIN_FUNCTIONS, name, args, scope.fn, expr.range);
}

function binary(op: string, left: Expression, right: Expression, scope: EvalScope): Value {
  const l = evaluate(left, scope);
  if (op === '&&' || op === '||') {
    // Short-circuit on a known deciding value, so `false && unknown` is still known (as pricing wants).
    if (!isUnknown(l) && asBool(l, `left operand of ${op}`) === (op === '||')) return op === '||';
    const r = evaluate(right, scope);
    if (isUnknown(l)) return l;
    if (isUnknown(r)) return r;
    return asBool(r, `right operand of ${op}`);
  }
  const r = evaluate(right, scope);
  if (isUnknown(l)) return l;
  if (isUnknown(r)) return r;
  switch (op) {
    case '==':
      return valuesEqual(l, r);
    case '!=':
      return !valuesEqual(l, r);
  }
  const a = asNumber(l, `left operand of ${op}`);
  const b = asNumber(r, `right operand of ${op}`);
  switch (op) {
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw new FnError('division by zero');
      return a / b;
    case '%':
      if (b === 0) throw new FnError('modulo by zero');
      return a % b;
    default:
      throw new FnError(`unknown operator ${op}`);
  }
}

function expandTuple(items: readonly Expression[], scope: EvalScope): Value {
  return items.map((i) => evaluate(i, scope));
}

function objectLiteral(items: Extract<Expression, { kind: 'Object' }>['items'], scope: EvalScope): Value {
  const out: Record<string, Value> = {};
  for (const item of items) {
    const k = evaluate(item.key, scope);
    if (isUnknown(k)) return k;
    out[asString(k, 'object key')] = evaluate(item.value, scope);
  }
  return out;
}

function forExpr(expr: ForExpr, scope: EvalScope): Value {
  const coll = evaluate(expr.collection, scope);
  if (isUnknown(coll)) return coll;
  const pairs = iterate(coll);
  const list: Value[] = [];
  const obj: Record<string, Value> = {};
  const groups: Record<string, Value[]> = {};
  for (const [k, v] of pairs) {
    const inner = bind(scope, expr.keyVar ? { [expr.keyVar]: k, [expr.valueVar]: v } : { [expr.valueVar]: v });
    if (expr.condition) {
      const c = evaluate(expr.condition, inner);
      if (isUnknown(c)) return c;
      if (!asBool(c, 'for condition')) continue;
    }
    const value = evaluate(expr.valueExpr, inner);
    if (!expr.isObject || !expr.keyExpr) {
      list.push(value);
      continue;
    }
    const key = evaluate(expr.keyExpr, inner);
    if (isUnknown(key)) return key;
    const ks = asString(key, 'for key');
    if (expr.grouping) (groups[ks] ??= []).push(value);
    else if (Object.prototype.hasOwnProperty.call(obj, ks))
      throw new FnError(`duplicate key ${JSON.stringify(ks)}; use ... to group`);
    else obj[ks] = value;
  }
  if (!expr.isObject) return list;
  return expr.grouping ? groups : obj;
}

/** Key/value pairs of a collection: lists by index, maps in lexical key order (as Terraform iterates). */
export function iterate(coll: Value): [Value, Value][] {
  if (isList(coll)) return coll.map((v, i) => [i, v]);
  if (isObject(coll)) {
    return Object.keys(coll)
      .sort(compareStrings)
      .map((k) => [k, coll[k]]);
  }
  throw new FnError(`cannot iterate over ${coll === null ? 'null' : `a ${typeName(coll)}`}`);
}

function template(parts: readonly TemplatePart[], scope: EvalScope): Value {
  // "${x}" alone yields x itself, not its string form (HCL's template unwrapping).
  if (parts.length === 1 && parts[0].kind === 'TemplateInterpolation') return evaluate(parts[0].expr, scope);
  const s = templateString(parts, scope);
  return s;
}

function templateString(parts: readonly TemplatePart[], scope: EvalScope): Value {
  let out = '';
  for (const p of parts) {
    let piece: Value;
    switch (p.kind) {
      case 'TemplateLiteral':
        piece = p.value;
        break;
      case 'TemplateInterpolation': {
        const v = evaluate(p.expr, scope);
        // Keep the literal text before the unknown part: a destination's scheme is often all pricing needs.
        if (isUnknown(v)) return out ? new Unknown(v.reason, v.range, out + (v.prefix ?? '')) : v;
        piece = asString(v, 'interpolated value');
        break;
      }
      case 'TemplateIf': {
        const c = evaluate(p.condition, scope);
        if (isUnknown(c)) return c;
        piece = asBool(c, '%{if} condition')
          ? templateString(p.then, scope)
          : p.else
            ? templateString(p.else, scope)
            : '';
        break;
      }
      case 'TemplateFor': {
        const coll = evaluate(p.collection, scope);
        if (isUnknown(coll)) return coll;
        let acc = '';
        for (const [k, v] of iterate(coll)) {
          const inner = bind(scope, p.keyVar ? { [p.keyVar]: k, [p.valueVar]: v } : { [p.valueVar]: v });
          const s = templateString(p.body, inner);
          if (isUnknown(s)) return s;
          acc += s as string;
        }
        piece = acc;
        break;
      }
    }
    if (isUnknown(piece)) return piece;
    out += piece as string;
  }
  return out;
}
