import { isList, isUnknown, type Value, type ValueObject } from '../../../model/value';
import { compareStrings, FnError, numberToString } from '../evaluator/values';

/**
 * jsonencode as Terraform writes it: object keys sorted, no whitespace, and <, >, & escaped as Go's
 * encoding/json does (https://developer.hashicorp.com/terraform/language/functions/jsonencode).
 */
export function jsonEncode(v: Value): string {
  if (v === null) return 'null';
  if (isUnknown(v)) throw new FnError('cannot encode an unknown value');
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new FnError(`cannot encode ${v} as JSON`);
    return numberToString(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (isList(v)) return `[${v.map(jsonEncode).join(',')}]`;
  const o = v as ValueObject;
  return `{${Object.keys(o)
    .sort(compareStrings)
    .map((k) => `${quote(k)}:${jsonEncode(o[k])}`)
    .join(',')}}`;
}

function quote(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Plain JSON data (from JSON.parse or a YAML document) to a Value; non-finite numbers are errors. */
export function fromPlain(data: unknown): Value {
  if (data === null || data === undefined) return null;
  if (typeof data === 'string' || typeof data === 'boolean') return data;
  if (typeof data === 'number') return data;
  if (typeof data === 'bigint') return Number(data);
  if (data instanceof Date) return data.toISOString();
  if (Array.isArray(data)) return data.map(fromPlain);
  if (typeof data === 'object') {
    const out: Record<string, Value> = {};
    for (const [k, e] of Object.entries(data as Record<string, unknown>)) out[k] = fromPlain(e);
    return out;
  }
  throw new FnError(`cannot convert a ${typeof data}`);
}
