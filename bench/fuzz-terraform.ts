import * as fs from 'fs';
import * as path from 'path';
import { parseHcl } from '../server/src/formats/terraform/parser';
import { parseHclJson } from '../server/src/formats/terraform/json-syntax';

/**
 * Mutation fuzzing of the HCL parser: byte flips, deletions, insertions of structural characters and
 * truncations of the corpus files. Every case must parse without an exception and in well under a second.
 *
 *   npx tsc -p . && node out/bench/fuzz-terraform.js            (FUZZ_CASES=100000, FUZZ_SEED=<n> to override)
 */

export const CORPUS_DIR = path.resolve(__dirname, '../../test/fixtures/terraform-corpus');

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = '{}[]()"$%<>=\n~*.,:?!#/\\-';

/** One to eight random edits of `text`. */
export function mutate(text: string, random: () => number): string {
  let s = text;
  const edits = 1 + Math.floor(random() * 8);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(random() * (s.length + 1));
    const op = Math.floor(random() * 5);
    if (op === 0 && s.length > 0) {
      // Flip one character to another printable or structural one.
      const c = String.fromCharCode(s.charCodeAt(at % s.length) ^ (1 << Math.floor(random() * 7)));
      s = s.slice(0, at % s.length) + c + s.slice((at % s.length) + 1);
    } else if (op === 1) {
      s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 40));
    } else if (op === 2 || op === 3) {
      const n = 1 + Math.floor(random() * 4);
      let ins = '';
      for (let j = 0; j < n; j++) ins += INSERTS[Math.floor(random() * INSERTS.length)];
      if (random() < 0.05) ins = (random() < 0.5 ? '[' : '(').repeat(300 + Math.floor(random() * 2000));
      if (random() < 0.05) ins = '<<EOT\n';
      s = s.slice(0, at) + ins + s.slice(at);
    } else {
      s = s.slice(0, at);
    }
  }
  return s;
}

export function corpusTexts(): { name: string; text: string }[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.tf') || f.endsWith('.tf.json'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8') }));
}

export interface FuzzReport {
  cases: number;
  exceptions: { index: number; file: string; error: string }[];
  slow: { index: number; file: string; ms: number }[];
  maxMs: number;
  totalMs: number;
}

/** Runs `cases` mutations with `seed`. Timing is recorded for the report, never asserted in unit tests. */
export function fuzz(cases: number, seed: number): FuzzReport {
  const random = rng(seed);
  const corpus = corpusTexts();
  const report: FuzzReport = { cases, exceptions: [], slow: [], maxMs: 0, totalMs: 0 };
  for (let index = 0; index < cases; index++) {
    const src = corpus[Math.floor(random() * corpus.length)];
    // Parse a window of the file so cases stay small and many.
    const from = Math.floor(random() * src.text.length * 0.8);
    const window = src.text.slice(from, from + 500 + Math.floor(random() * 3000));
    const text = mutate(window, random);
    const t0 = process.hrtime.bigint();
    try {
      parseHcl(text, src.name);
      if (index % 10 === 0) parseHclJson(text, src.name);
    } catch (e) {
      report.exceptions.push({ index, file: src.name, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    report.totalMs += ms;
    if (ms > report.maxMs) report.maxMs = ms;
    if (ms > 1000) report.slow.push({ index, file: src.name, ms });
  }
  return report;
}

if (require.main === module) {
  const cases = Number(process.env.FUZZ_CASES ?? 100000);
  const seed = Number(process.env.FUZZ_SEED ?? 20261127);
  console.log(`fuzz-terraform: ${cases} cases, seed ${seed} (FUZZ_SEED=${seed} to reproduce)`);
  const r = fuzz(cases, seed);
  console.log(`exceptions: ${r.exceptions.length}`);
  for (const e of r.exceptions.slice(0, 5)) console.log(`  case ${e.index} (${e.file}): ${e.error}`);
  console.log(`cases over 1 s: ${r.slow.length}`);
  for (const s of r.slow.slice(0, 5)) console.log(`  case ${s.index} (${s.file}): ${s.ms.toFixed(0)} ms`);
  console.log(`slowest case: ${r.maxMs.toFixed(2)} ms; mean ${(r.totalMs / cases).toFixed(3)} ms`);
  process.exitCode = r.exceptions.length === 0 && r.slow.length === 0 ? 0 : 1;
}
