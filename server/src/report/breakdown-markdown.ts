import type { Snapshot } from '../pricing/snapshot';
import type { ResourceCost } from '../pricing/cost';
import { monthly, quantity, unitPrice, usd } from '../pricing/money';
import { singular } from './lens-title';

/**
 * The breakdown of one resource (all its instances) as Markdown: the hover, the breakdown view and the
 * CLI's markdown format all use it, so every surface says the same thing.
 */
export function breakdownMarkdown(instances: readonly ResourceCost[], snapshot: Snapshot, extra: readonly string[] = []): string {
  if (instances.length === 0) return '';
  const c = instances[0];
  const r = c.resource;
  const lines: string[] = [];
  const n = instances.length;
  const total = instances.reduce((s, x) => s + (x.monthlyCost ?? 0), 0);
  const head = n > 1 ? `**${r.declaration}** (${n} instances)` : `**${r.address}**`;
  lines.push(`${head} — ${headline(c, total, n)}`, '');
  if (c.status === 'unknown') lines.push(`Price unknown: ${escape(c.reason ?? '')}`, '');
  if (c.status === 'unsupported') lines.push(`\`${r.type}\` is not priced yet.`, '');
  if (c.status === 'free') lines.push(`Free: ${escape(c.reason ?? 'costs nothing by itself')}.`, '');

  if (c.components.length > 0) {
    lines.push(n > 1 ? `Per instance (\`${r.address}\`):` : '', '');
    lines.push('| Component | Quantity | Unit | Unit price | Monthly |', '|---|--:|---|--:|--:|');
    for (const k of c.components) {
      const q = k.monthlyQuantity === null ? (k.usageBased ? 'usage' : '?') : quantity(k.monthlyQuantity);
      const p = k.unitPrice === null ? '?' : unitPrice(k.unitPrice);
      const m = k.monthlyCost === null ? (k.unknownReason ? `unknown: ${escape(k.unknownReason)}` : `${p} per ${singular(k.unit)}`) : usd(k.monthlyCost);
      const approx = k.approximateRegion ? ` (≈ ${k.approximateRegion.used} price; ${k.approximateRegion.wanted} not in the offline snapshot — run **costlens: Refresh Prices**)` : '';
      lines.push(`| ${escape(k.name)}${approx} | ${q} | ${escape(k.unit)} | ${p} | ${m} |`);
    }
    if (c.monthlyCost !== null) lines.push(`| **Total** | | | | **${usd(c.monthlyCost)}** |`);
    lines.push('');
  }
  if (c.gpu && c.gpu.count > 0) lines.push(`${c.gpu.kind ?? 'GPU'}: ${c.gpu.count}${c.gpu.model ? ` × ${c.gpu.model}` : ''} accelerator${c.gpu.count > 1 ? 's' : ''} per instance.`, '');

  const read = c.assumptions.filter((a) => a.source === 'attribute').map((a) => `\`${a.label}\` = ${escape(a.value)}`);
  const assumed = c.assumptions
    .filter((a) => a.source !== 'attribute')
    .map((a) => `${escape(a.label)} = ${escape(a.value)}${a.note ? ` (${escape(a.note)})` : ''}`);
  if (read.length > 0) lines.push(`Read: ${read.join(', ')}`, '');
  if (assumed.length > 0) lines.push(`Assumed: ${assumed.join('; ')}`, '');
  for (const e of extra) lines.push(e, '');
  lines.push(provenance(c, snapshot));
  return lines.join('\n');
}

function headline(c: ResourceCost, total: number, n: number): string {
  if (c.status === 'unknown') return 'price unknown';
  if (c.status === 'unsupported') return 'not priced yet';
  if (c.status === 'free') return 'free';
  // Hourly figures are small: keep their significant digits ($0.099288/h, not $0.10/h).
  const hourly = c.hourlyCost !== null && c.hourlyCost > 0 ? ` (${unitPrice(c.hourlyCost)}/h${n > 1 ? ' each' : ''})` : '';
  return `${monthly(total)}${hourly}`;
}

/** Which tables priced this resource, from which source, as of which date. */
export function provenance(c: ResourceCost, snapshot: Snapshot): string {
  const tables = [...new Set(c.components.map((k) => k.priceTable).filter((t): t is string => !!t))];
  if (tables.length === 0) return `_Prices as of ${snapshot.pricesAsOf} (${snapshot.origin} snapshot)._`;
  const parts = tables.map((t) => {
    const m = snapshot.manifest.tables[t];
    if (!m) return t;
    const src = m.sources.map((s) => s.repo).join(', ');
    return `${t} — ${src}, ${m.sourceDate}`;
  });
  return `_Prices: ${parts.join('; ')} (${snapshot.origin} snapshot)._`;
}

function escape(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
