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

/**
 * One level of the key trie: key part → next level; at the last key column, the row's values, or until first
 * read the offset in the text where they start (numbers are parsed on first use: most rows are never read).
 */
type Level = Map<string, Level | readonly number[] | number>;

export class PriceTable {
  /**
   * Rows as a trie of Maps, one level per key column. A lookup is one Map.get per key part on strings the
   * caller already holds (their hashes are cached), so it allocates nothing; a joined-string key would build
   * and hash a new string on every lookup.
   */
  private readonly root: Level = new Map();
  private readonly keyCount: number;
  private readonly valueCount: number;
  private count = 0;
  /** The table's text: region blocks and values are parsed from it on first use. */
  private readonly text: string;
  private readonly pending = new Map<string, [number, number]>();
  private regionSet?: Set<string>;
  private tierIndex?: Map<string, { start: number; price: number }[]>;

  constructor(
    readonly id: string,
    readonly meta: TableMeta,
    text: string,
  ) {
    this.keyCount = meta.keys.length;
    this.valueCount = meta.values.length;
    this.text = text;
    // Line 0 is the header; it must name the key and value columns in manifest order.
    const first = text.indexOf('\n') + 1;
    if (first === 0) return;
    if (meta.keys[0] !== 'region' || this.keyCount < 2) {
      this.count = this.parse(text, first, text.length, this.root, 0);
      return;
    }
    // Rows are sorted, so a region's rows are one block of lines. Opening the table only finds the blocks;
    // a project in two regions never pays for parsing the other fifty.
    let pos = first;
    let region = '';
    let blockStart = pos;
    while (pos < text.length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      if (end > pos) {
        if (region === '' || !text.startsWith(region, pos) || text.charCodeAt(pos + region.length) !== 9) {
          if (region !== '') this.pending.set(region, [blockStart, pos]);
          region = text.slice(pos, text.indexOf(SEP, pos));
          blockStart = pos;
        }
        this.count++;
      }
      pos = end + 1;
    }
    if (region !== '') this.pending.set(region, [blockStart, text.length]);
  }

  /** Parses lines [from, to) into `root`, skipping the first `skip` key columns (already resolved). */
  private parse(text: string, from: number, to: number, root: Level, skip: number): number {
    const k = this.keyCount;
    let rows = 0;
    let pos = from;
    // Cells are cut with indexOf rather than split() so loading allocates only the strings and Maps it keeps.
    while (pos < to) {
      let end = text.indexOf('\n', pos);
      if (end < 0 || end > to) end = to;
      if (end > pos) {
        let level = root;
        let cell = pos;
        for (let i = 0; i < skip; i++) cell = text.indexOf(SEP, cell) + 1;
        for (let i = skip; i < k - 1; i++) {
          const tab = text.indexOf(SEP, cell);
          const part = text.slice(cell, tab);
          let next = level.get(part) as Level | undefined;
          if (!next) level.set(part, (next = new Map()));
          level = next;
          cell = tab + 1;
        }
        const tab = text.indexOf(SEP, cell);
        const last = text.slice(cell, tab);
        if (!level.has(last)) rows++;
        level.set(last, tab + 1);
      }
      pos = end + 1;
    }
    return rows;
  }

  /** The value cells of the row whose values start at `from`. */
  private values(from: number): readonly number[] {
    const text = this.text;
    const vals: number[] = new Array(this.valueCount);
    let start = from;
    for (let j = 0; j < this.valueCount; j++) {
      let to = j === this.valueCount - 1 ? text.indexOf('\n', start) : text.indexOf(SEP, start);
      if (to < 0) to = text.length;
      vals[j] = start === to ? NaN : Number(text.slice(start, to));
      start = to + 1;
    }
    return vals;
  }

  /** The row's values at `level.get(key)`, parsed and cached on first read. */
  private leaf(level: Level, key: string): readonly number[] | undefined {
    const v = level.get(key) as readonly number[] | number | undefined;
    if (typeof v !== 'number') return v;
    const vals = this.values(v);
    level.set(key, vals);
    return vals;
  }

  /** The parsed level of one region, parsing its block on first use. */
  private regionLevel(region: string): Level | undefined {
    let level = this.root.get(region) as Level | undefined;
    if (level === undefined) {
      const block = this.pending.get(region);
      if (!block) return undefined;
      level = new Map();
      this.parse(this.text, block[0], block[1], level, 1);
      this.root.set(region, level);
      this.pending.delete(region);
    }
    return level;
  }

  /** Parses every pending region (for full scans) and restores the file's sorted region order. */
  private parseAll(): void {
    if (this.pending.size === 0) return;
    for (const region of [...this.pending.keys()]) this.regionLevel(region);
    const sorted = [...this.root.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.root.clear();
    for (const [r, level] of sorted) this.root.set(r, level);
  }

  get size(): number {
    return this.count;
  }

  /** All value columns of the row with exactly these key parts. */
  row(...key: string[]): readonly number[] | undefined {
    return this.lookup(key);
  }

  /** The first value column (the price) of a row. */
  get(...key: string[]): number | undefined {
    const r = this.lookup(key);
    return r === undefined || r[0] !== r[0] ? undefined : r[0]; // r[0] !== r[0]: NaN, an empty cell
  }

  private lookup(key: readonly string[]): readonly number[] | undefined {
    const k = this.keyCount;
    if (key.length !== k) return undefined;
    let level: Level | undefined = this.pending.size > 0 ? this.regionLevel(key[0]) : (this.root.get(key[0]) as Level | undefined);
    if (k === 1) return this.leaf(this.root, key[0]);
    for (let i = 1; i < k - 1 && level !== undefined; i++) level = level.get(key[i]) as Level | undefined;
    return level === undefined ? undefined : this.leaf(level, key[k - 1]);
  }

  /**
   * Tiers of a tiered price: rows whose key is `prefix` plus a final 'tierStart' column (the quantity at
   * which the tier begins), sorted by start. Tier boundaries live in the data, not in code.
   */
  tiers(prefix: readonly string[]): readonly { start: number; price: number }[] {
    if (!this.tierIndex) {
      this.tierIndex = new Map();
      for (const [k, v] of this.entries()) {
        const p = k.slice(0, -1).join(SEP);
        let list = this.tierIndex.get(p);
        if (!list) this.tierIndex.set(p, (list = []));
        list.push({ start: Number(k[k.length - 1]), price: v[0] });
      }
      for (const list of this.tierIndex.values()) list.sort((a, b) => a.start - b.start);
    }
    return this.tierIndex.get(prefix.join(SEP)) ?? [];
  }

  /** The regions the table has a row for (first key column must be 'region'). */
  regions(): ReadonlySet<string> {
    if (!this.regionSet) {
      this.regionSet = new Set(this.meta.keys[0] === 'region' ? [...this.root.keys(), ...this.pending.keys()].sort() : []);
    }
    return this.regionSet;
  }

  /** Every row as key parts + values, in file (sorted) order; for summaries, advice scans and tests. */
  *entries(): IterableIterator<[readonly string[], readonly number[]]> {
    this.parseAll();
    const leaf = (level: Level, part: string) => this.leaf(level, part)!;
    const walk = function* (level: Level, depth: number, prefix: string[], k: number): IterableIterator<[readonly string[], readonly number[]]> {
      // Replacing a value that already exists (leaf() caching it) keeps the Map's iteration order.
      for (const [part, next] of level) {
        if (depth === k - 1) yield [[...prefix, part], leaf(level, part)];
        else yield* walk(next as Level, depth + 1, [...prefix, part], k);
      }
    };
    yield* walk(this.root, 0, [], this.keyCount);
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
