import type { Value } from '../../../model/value';
import { literalValue, type Expression } from '../ast';
import { ANY, type ObjectAttribute, type TfType } from './types';

/**
 * Reads a type constraint expression (`list(object({ size = optional(number, 8) }))`). Legacy quoted
 * forms ("string", "list", "map") are accepted. Anything unreadable is `any`, so a typo in a type never
 * blocks evaluation: values then pass through unconverted.
 */
export function typeFromExpr(expr: Expression | undefined): TfType {
  if (!expr) return ANY;
  switch (expr.kind) {
    case 'Variable':
      return primitive(expr.name);
    case 'Template': {
      const s = literalValue(expr);
      if (s === 'list' || s === 'map') return { kind: s, element: { kind: 'string' } };
      return typeof s === 'string' ? primitive(s) : ANY;
    }
    case 'Parens':
      return typeFromExpr(expr.expr);
    case 'FunctionCall': {
      const [a] = expr.args;
      switch (expr.name) {
        case 'list':
        case 'set':
        case 'map':
          return { kind: expr.name, element: typeFromExpr(a) };
        case 'tuple':
          return a?.kind === 'Tuple' ? { kind: 'tuple', elements: a.items.map(typeFromExpr) } : ANY;
        case 'object':
          return a?.kind === 'Object' ? objectType(a) : ANY;
        default:
          return ANY;
      }
    }
    default:
      return ANY;
  }
}

function primitive(name: string): TfType {
  return name === 'string' || name === 'number' || name === 'bool' ? { kind: name } : ANY;
}

function objectType(expr: Extract<Expression, { kind: 'Object' }>): TfType {
  const attributes: Record<string, ObjectAttribute> = {};
  for (const item of expr.items) {
    const key = literalValue(item.key.kind === 'Parens' ? item.key.expr : item.key);
    if (typeof key !== 'string') continue;
    const v = item.value;
    if (v.kind === 'FunctionCall' && v.name === 'optional') {
      const def = v.args[1] ? literalValue(v.args[1]) : undefined;
      attributes[key] = { type: typeFromExpr(v.args[0]), optional: true, default: def as Value | undefined };
    } else {
      attributes[key] = { type: typeFromExpr(v), optional: false };
    }
  }
  return { kind: 'object', attributes };
}
