import * as fs from 'fs';
import * as path from 'path';
import type { Manifest, SourceRef, TableMeta } from '../../server/src/pricing/snapshot';
import type { FetchedTable } from './types';

/**
 * Builds the refreshed snapshot in a staging folder: refreshed tables replace the base rows of the regions they
 * cover, everything else is copied from the base snapshot as text (so untouched numbers keep their digits).
 */
export function stageSnapshot(stage: string, baseDir: string, base: Manifest, fetched: readonly FetchedTable[]): Manifest {
  const tables: Record<string, TableMeta> = {};
  const byId = new Map(fetched.map((t) => [t.id, t]));
  for (const [id, meta] of Object.entries(base.tables)) {
    const f = byId.get(id);
    if (!f) {
      copy(path.join(baseDir, meta.file), path.join(stage, meta.file));
      tables[id] = meta;
    }
  }
  for (const f of fetched) {
    const meta = base.tables[f.id];
    let kept: string[][] = [];
    if (meta && meta.keys[0] === 'region' && sameColumns(meta, f)) {
      kept = readRows(path.join(baseDir, meta.file)).filter((r) => !f.regions.has(r[0]));
    }
    const rows = sortRows([...kept, ...f.rows.map((r) => [...r])], f.keys.length);
    const file = `${f.id}.tsv`;
    write(path.join(stage, file), [[...f.keys, ...f.values].join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
    const sources: SourceRef[] = [f.source, ...(kept.length && meta ? meta.sources : [])];
    tables[f.id] = {
      file,
      description: f.description,
      keys: [...f.keys],
      values: [...f.values],
      unit: f.unit,
      currency: 'USD',
      sources,
      sourceDate: sources.map((s) => s.date).sort()[0],
      rows: rows.length,
    };
  }
  const dates = Object.values(tables).flatMap((t) => t.sources.map((s) => s.date)).sort();
  const newest = dates[dates.length - 1] ?? base.pricesAsOf;
  const manifest: Manifest = { version: 1, builtAt: newest, currency: 'USD', pricesAsOf: newest, tables: sortObject(tables) };
  write(path.join(stage, 'manifest.json'), stableJson(manifest));
  return manifest;
}

/** Replaces `outDir` with `stage` in two renames; the old snapshot is only removed once the new one is in place. */
export function swapIn(stage: string, outDir: string): void {
  const old = `${outDir}.old-${process.pid}-${Date.now()}`;
  const had = fs.existsSync(outDir);
  if (had) fs.renameSync(outDir, old);
  try {
    fs.renameSync(stage, outDir);
  } catch (e) {
    if (had) fs.renameSync(old, outDir);
    throw e;
  }
  if (had) fs.rmSync(old, { recursive: true, force: true });
}

function sameColumns(meta: TableMeta, f: FetchedTable): boolean {
  return meta.keys.join() === f.keys.join() && meta.values.join() === f.values.join();
}

function readRows(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
}

function sortRows(rows: string[][], keyCount: number): string[][] {
  return rows.sort((a, b) => {
    for (let i = 0; i < keyCount; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  });
}

function copy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function sortObject<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

/** Same serialisation as build/format.mjs: keys sorted at every level, 2-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}
