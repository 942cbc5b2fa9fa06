#!/usr/bin/env node
// Regenerates the bundled price snapshot (pricing-data/<provider>/<name>.tsv + manifest.json) from the raw,
// openly licensed sources in ../shared/pricing-sources. Every module in ./tables/*.mjs contributes table
// definitions (see TABLES.md). Output is deterministic: no wall clock, sorted rows, sorted JSON keys.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeContext } from './context.mjs';
import { validateTable, sortRows, toTsv, stableJson, tableMeta } from './format.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

function parseArgs(argv) {
  const opts = { sources: path.resolve(repoRoot, '..', 'shared', 'pricing-sources'), out: path.resolve(repoRoot, 'pricing-data'), quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sources') opts.sources = path.resolve(argv[++i]);
    else if (a === '--out') opts.out = path.resolve(argv[++i]);
    else if (a === '--quiet') opts.quiet = true;
    else throw new Error(`unknown argument ${a} (use --sources <dir> --out <dir> [--quiet])`);
  }
  return opts;
}

/** Loads every table module, in file-name order so the build does not depend on directory listing order. */
export async function loadDefinitions(dir = path.join(here, 'tables')) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
  const defs = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    if (!Array.isArray(mod.default)) throw new Error(`${f}: must default-export an array of table definitions`);
    for (const d of mod.default) defs.push({ ...d, module: f });
  }
  return defs;
}

/** Builds every table into `out`; returns { manifest, report }. Throws on a malformed table (nothing half-written). */
export async function buildSnapshot({ sources, out, log = () => {} }) {
  if (!fs.existsSync(sources)) throw new Error(`sources dir ${sources} not found (pass --sources <dir>)`);
  const defs = await loadDefinitions();
  const seen = new Set();
  const built = [];
  const report = [];
  for (const def of defs) {
    if (seen.has(def.id)) throw new Error(`duplicate table id ${def.id} (${def.module})`);
    seen.add(def.id);
    const ctx = makeContext(sources, (msg) => report.push(`- \`${def.id}\`: ${msg}`));
    const rows = sortRows(typeof def.build === 'function' ? await def.build(ctx) : def.rows ?? []);
    validateTable(def, rows);
    built.push({ def, rows });
    log(`${def.id.padEnd(32)} ${String(rows.length).padStart(7)} rows  (${def.module})`);
  }
  // Stage everything in a sibling temp folder first so a failure never leaves a mix of old and new tables.
  const stage = fs.mkdtempSync(path.join(path.dirname(out), '.pricing-build-'));
  try {
    const tables = {};
    for (const { def, rows } of built) {
      const meta = tableMeta(def, rows.length);
      fs.mkdirSync(path.join(stage, path.dirname(meta.file)), { recursive: true });
      fs.writeFileSync(path.join(stage, meta.file), toTsv(def, rows));
      tables[def.id] = meta;
    }
    const dates = Object.values(tables).flatMap((t) => t.sources.map((s) => s.date)).sort();
    const newest = dates[dates.length - 1];
    const manifest = { version: 1, builtAt: newest, currency: 'USD', pricesAsOf: newest, tables };
    fs.writeFileSync(path.join(stage, 'manifest.json'), stableJson(manifest));
    const reportText = ['# Build report', '', 'Findings of the last `build.mjs` run (disagreements between sources, skipped rows).', '', ...report, ''].join('\n');
    fs.writeFileSync(path.join(stage, 'BUILD-REPORT.md'), reportText);
    install(stage, out, Object.values(tables).map((t) => t.file));
    return { manifest, report };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** Moves staged files into `out` and removes TSVs of tables that no longer exist. */
function install(stage, out, files) {
  fs.mkdirSync(out, { recursive: true });
  const keep = new Set(files);
  for (const dir of fs.readdirSync(out, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name === 'build' || dir.name === 'refresh') continue;
    for (const f of fs.readdirSync(path.join(out, dir.name))) {
      const rel = `${dir.name}/${f}`;
      if (f.endsWith('.tsv') && !keep.has(rel)) fs.rmSync(path.join(out, rel));
    }
  }
  for (const rel of [...files, 'manifest.json', 'BUILD-REPORT.md']) {
    fs.mkdirSync(path.join(out, path.dirname(rel)), { recursive: true });
    fs.copyFileSync(path.join(stage, rel), path.join(out, rel));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const log = opts.quiet ? () => {} : (m) => console.log(m);
  buildSnapshot({ ...opts, log })
    .then(({ manifest, report }) => {
      const n = Object.keys(manifest.tables).length;
      const rows = Object.values(manifest.tables).reduce((s, t) => s + t.rows, 0);
      log(`\n${n} tables, ${rows} rows, prices as of ${manifest.pricesAsOf} → ${opts.out}`);
      if (report.length) log(`\n${report.length} findings (see BUILD-REPORT.md):\n${report.slice(0, 20).join('\n')}${report.length > 20 ? '\n…' : ''}`);
    })
    .catch((e) => {
      console.error(`pricing build failed: ${e.message}`);
      process.exit(1);
    });
}
