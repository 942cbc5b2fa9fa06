// The helpers every table module gets: read source files (cached across modules), format numbers, report findings.
import * as fs from 'node:fs';
import * as path from 'node:path';
import YAML from 'yaml';

const cache = new Map();

function cached(key, load) {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key);
}

/**
 * A source number as text. Fixed-width feed strings ("0.0960000000") lose their trailing zeros; JS numbers print
 * in shortest round-trip form without exponent. The value never changes: Number(num(x)) === Number(x).
 */
export function num(x) {
  if (x === null || x === undefined || x === '') return '';
  if (typeof x === 'string') {
    const s = x.trim().replace(/,/g, '');
    if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)) throw new Error(`not a number: ${JSON.stringify(x)}`);
    if (/[eE]/.test(s)) return num(Number(s));
    return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  }
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new Error(`not a number: ${String(x)}`);
  const s = String(x);
  if (!/e/.test(s)) return s;
  // Expand exponent notation exactly: toFixed with enough digits, then trim (toFixed(20) is exact for these magnitudes).
  const fixed = x.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  return Number(fixed) === x ? fixed : s;
}

export function makeContext(sourcesDir, warn) {
  const abs = (rel) => path.join(sourcesDir, rel);
  return {
    sources: sourcesDir,
    exists: (rel) => fs.existsSync(abs(rel)),
    list: (rel) => (fs.existsSync(abs(rel)) ? fs.readdirSync(abs(rel)).sort() : []),
    text: (rel) => cached(`t:${abs(rel)}`, () => fs.readFileSync(abs(rel), 'utf8')),
    json: (rel) => cached(`j:${abs(rel)}`, () => JSON.parse(fs.readFileSync(abs(rel), 'utf8'))),
    yaml: (rel) => cached(`y:${abs(rel)}`, () => YAML.parse(fs.readFileSync(abs(rel), 'utf8'), { maxAliasCount: -1 })),
    num,
    warn,
  };
}
