import { isList, isObject, isUnknown, type Value, type ValueObject } from '../../../model/value';
import { asBool, asList, asNumber, asObject, asString, FnError, toSetList, typeName } from './values';

/** A Terraform type constraint, as written in `variable { type = … }` (https://developer.hashicorp.com/terraform/language/expressions/type-constraints). */
export type TfType =
  | { readonly kind: 'any' | 'string' | 'number' | 'bool' }
  | { readonly kind: 'list' | 'set' | 'map'; readonly element: TfType }
  | { readonly kind: 'object'; readonly attributes: Readonly<Record<string, ObjectAttribute>> }
  | { readonly kind: 'tuple'; readonly elements: readonly TfType[] };

export interface ObjectAttribute {
  readonly type: TfType;
  readonly optional: boolean;
  /** The default of optional(type, default); null when absent. */
  readonly default?: Value;
}

export const ANY: TfType = { kind: 'any' };

/**
 * Converts a value to a type the way Terraform converts variable values: primitives convert between
 * string, number and bool; collections convert element-wise; optional object attributes get their
 * defaults. Unknowns pass through. A value that does not convert throws FnError (callers wrap it).
 */
export function convert(v: Value, t: TfType, path = 'value'): Value {
  if (isUnknown(v) || t.kind === 'any') return v;
  if (v === null) return null;
  switch (t.kind) {
    case 'string':
      return asString(v, path);
    case 'number':
      return asNumber(v, path);
    case 'bool':
      return asBool(v, path);
    case 'list':
      return asList(v, path).map((e, i) => convert(e, t.element, `${path}[${i}]`));
    case 'set':
      return toSetList(asList(v, path).map((e, i) => convert(e, t.element, `${path}[${i}]`)));
    case 'map': {
      const o = asObject(v, path);
      const out: Record<string, Value> = {};
      for (const k of Object.keys(o)) out[k] = convert(o[k], t.element, `${path}.${k}`);
      return out;
    }
    case 'object':
      return convertObject(asObject(v, path), t.attributes, path);
    case 'tuple': {
      const l = asList(v, path);
      if (l.length !== t.elements.length)
        throw new FnError(`${path} must have ${t.elements.length} elements, not ${l.length}`);
      return l.map((e, i) => convert(e, t.elements[i], `${path}[${i}]`));
    }
  }
}

function convertObject(o: ValueObject, attrs: Readonly<Record<string, ObjectAttribute>>, path: string): ValueObject {
  const out: Record<string, Value> = {};
  for (const [name, a] of Object.entries(attrs)) {
    const has = Object.prototype.hasOwnProperty.call(o, name) && o[name] !== null;
    if (has) out[name] = convert(o[name], a.type, `${path}.${name}`);
    else if (a.optional) out[name] = a.default !== undefined ? convert(a.default, a.type, `${path}.${name}`) : null;
    else throw new FnError(`${path}: attribute ${JSON.stringify(name)} is required`);
  }
  return out;
}

export function typeToString(t: TfType): string {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind}(${typeToString(t.element)})`;
    case 'object':
      return `object({${Object.entries(t.attributes)
        .map(([k, a]) => `${k}=${typeToString(a.type)}`)
        .join(', ')}})`;
    case 'tuple':
      return `tuple([${t.elements.map(typeToString).join(', ')}])`;
    default:
      return t.kind;
  }
}

/** Whether a value of this type is a primitive, for which `-var` strings are taken literally. */
export function isPrimitiveType(t: TfType): boolean {
  return t.kind === 'string' || t.kind === 'number' || t.kind === 'bool';
}

export function describeKind(v: Value): string {
  return isList(v) ? 'list' : isObject(v) ? 'object' : typeName(v);
}
