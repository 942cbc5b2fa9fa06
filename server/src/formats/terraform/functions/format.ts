import { isList, isObject, type Value } from '../../../model/value';
import { asBool, asNumber, asString, FnError, numberToString } from '../evaluator/values';
import { jsonEncode } from './json';

/**
 * Terraform's format(): Go fmt verbs over cty values. Supported: %% %v %#v %t %b %d %o %x %X %e %E %f
 * %g %G %s %q, flags (space + - 0 #), width, precision and explicit argument indexes (%[2]s).
 */
export function formatString(spec: string, args: readonly Value[]): string {
  let out = '';
  let next = 0;
  for (const piece of compile(spec)) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    if (piece.index !== undefined) next = piece.index - 1;
    if (next >= args.length || next < 0) throw new FnError(`not enough arguments for ${piece.text}`);
    out += pad(formatOne(piece.verb, piece.flags, piece.precision, args[next++]), piece.flags, piece.width);
  }
  return out;
}

interface Verb {
  readonly text: string;
  readonly flags: string;
  readonly index?: number;
  readonly width: number;
  readonly precision?: string;
  readonly verb: string;
}

/** Specs are few and reused for every instance (`format("%s-%02d", …)` under count), so they are parsed once. */
const COMPILED = new Map<string, readonly (string | Verb)[]>();

function compile(spec: string): readonly (string | Verb)[] {
  const hit = COMPILED.get(spec);
  if (hit) return hit;
  const pieces: (string | Verb)[] = [];
  const re = /%([ +\-0#]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?([a-zA-Z%])/g;
  let last = 0;
  for (let m = re.exec(spec); m; m = re.exec(spec)) {
    if (m.index > last) pieces.push(spec.slice(last, m.index));
    last = re.lastIndex;
    const [text, flags, index, width, precision, verb] = m;
    if (verb === '%') pieces.push('%');
    else
      pieces.push({
        text,
        flags,
        index: index === undefined ? undefined : Number(index),
        width: width === undefined ? 0 : Number(width),
        precision,
        verb,
      });
  }
  if (spec.slice(last).includes('%')) throw new FnError(`unfinished format verb in ${JSON.stringify(spec)}`);
  if (last < spec.length) pieces.push(spec.slice(last));
  if (COMPILED.size > 1000) COMPILED.clear();
  COMPILED.set(spec, pieces);
  return pieces;
}

function formatOne(verb: string, flags: string, precision: string | undefined, arg: Value): string {
  const prec = precision === undefined ? undefined : precision === '' ? 0 : Number(precision);
  switch (verb) {
    case 'v':
      if (flags.includes('#')) return jsonEncode(arg);
      return isList(arg) || isObject(arg) ? jsonEncode(arg) : arg === null ? 'null' : asString(arg);
    case 's':
      return prec === undefined ? asString(arg) : Array.from(asString(arg)).slice(0, prec).join('');
    case 'q':
      return JSON.stringify(asString(arg));
    case 't':
      return asBool(arg) ? 'true' : 'false';
    case 'd':
      return signed(integer(arg), flags, (n) => n.toString(10));
    case 'b':
      return signed(integer(arg), flags, (n) => n.toString(2));
    case 'o':
      return signed(integer(arg), flags, (n) => n.toString(8));
    case 'x':
    case 'X': {
      const s = signed(integer(arg), flags, (n) => n.toString(16));
      return verb === 'X' ? s.toUpperCase() : s;
    }
    case 'f':
    case 'F':
      return signed(asNumber(arg), flags, (n) => n.toFixed(prec ?? 6));
    case 'e':
    case 'E': {
      const s = signed(asNumber(arg), flags, (n) => goExponent(n.toExponential(prec ?? 6)));
      return verb === 'E' ? s.toUpperCase() : s;
    }
    case 'g':
    case 'G': {
      const s = signed(asNumber(arg), flags, (n) =>
        prec === undefined ? numberToString(n) : String(Number(n.toPrecision(prec || 1))),
      );
      return verb === 'G' ? s.toUpperCase() : s;
    }
    default:
      throw new FnError(`unsupported format verb %${verb}`);
  }
}

function integer(arg: Value): number {
  const n = asNumber(arg);
  if (!Number.isInteger(n)) throw new FnError(`%d needs a whole number, not ${n}`);
  return n;
}

function signed(n: number, flags: string, body: (abs: number) => string): string {
  const sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return sign + body(Math.abs(n));
}

/** Go prints exponents with at least two digits (1.5e+00); JS prints 1.5e+0. */
function goExponent(s: string): string {
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function pad(text: string, flags: string, width: number): string {
  const len = Array.from(text).length;
  if (len >= width) return text;
  const fill = width - len;
  if (flags.includes('-')) return text + ' '.repeat(fill);
  if (flags.includes('0') && /^[+\- ]?[0-9]/.test(text)) {
    const sign = /^[+\- ]/.test(text) ? text[0] : '';
    return sign + '0'.repeat(fill) + text.slice(sign.length);
  }
  return ' '.repeat(fill) + text;
}
