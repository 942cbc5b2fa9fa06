import { isList, type Value } from '../../../model/value';
import { asInteger, asList, asString, FnError, graphemes } from '../evaluator/values';
import { formatString } from './format';
import { fixed, variadic, type FunctionTable } from './registry';

/** String functions: https://developer.hashicorp.com/terraform/language/functions (String Functions). */
export const stringFunctions: FunctionTable = {
  chomp: fixed(1, ([s]) => asString(s).replace(/(\r?\n)+$/, '')),
  endswith: fixed(2, ([s, suffix]) => asString(s).endsWith(asString(suffix))),
  format: variadic(1, ([spec, ...args]) => formatString(asString(spec), args)),
  formatlist: variadic(1, ([spec, ...args]) => formatList(asString(spec), args)),
  indent: fixed(2, ([n, s]) => asString(s).replace(/\n/g, `\n${' '.repeat(asInteger(n))}`)),
  join: variadic(2, ([sep, ...lists]) =>
    lists.flatMap((l) => asList(l).map((e) => asString(e, 'element'))).join(asString(sep)),
  ),
  lower: fixed(1, ([s]) => asString(s).toLowerCase()),
  regex: fixed(2, ([pattern, s]) => regexMatch(asString(pattern), asString(s))),
  regexall: fixed(2, ([pattern, s]) => regexAll(asString(pattern), asString(s))),
  replace: fixed(3, ([s, search, replacement]) => replace(asString(s), asString(search), asString(replacement))),
  split: fixed(2, ([sep, s]) => asString(s).split(asString(sep))),
  startswith: fixed(2, ([s, prefix]) => asString(s).startsWith(asString(prefix))),
  strcontains: fixed(2, ([s, sub]) => asString(s).includes(asString(sub))),
  strrev: fixed(1, ([s]) => graphemes(asString(s)).reverse().join('')),
  substr: fixed(3, ([s, offset, length]) => substr(asString(s), asInteger(offset), asInteger(length))),
  title: fixed(1, ([s]) =>
    asString(s).replace(/(^|[^\p{L}\p{N}'])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase()),
  ),
  trim: fixed(2, ([s, cutset]) => trimChars(asString(s), asString(cutset))),
  trimprefix: fixed(2, ([s, p]) =>
    asString(s).startsWith(asString(p)) ? asString(s).slice(asString(p).length) : asString(s),
  ),
  trimsuffix: fixed(2, ([s, x]) => {
    const str = asString(s);
    const suf = asString(x);
    return suf !== '' && str.endsWith(suf) ? str.slice(0, str.length - suf.length) : str;
  }),
  trimspace: fixed(1, ([s]) => asString(s).trim()),
  upper: fixed(1, ([s]) => asString(s).toUpperCase()),
};

function formatList(spec: string, args: readonly Value[]): Value[] {
  let n = -1;
  for (const a of args) {
    if (!isList(a)) continue;
    if (n >= 0 && a.length !== n)
      throw new FnError(`list arguments must all have the same length (${n} and ${a.length})`);
    n = a.length;
  }
  if (n < 0) n = 1;
  const out: Value[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      formatString(
        spec,
        args.map((a) => (isList(a) ? a[i] : a)),
      ),
    );
  return out;
}

function substr(s: string, offset: number, length: number): string {
  const chars = graphemes(s);
  let start = offset < 0 ? chars.length + offset : offset;
  if (start < 0) start = 0;
  if (start > chars.length) throw new FnError(`offset ${offset} is beyond the end of the string`);
  const end = length < 0 ? chars.length : Math.min(chars.length, start + length);
  return chars.slice(start, end).join('');
}

function trimChars(s: string, cutset: string): string {
  const cut = new Set(Array.from(cutset));
  const chars = Array.from(s);
  let a = 0;
  let b = chars.length;
  while (a < b && cut.has(chars[a])) a++;
  while (b > a && cut.has(chars[b - 1])) b--;
  return chars.slice(a, b).join('');
}

function replace(s: string, search: string, replacement: string): string {
  if (search.length > 2 && search.startsWith('/') && search.endsWith('/')) {
    const re = compileRegex(search.slice(1, -1), 'g');
    // Go's ${1} and $1 both work in JS; Go's $name needs JS's $<name>.
    return s.replace(re, replacement.replace(/\$\{?([A-Za-z_]\w*)\}?/g, '$<$1>').replace(/\$\{(\d+)\}/g, '$$$1'));
  }
  return search === '' ? s : s.split(search).join(replacement);
}

/**
 * Terraform uses Go's RE2 syntax. The common differences from JS: named groups written (?P<name>…) and a
 * leading flag group such as (?i). Anything JS cannot compile is an argument error.
 */
export function compileRegex(pattern: string, extraFlags = ''): RegExp {
  let flags = extraFlags;
  let body = pattern.replace(/\(\?P</g, '(?<');
  const lead = /^\(\?([imsU]+)\)/.exec(body);
  if (lead) {
    body = body.slice(lead[0].length);
    for (const f of lead[1]) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
  }
  try {
    return new RegExp(body, flags + 'u');
  } catch {
    try {
      return new RegExp(body, flags);
    } catch (e) {
      throw new FnError(`invalid regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}`);
    }
  }
}

function matchValue(m: RegExpExecArray): Value {
  if (m.groups && Object.keys(m.groups).length > 0) {
    const o: Record<string, Value> = {};
    for (const [k, v] of Object.entries(m.groups)) o[k] = v ?? '';
    return o;
  }
  if (m.length > 1) return m.slice(1).map((g) => g ?? '');
  return m[0];
}

function regexMatch(pattern: string, s: string): Value {
  const m = compileRegex(pattern).exec(s);
  if (!m) throw new FnError(`pattern ${JSON.stringify(pattern)} did not match`);
  return matchValue(m);
}

function regexAll(pattern: string, s: string): Value[] {
  const re = compileRegex(pattern, 'g');
  const out: Value[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(matchValue(m));
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
