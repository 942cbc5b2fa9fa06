import * as fs from 'fs';
import * as path from 'path';
import { Snapshot } from '../server/src/pricing/snapshot';
import { median } from './_stats';

/**
 * Snapshot benchmark: load time per provider and in total (target < 100 ms; region-first tables parse a region's
 * rows on its first lookup, so 'load' is opening every table), full-parse time, and instance-price lookup throughput
 * (target ≥ 1M lookups/s) next to a plain Map.get baseline measured in the same run. Prints figures; asserts nothing.
 * Run: npx tsc -p . && node out/bench/snapshot.js [snapshotDir]
 */
const DIR = process.argv[2] ?? path.resolve(__dirname, '..', '..', 'pricing-data');
const RUNS = 7;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU milliseconds (user + system) since `start`: on a shared, busy machine this tracks the work better than wall time. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function sizeOnDisk(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'build' || e.name === 'refresh') continue;
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? sizeOnDisk(p) : fs.statSync(p).size;
  }
  return total;
}

/** Baseline for loading: read every table file and split it into lines and cells, keeping nothing. */
function readAndSplit(manifest: Snapshot['manifest'], prefix: string): number {
  let cells = 0;
  for (const [id, meta] of Object.entries(manifest.tables)) {
    if (!id.startsWith(prefix)) continue;
    for (const line of fs.readFileSync(path.join(DIR, meta.file), 'utf8').split('\n')) cells += line.split('\t').length;
  }
  return cells;
}

function loadTimes(): void {
  const manifest = Snapshot.load(DIR).manifest;
  const providers = [...new Set(Object.keys(manifest.tables).map((id) => id.split('/')[0]))].sort();
  console.log(`snapshot ${DIR}: ${Object.keys(manifest.tables).length} tables, ${(sizeOnDisk(DIR) / 1024 / 1024).toFixed(2)} MiB of TSV + manifest`);
  for (const p of [...providers, '(all)']) {
    const times: number[] = [];
    const cpu: number[] = [];
    let rows = 0;
    let tables = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const snap = Snapshot.load(DIR); // a fresh instance each run: nothing cached between runs
      rows = p === '(all)' ? snap.loadProvider('') : snap.loadProvider(`${p}/`);
      times.push(ms(t0));
      cpu.push(cpuMs(c0));
    }
    const base: number[] = [];
    const baseCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      readAndSplit(manifest, p === '(all)' ? '' : `${p}/`);
      base.push(ms(t0));
      baseCpu.push(cpuMs(c0));
    }
    tables = Object.keys(manifest.tables).filter((id) => p === '(all)' || id.startsWith(`${p}/`)).length;
    console.log(
      `  load ${p.padEnd(11)} ${String(tables).padStart(3)} tables ${String(rows).padStart(7)} rows  median ${median(times).toFixed(1).padStart(6)} ms` +
        ` (cpu ${median(cpu).toFixed(1).padStart(5)})   baseline read+split ${median(base).toFixed(1).padStart(6)} ms (cpu ${median(baseCpu).toFixed(1).padStart(5)})`,
    );
  }
}

function lookups(): void {
  const table = Snapshot.load(DIR).table('aws/ec2-ondemand');
  if (!table) throw new Error('no aws/ec2-ondemand table');
  const keys = [...table.entries()].map(([k]) => k as string[]);
  // A mix like an editor session: mostly hits, some misses (unknown type, region missing from the snapshot).
  const queries: [string, string][] = [];
  for (let i = 0; i < 4096; i++) {
    const k = keys[(i * 7919) % keys.length];
    queries.push(i % 10 === 0 ? [k[0], `${k[1]}x`] : [k[0], k[1]]);
  }
  const N = 5_000_000;
  const baseline = new Map<string, number>();
  for (const [k, v] of table.entries()) baseline.set(k.join('\t'), v[0]);
  const joined = queries.map(([r, t]) => `${r}\t${t}`);

  // Best of 3 rounds per variant, interleaved, so a busy machine slows all variants alike.
  const variants: [string, (i: number) => number | undefined][] = [
    ['baseline: Map.get(pre-joined key)', (i) => baseline.get(joined[i])],
    ['baseline: Map.get(region + "\\t" + type)', (i) => baseline.get(`${queries[i][0]}\t${queries[i][1]}`)],
    ['PriceTable.get(region, instanceType)', (i) => table.get(queries[i][0], queries[i][1])],
  ];
  const best = variants.map(() => 0);
  let hits = 0;
  for (const [, f] of variants) for (let i = 0; i < 200_000; i++) if (f(i & 4095) !== undefined) hits++; // warm-up
  for (let round = 0; round < 3; round++) {
    variants.forEach(([, f], v) => {
      hits = 0;
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < N; i++) if (f(i & 4095) !== undefined) hits++;
      best[v] = Math.max(best[v], N / (ms(t0) / 1000));
    });
  }
  console.log(`lookup throughput, aws/ec2-ondemand (${table.size} rows):`);
  variants.forEach(([label], v) => console.log(`  ${label.padEnd(44)} ${(best[v] / 1e6).toFixed(2).padStart(6)} M lookups/s  (best of 3; ${hits} hits of ${N})`));
}

/** Every region block of every table parsed (a first lookup in each region); values stay lazy until read. */
function allRegions(): void {
  const cpu: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const snap = Snapshot.load(DIR);
    for (const id of Object.keys(snap.manifest.tables)) {
      const t = snap.table(id);
      const blanks = (t?.meta.keys.length ?? 1) - 1;
      for (const r of t?.regions() ?? []) t?.row(r, ...new Array<string>(blanks).fill(''));
    }
    times.push(ms(t0));
    cpu.push(cpuMs(c0));
  }
  console.log(`  every region block of every table parsed: median ${median(times).toFixed(1)} ms (cpu ${median(cpu).toFixed(1)})`);
}

/** Worst case: every table opened and every row read (what a scan over all clouds costs). */
function fullParse(): void {
  const times: number[] = [];
  const cpu: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const snap = Snapshot.load(DIR);
    rows = 0;
    for (const id of Object.keys(snap.manifest.tables)) for (const _ of snap.table(id)?.entries() ?? []) rows++;
    times.push(ms(t0));
    cpu.push(cpuMs(c0));
  }
  console.log(`  every row of every table read via entries(): ${rows} rows  median ${median(times).toFixed(1)} ms (cpu ${median(cpu).toFixed(1)})`);
}

loadTimes();
allRegions();
fullParse();
lookups();
