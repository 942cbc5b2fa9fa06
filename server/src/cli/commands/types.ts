import { cloudOf } from '../../formats/terraform/providers';
import type { Dialect } from '../../model/resource';
import { freeTypes, pricedTypes } from '../../pricing/catalog';
import { flag, oneOf, parseArgs, UsageError } from '../args';
import { renderTable } from '../table';

export const TYPES_HELP = 'costlens types [pattern] [--dialect terraform|cloudformation|kubernetes] [--format table|json]';

const DIALECTS: readonly Dialect[] = ['terraform', 'cloudformation', 'kubernetes'];

/** Where a type belongs for the counts: its cloud for Terraform (by provider prefix), else the dialect's own. */
function groupOf(dialect: Dialect, type: string): string {
  if (dialect === 'cloudformation') return 'aws';
  if (dialect === 'kubernetes') return 'kubernetes';
  return cloudOf(type) ?? type.split('_')[0];
}

interface Row {
  readonly dialect: Dialect;
  readonly group: string;
  readonly type: string;
  readonly status: 'priced' | 'free';
}

function catalogRows(dialects: readonly Dialect[]): Row[] {
  return dialects.flatMap((dialect) => [
    ...pricedTypes(dialect).map((type) => ({ dialect, group: groupOf(dialect, type), type, status: 'priced' as const })),
    ...freeTypes(dialect).map((type) => ({ dialect, group: groupOf(dialect, type), type, status: 'free' as const })),
  ]);
}

/** A glob where `*` is any run of characters, matched against the whole type name, case-insensitively. */
function globRegExp(pattern: string): RegExp {
  const body = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * `costlens types`: what the offline catalog knows. Without a pattern, counts of priced and free types per
 * dialect and cloud; with one (`azurerm_*`, `AWS::RDS::*`), each matching type and whether it is priced or free.
 * Types in neither list show "not priced yet" in the editor.
 */
export function types(argv: readonly string[], out: (s: string) => void): number {
  const args = parseArgs(['types', ...argv], { withValue: ['dialect', 'format'], boolean: [] });
  const format = oneOf(flag(args, 'format'), ['table', 'json'] as const, 'format', 'table');
  const dialectFlag = flag(args, 'dialect');
  const dialects = dialectFlag ? [oneOf(dialectFlag, DIALECTS, 'dialect', 'terraform')] : DIALECTS;
  if (args.positionals.length > 1) throw new UsageError('types takes at most one pattern');
  const pattern = args.positionals[0];
  const all = catalogRows(dialects);
  const rows = pattern ? all.filter((r) => globRegExp(pattern).test(r.type)) : all;

  if (format === 'json') {
    out(JSON.stringify({ version: 1, types: rows }, null, 2));
    return 0;
  }
  if (pattern) {
    if (rows.length === 0) {
      out(`No priced or free type matches "${pattern}": such resources show "not priced yet".`);
      return 0;
    }
    out(renderTable(['Type', 'Dialect', 'Status'], rows.map((r) => [r.type, r.dialect, r.status]), new Set()));
    return 0;
  }
  const counts = new Map<string, { dialect: Dialect; group: string; priced: number; free: number }>();
  for (const r of rows) {
    const key = `${r.dialect} ${r.group}`;
    const c = counts.get(key) ?? { dialect: r.dialect, group: r.group, priced: 0, free: 0 };
    c[r.status]++;
    counts.set(key, c);
  }
  const table = [...counts.values()].map((c) => [c.dialect, c.group, String(c.priced), String(c.free)]);
  out(renderTable(['Dialect', 'Cloud', 'Priced', 'Free'], table, new Set([2, 3])));
  return 0;
}
