import type { Value } from '../../../model/value';
import { asInteger, asNumber, asString, FnError } from '../evaluator/values';
import { fixed, variadic, type FunctionTable } from './registry';

/** Numeric functions: https://developer.hashicorp.com/terraform/language/functions (Numeric Functions). */
export const numericFunctions: FunctionTable = {
  abs: fixed(1, ([n]) => Math.abs(asNumber(n))),
  ceil: fixed(1, ([n]) => Math.ceil(asNumber(n))),
  floor: fixed(1, ([n]) => Math.floor(asNumber(n))),
  log: fixed(2, ([n, base]) => Math.log(asNumber(n)) / Math.log(asNumber(base))),
  max: variadic(1, (args) => Math.max(...numbers(args))),
  min: variadic(1, (args) => Math.min(...numbers(args))),
  pow: fixed(2, ([b, e]) => Math.pow(asNumber(b), asNumber(e))),
  signum: fixed(1, ([n]) => Math.sign(asNumber(n)) || 0),
  parseint: fixed(2, ([s, base]) => parseInteger(asString(s), asInteger(base))),
};

function numbers(args: readonly Value[]): number[] {
  return args.map((a, i) => asNumber(a, `argument ${i + 1}`));
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** parseint accepts an optional sign and digits of the base only, unlike JS parseInt which stops early. */
function parseInteger(s: string, base: number): number {
  if (base < 2 || base > 62) throw new FnError(`base must be between 2 and 62, not ${base}`);
  const m = /^([+-]?)(.+)$/.exec(s);
  if (!m) throw new FnError(`cannot parse ${JSON.stringify(s)} as a base ${base} integer`);
  let n = 0;
  for (const ch of m[2]) {
    let d = DIGITS.indexOf(ch.toLowerCase());
    if (base > 36) d = ch >= 'A' && ch <= 'Z' ? 36 + ch.charCodeAt(0) - 65 : DIGITS.indexOf(ch);
    if (d < 0 || d >= base) throw new FnError(`cannot parse ${JSON.stringify(s)} as a base ${base} integer`);
    n = n * base + d;
  }
  return m[1] === '-' ? -n : n;
}
