import * as fs from 'fs';
import * as path from 'path';

/**
 * The bundled price snapshot: `manifest.json` plus one TSV file per table. Tables load lazily on
 * first lookup, so opening a Terraform file never pays for the Azure tables. Values are kept as the
 * source wrote them (no rounding); a lookup is one Map.get on the joined key.
 */

export interface SourceRef {
  /** 'owner/name' of the upstream repository, or an API name. */
  readonly repo: string;
  readonly path: string;
  readonly commit?: string;
  /** When upstream generated or published the numbers (YYYY-MM-DD). */
  readonly date: string;
  readonly license?: string;
  /** Which part of the table this source supplies, when a table merges several (e.g. 'engines mysql, postgres'). */
  readonly covers?: string;
}

export interface TableMeta {
  readonly file: string;
  readonly description: string;
  /** Key columns, in order. A table whose first key is 'region' supports the nearest-region fallback. */
  readonly keys: readonly string[];
  /** Value columns after the keys (usually just ['price']). */
  readonly values: readonly string[];
  /** Unit of the price column, e.g. 'USD per hour', 'USD per GB-month'. */
  readonly unit: string;
  readonly currency: 'USD';
  readonly sources: readonly SourceRef[];
  /** The date shown in hovers: the oldest source date among this table's rows. */
  readonly sourceDate: string;
  readonly rows: number;
}

export interface Manifest {
  readonly version: 1;
  readonly builtAt: string;
  readonly currency: 'USD';
  /** Newest source date over all tables: "prices as of". */
  readonly pricesAsOf: string;
  readonly tables: Readonly<Record<string, TableMeta>>;
}

const SEP = '\t';

export class PriceTable {
  private readonly rows = new Map<string, readonly number[]>();
  private regionSet?: Set<string>;
  private tierIndex?: Map<string, { start: number; price: number }[]>;

  constructor(
    readonly id: string,
    readonly meta: TableMeta,
    text: string,
  ) {
    const keyCount = meta.keys.length;
    const lines = text.split('\n');
    // Line 0 is the header; it must name the key and value columns in manifest order.
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      const cells = line.split(SEP);
      const key = cells.slice(0, keyCount).join(SEP);
      const vals: number[] = [];
      for (let j = keyCount; j < cells.length; j++) vals.push(cells[j] === '' ? NaN : Number(cells[j]));
      this.rows.set(key, vals);
    }
  }

  get size(): number {
    return this.rows.size;
  }

  /** All value columns of the row with exactly these key parts. */
  row(...key: string[]): readonly number[] | undefined {
    return this.rows.get(key.join(SEP));
  }

  /** The first value column (the price) of a row. */
  get(...key: string[]): number | undefined {
    const r = this.rows.get(key.join(SEP));
    return r === undefined || Number.isNaN(r[0]) ? undefined : r[0];
  }

  /**
   * Tiers of a tiered price: rows whose key is `prefix` plus a final 'tierStart' column (the quantity at
   * which the tier begins), sorted by start. Tier boundaries live in the data, not in code.
   */
  tiers(prefix: readonly string[]): readonly { start: number; price: number }[] {
    if (!this.tierIndex) {
      this.tierIndex = new Map();
      for (const [k, v] of this.rows) {
        const cut = k.lastIndexOf(SEP);
        const p = k.slice(0, cut);
        let list = this.tierIndex.get(p);
        if (!list) this.tierIndex.set(p, (list = []));
        list.push({ start: Number(k.slice(cut + 1)), price: v[0] });
      }
      for (const list of this.tierIndex.values()) list.sort((a, b) => a.start - b.start);
    }
    return this.tierIndex.get(prefix.join(SEP)) ?? [];
  }

  /** The regions the table has a row for (first key column must be 'region'). */
  regions(): ReadonlySet<string> {
    if (!this.regionSet) {
      this.regionSet = new Set();
      if (this.meta.keys[0] === 'region') for (const k of this.rows.keys()) this.regionSet.add(k.split(SEP, 1)[0]);
    }
    return this.regionSet;
  }

  /** Every row as key parts + values; for summaries, advice scans and tests. */
  *entries(): IterableIterator<[readonly string[], readonly number[]]> {
    for (const [k, v] of this.rows) yield [k.split(SEP), v];
  }
}

export class Snapshot {
  private readonly tables = new Map<string, PriceTable | null>();

  constructor(
    readonly dir: string,
    readonly manifest: Manifest,
    /** 'bundled' or the refreshed snapshot's origin, shown in the language status. */
    readonly origin: string = 'bundled',
  ) {}

  static load(dir: string, origin?: string): Snapshot {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.version !== 1 || typeof manifest.tables !== 'object') {
      throw new Error(`${dir}/manifest.json is not a costlens snapshot manifest (version 1)`);
    }
    return new Snapshot(dir, manifest, origin);
  }

  get pricesAsOf(): string {
    return this.manifest.pricesAsOf;
  }

  has(id: string): boolean {
    return id in this.manifest.tables;
  }

  /** The table, loaded on first use; undefined when the snapshot has no such table or it is unreadable. */
  table(id: string): PriceTable | undefined {
    let t = this.tables.get(id);
    if (t === undefined) {
      const meta = this.manifest.tables[id];
      t = null;
      if (meta) {
        try {
          t = new PriceTable(id, meta, fs.readFileSync(path.join(this.dir, meta.file), 'utf8'));
        } catch {
          t = null;
        }
      }
      this.tables.set(id, t);
    }
    return t ?? undefined;
  }

  /** Loads every table of one provider ('aws/', 'google/', 'azure/' prefix); for benchmarks and warm-up. */
  loadProvider(prefix: string): number {
    let rows = 0;
    for (const id of Object.keys(this.manifest.tables)) if (id.startsWith(prefix)) rows += this.table(id)?.size ?? 0;
    return rows;
  }
}
