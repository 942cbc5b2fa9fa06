import type { Range } from '../../model/range';
import { isUnknown, unknown, type Value, type ValueObject } from '../../model/value';
import { at, type YNode } from '../yaml';

/**
 * Serverless Framework variables: `${opt:stage, 'dev'}`, `${self:custom.size}`, `${env:NAME, 1024}`,
 * `${sls:stage}`, `${aws:region}`, nested (`${self:custom.mem.${opt:stage}}`) and with fallbacks. Only what
 * the file decides is resolved: CLI options and environment variables are not known to the editor, so their
 * fallback applies, or the value is Unknown; ssm, cf, s3, file() and params are read at deploy time.
 */
export class Variables {
  private depth = 0;

  constructor(
    private readonly root: YNode | undefined,
    readonly stage: string,
    readonly region: string,
  ) {}

  /** A node's value with every variable in it resolved (or Unknown). */
  value(n: YNode | undefined): Value {
    if (n === undefined) return null;
    if (n.kind === 'scalar') return typeof n.value === 'string' && n.value.includes('${') ? this.resolveString(n.value, n.range) : n.value;
    if (n.kind === 'seq') return n.items.map((i) => this.value(i));
    const o: Record<string, Value> = {};
    for (const p of n.pairs) o[p.key] = this.value(p.value);
    return o as ValueObject;
  }

  resolveString(text: string, range?: Range): Value {
    if (++this.depth > 32) {
      this.depth--;
      return unknown('variables refer to each other too deeply', range);
    }
    try {
      let s = text;
      for (let guard = 0; guard < 64; guard++) {
        const m = /\$\{([^{}]*)\}/.exec(s);
        if (!m) return s;
        const v = this.expression(m[1], range);
        if (isUnknown(v)) return v;
        if (m.index === 0 && m[0].length === s.length) return v;
        if (typeof v === 'object' && v !== null) return unknown(`\${${m[1]}} is not text and cannot be embedded`, range);
        s = s.slice(0, m.index) + String(v) + s.slice(m.index + m[0].length);
      }
      return unknown('too many variables in one value', range);
    } finally {
      this.depth--;
    }
  }

  /** One `source:address, fallback, …`; the first candidate that resolves wins. */
  private expression(expr: string, range?: Range): Value {
    let last: Value | undefined;
    for (const candidate of splitTopLevel(expr)) {
      const v = this.candidate(candidate.trim(), range);
      if (v !== undefined && !isUnknown(v)) return v;
      last = v ?? last;
    }
    return last ?? unknown(`\${${expr}} has no value here and no fallback`, range);
  }

  private candidate(c: string, range?: Range): Value | undefined {
    const quoted = /^(['"])(.*)\1$/.exec(c);
    if (quoted) return quoted[2];
    if (/^-?\d+(\.\d+)?$/.test(c)) return Number(c);
    if (c === 'true' || c === 'false') return c === 'true';
    const colon = c.indexOf(':');
    const source = colon < 0 ? c : c.slice(0, colon);
    const address = colon < 0 ? '' : c.slice(colon + 1);
    switch (source) {
      case 'self': {
        const node = address === '' ? this.root : at(this.root, address);
        return node === undefined ? undefined : this.value(node);
      }
      case 'opt':
        // CLI options are not known in the editor: the fallback wins, else the caller's default applies.
        return address === '' ? undefined : undefined;
      case 'sls':
        return address === 'stage' ? this.stage : unknown(`\${sls:${address}} is known at deploy time`, range);
      case 'aws':
        return address === 'region' ? this.region : unknown(`\${aws:${address}} is known at deploy time`, range);
      case 'env':
        return unknown(`environment variable ${address} is read at deploy time`, range);
      default:
        return unknown(`\${${c}} is read at deploy time`, range);
    }
  }
}

/** Splits on commas outside quotes and parentheses: `file(a.yml):x, 'a,b'` → two candidates. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}
