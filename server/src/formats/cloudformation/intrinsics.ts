import type { Range } from '../../model/range';
import { isList, isObject, isUnknown, Unknown, unknown, type Value, type ValueObject } from '../../model/value';
import { get, isMap, type YNode } from '../yaml';

/**
 * CloudFormation intrinsic functions, evaluated where the template alone decides the answer: parameter
 * defaults, Mappings, Conditions, Sub/Join/Select/Split/If/Base64 over known values. Everything that depends
 * on the deployed stack (GetAtt, resource Refs, AZs, imports, the account) is an explicit Unknown.
 */
export interface TemplateEnv {
  readonly parameters: ReadonlyMap<string, Value>;
  readonly mappings: YNode | undefined;
  readonly conditions: YNode | undefined;
  readonly resourceIds: ReadonlySet<string>;
  /** Known region, or undefined when the template does not say (AWS::Region is then Unknown). */
  readonly region?: string;
  /** Hook for formats with their own variables (serverless `${opt:stage}`): rewrites a plain string. */
  readonly substitute?: (text: string, range: Range) => Value;
}

/** The marker a removed property (Ref AWS::NoValue) leaves; callers drop keys that hold it. */
const NO_VALUE = new Unknown('AWS::NoValue');

export class Evaluator {
  private readonly conditionCache = new Map<string, boolean | Unknown>();
  private readonly evaluating = new Set<string>();

  constructor(readonly env: TemplateEnv) {}

  value(n: YNode | undefined, depth = 0): Value {
    if (n === undefined) return null;
    if (depth > 64) return unknown('expression nested too deeply', n.range);
    if (n.kind === 'scalar') {
      if (typeof n.value === 'string' && this.env.substitute && n.value.includes('${')) return this.env.substitute(n.value, n.range);
      return n.value;
    }
    if (n.kind === 'seq') return n.items.map((i) => this.value(i, depth + 1)).filter((v) => v !== NO_VALUE);
    if (n.pairs.length === 1) {
      const { key, value } = n.pairs[0];
      if (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::')) return this.intrinsic(key, value, n.range, depth);
    }
    const o: Record<string, Value> = {};
    for (const p of n.pairs) {
      const v = this.value(p.value, depth + 1);
      if (v !== NO_VALUE) o[p.key] = v;
    }
    return o as ValueObject;
  }

  private intrinsic(fn: string, arg: YNode, range: Range, depth: number): Value {
    const v = (x: YNode | undefined) => this.value(x, depth + 1);
    const args = arg.kind === 'seq' ? arg.items : [arg];
    switch (fn) {
      case 'Ref':
        return this.ref(String(v(arg)), range);
      case 'Condition':
        return this.condition(String(v(arg)), range);
      case 'Fn::If': {
        const c = this.condition(String(v(args[0])), range);
        return isUnknown(c) ? c : v(c ? args[1] : args[2]);
      }
      case 'Fn::FindInMap': {
        const [m, top, second] = args.map(v);
        if ([m, top, second].some(isUnknown)) return [m, top, second].find(isUnknown) as Unknown;
        const hit = get(get(get(this.env.mappings, String(m)), String(top)), String(second));
        return hit === undefined ? unknown(`no Mappings entry ${m}.${top}.${second}`, range) : v(hit);
      }
      case 'Fn::Join': {
        const sep = v(args[0]);
        const list = v(args[1]);
        if (isUnknown(sep)) return sep;
        if (!isList(list)) return isUnknown(list) ? list : unknown('Fn::Join needs a list', range);
        const bad = list.find((x) => typeof x !== 'string' && typeof x !== 'number');
        return bad === undefined ? list.join(String(sep)) : isUnknown(bad) ? bad : unknown('Fn::Join of a non-string', range);
      }
      case 'Fn::Select': {
        const i = Number(v(args[0]));
        const list = v(args[1]);
        if (isUnknown(list)) return list;
        return isList(list) && Number.isInteger(i) && i >= 0 && i < list.length ? list[i] : unknown('Fn::Select index out of range', range);
      }
      case 'Fn::Split': {
        const sep = v(args[0]);
        const s = v(args[1]);
        if (isUnknown(s)) return s;
        return typeof s === 'string' && typeof sep === 'string' ? s.split(sep) : unknown('Fn::Split of a non-string', range);
      }
      case 'Fn::Sub':
        return this.sub(args, range, depth);
      case 'Fn::Base64':
        return v(args[0]);
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        return this.logic(fn, args, range, depth);
      case 'Fn::GetAtt':
        return unknown(`Fn::GetAtt ${args.map((a) => String(v(a))).join('.')} is known after deploy`, range);
      default:
        return unknown(`${fn} is known after deploy`, range);
    }
  }

  ref(name: string, range?: Range): Value {
    if (this.env.parameters.has(name)) return this.env.parameters.get(name) as Value;
    switch (name) {
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::Region':
        return this.env.region ?? unknown('AWS::Region is chosen at deploy time', range);
      case 'AWS::Partition':
        return 'aws';
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
    }
    if (this.env.resourceIds.has(name)) return unknown(`Ref ${name}: the physical id is known after deploy`, range);
    return unknown(`Ref ${name}: no such parameter or resource`, range);
  }

  /** A named condition, evaluated once; Unknown when it depends on something only the stack knows. */
  condition(name: string, range?: Range): boolean | Unknown {
    const cached = this.conditionCache.get(name);
    if (cached !== undefined) return cached;
    const node = get(this.env.conditions, name);
    if (!node) return unknown(`no condition ${name}`, range);
    if (this.evaluating.has(name)) return unknown(`condition ${name} refers to itself`, range);
    this.evaluating.add(name);
    const r = this.value(node);
    this.evaluating.delete(name);
    const out = typeof r === 'boolean' ? r : isUnknown(r) ? r : unknown(`condition ${name} is not a boolean`, range);
    this.conditionCache.set(name, out);
    return out;
  }

  private logic(fn: string, args: readonly YNode[], range: Range, depth: number): Value {
    const vals = args.map((a) => this.value(a, depth + 1));
    const u = vals.find(isUnknown);
    if (fn === 'Fn::Equals') return u ?? JSON.stringify(vals[0]) === JSON.stringify(vals[1]);
    if (u) return u;
    const bools = vals.map((x) => x === true);
    if (fn === 'Fn::Not') return !bools[0];
    if (fn === 'Fn::And') return bools.every(Boolean);
    if (fn === 'Fn::Or') return bools.some(Boolean);
    return unknown(`${fn} is not supported`, range);
  }

  private sub(args: readonly YNode[], range: Range, depth: number): Value {
    const template = this.value(args[0], depth + 1);
    if (typeof template !== 'string') return isUnknown(template) ? template : unknown('Fn::Sub needs a string', range);
    const vars = args[1] && isMap(args[1]) ? (this.value(args[1], depth + 1) as ValueObject) : {};
    let firstUnknown: Unknown | undefined;
    const out = template.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) => {
      if (bang) return '${' + name + '}';
      let val: Value = isObject(vars) && name in vars ? vars[name] : name.includes('.') ? unknown(`\${${name}} is known after deploy`, range) : this.ref(name, range);
      if (val === NO_VALUE) val = '';
      if (typeof val === 'string' || typeof val === 'number' || typeof val === 'boolean') return String(val);
      firstUnknown ??= isUnknown(val) ? val : unknown(`\${${name}} is not a string`, range);
      return whole;
    });
    return firstUnknown ?? out;
  }
}

export function isNoValue(v: Value): boolean {
  return v === NO_VALUE;
}
