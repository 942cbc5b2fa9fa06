import * as fs from 'fs';
import * as path from 'path';
import { Snapshot } from '../../server/src/pricing/snapshot';
import { RefreshError, type Anchor } from './types';

/** Row floors for a whole table after a refresh: far below today's counts, far above a broken download. */
export const DEFAULT_FLOORS: Readonly<Record<string, number>> = {
  'aws/ec2-ondemand': 10_000,
  'aws/rds': 5_000,
  'aws/ebs': 200,
  'azure/vm': 30_000,
  'google/compute': 10_000,
};

/** Rows each refreshed region must have in a table: a region with 3 instance types is a truncated answer. */
export const DEFAULT_MIN_ROWS_PER_REGION: Readonly<Record<string, number>> = {
  'aws/ec2-ondemand': 200,
  'aws/rds': 50,
  'aws/ebs': 5,
  'azure/vm': 200,
  'azure/storage': 50,
  'google/compute': 100,
};

/** Prices that must survive a refresh. m5.large has cost 0.096 in us-east-1 for years; the others may move. */
export const DEFAULT_ANCHORS: readonly Anchor[] = [
  { table: 'aws/ec2-ondemand', key: ['us-east-1', 'm5.large'], price: 0.096 },
  { table: 'azure/vm', key: ['eastus', 'Standard_D2s_v5'], min: 0.05, max: 0.2 },
  { table: 'google/compute', key: ['us-central1', 'n2-standard-4'], min: 0.1, max: 0.3 },
];

export interface ValidationInput {
  readonly dir: string;
  readonly refreshed: ReadonlyMap<string, ReadonlySet<string>>;
  readonly floors: Readonly<Record<string, number>>;
  readonly minRowsPerRegion: Readonly<Record<string, number>> | number;
  readonly anchors: readonly Anchor[];
}

/** Schema, counts and anchors of a staged snapshot; throws RefreshError naming the first problem. */
export function validateSnapshot(v: ValidationInput): void {
  let snap: Snapshot;
  try {
    snap = Snapshot.load(v.dir, 'refresh');
  } catch (e) {
    throw new RefreshError(`refreshed snapshot rejected: ${(e as Error).message}`);
  }
  for (const [id, meta] of Object.entries(snap.manifest.tables)) {
    const file = path.join(v.dir, meta.file);
    if (!fs.existsSync(file)) throw new RefreshError(`refreshed snapshot rejected: ${meta.file} missing`);
    const text = fs.readFileSync(file, 'utf8');
    const header = text.slice(0, text.indexOf('\n'));
    if (header !== [...meta.keys, ...meta.values].join('\t')) throw new RefreshError(`refreshed snapshot rejected: ${id} header '${header}'`);
    const table = snap.table(id);
    if (!table || table.size !== meta.rows) throw new RefreshError(`refreshed snapshot rejected: ${id} has ${table?.size ?? 0} rows, manifest says ${meta.rows}`);
    for (const [key, vals] of table.entries()) {
      if (key.length !== meta.keys.length || vals.length !== meta.values.length || Number.isNaN(vals[0])) {
        throw new RefreshError(`refreshed snapshot rejected: ${id} row ${key.join(' ')} is malformed`);
      }
    }
    const floor = v.floors[id];
    if (v.refreshed.has(id) && floor !== undefined && table.size < floor) {
      throw new RefreshError(`refreshed snapshot rejected: ${id} has ${table.size} rows, expected at least ${floor}`);
    }
    const regions = v.refreshed.get(id);
    const perRegion = typeof v.minRowsPerRegion === 'number' ? v.minRowsPerRegion : (v.minRowsPerRegion[id] ?? 1);
    if (regions && meta.keys[0] === 'region') {
      const counts = new Map<string, number>();
      for (const [key] of table.entries()) counts.set(key[0], (counts.get(key[0]) ?? 0) + 1);
      for (const r of regions) {
        if ((counts.get(r) ?? 0) < perRegion) throw new RefreshError(`refreshed snapshot rejected: ${id} has ${counts.get(r) ?? 0} rows for ${r}, expected at least ${perRegion}`);
      }
    }
  }
  for (const a of v.anchors) {
    const table = snap.table(a.table);
    if (!table || (table.meta.keys[0] === 'region' && !table.regions().has(a.key[0]))) continue;
    const p = table.get(...a.key);
    const ok = p !== undefined && (a.price === undefined || p === a.price) && (a.min === undefined || p >= a.min) && (a.max === undefined || p <= a.max);
    if (!ok) {
      const want = a.price !== undefined ? `${a.price}` : `${a.min}..${a.max}`;
      throw new RefreshError(`refreshed snapshot rejected: anchor ${a.table} ${a.key.join(' ')} is ${p ?? 'missing'}, expected ${want}`);
    }
  }
}
