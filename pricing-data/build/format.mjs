// Validation and serialisation shared by build.mjs and the tests: one place decides what a table file looks like.

const BAD_CELL = /[\t\n\r]/;

/** Sorts rows by their key cells, cell by cell, with plain code-unit comparison (locale-independent). */
export function sortRows(rows, keyCount) {
  const n = keyCount ?? Infinity;
  return [...rows].sort((a, b) => {
    for (let i = 0; i < Math.min(n, a.length, b.length); i++) {
      if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
  });
}

export function validateTable(def, rows) {
  if (typeof def.build !== 'function' && !Array.isArray(def.rows)) throw new Error(`table ${def.id ?? '?'} (${def.module}): needs build(ctx) or rows`);
  for (const f of ['id', 'description', 'keys', 'values', 'unit', 'sources']) {
    if (def[f] === undefined) throw new Error(`table ${def.id ?? '?'} (${def.module}): missing '${f}'`);
  }
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(def.id)) throw new Error(`table id '${def.id}' must be '<provider>/<kebab-name>'`);
  if (!def.sources.length || def.sources.some((s) => !s.repo || !s.path || !/^\d{4}-\d{2}-\d{2}$/.test(s.date))) {
    throw new Error(`${def.id}: every source needs repo, path and date (YYYY-MM-DD)`);
  }
  const width = def.keys.length + def.values.length;
  const seen = new Set();
  for (const r of rows) {
    if (r.length !== width) throw new Error(`${def.id}: row ${JSON.stringify(r)} has ${r.length} cells, expected ${width}`);
    for (const c of r) if (typeof c !== 'string' || BAD_CELL.test(c)) throw new Error(`${def.id}: bad cell ${JSON.stringify(c)}`);
    for (let i = def.keys.length; i < width; i++) {
      if (r[i] !== '' && !Number.isFinite(Number(r[i]))) throw new Error(`${def.id}: value '${r[i]}' is not a number`);
    }
    const key = r.slice(0, def.keys.length).join('\t');
    if (seen.has(key)) throw new Error(`${def.id}: duplicate key ${JSON.stringify(key)}`);
    seen.add(key);
  }
  if (rows.length === 0) throw new Error(`${def.id}: no rows (is the sources dir complete?)`);
}

export function toTsv(def, rows) {
  return [[...def.keys, ...def.values].join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
}

export function tableMeta(def, rowCount) {
  const sources = def.sources.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)));
  return {
    file: `${def.id}.tsv`,
    description: def.description,
    keys: def.keys,
    values: def.values,
    unit: def.unit,
    currency: 'USD',
    sources,
    sourceDate: sources.map((s) => s.date).sort()[0],
    rows: rowCount,
  };
}

/** JSON with object keys sorted at every level and 2-space indentation, so the manifest diffs cleanly. */
export function stableJson(value) {
  const sortKeys = (v) => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
    return v;
  };
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}
