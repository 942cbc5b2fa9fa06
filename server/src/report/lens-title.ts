import type { ResourceCost } from '../pricing/cost';
import { monthly, unitPrice, usd } from '../pricing/money';

/**
 * The text of a code lens for one declaration (all its count/for_each instances). Short: a lens is
 * one glance. The hover carries the detail.
 */
export function lensTitle(instances: readonly ResourceCost[]): string {
  if (instances.length === 0) return '';
  const first = instances[0];
  const marker = first.gpu && first.gpu.count > 0 ? `${first.gpu.kind ?? 'GPU'} ×${first.gpu.count} · ` : '';
  const unknown = instances.find((c) => c.status === 'unknown');
  // An accelerator with an unknown price is still worth flagging: it is usually most of the bill.
  if (unknown) return `${marker}price unknown: ${brief(unknown.reason ?? 'see hover')}`;
  if (instances.every((c) => c.status === 'unsupported')) return `not priced yet (${first.resource.type})`;
  if (instances.every((c) => c.status === 'free')) return 'free';

  const total = instances.reduce((s, c) => s + (c.monthlyCost ?? 0), 0);
  const usage = instances.some((c) => hasOpenUsage(c));
  const approx = approximateRegion(first);
  const prefix = marker + (approx ? '≈ ' : '');
  const suffix = (usage ? ' + usage' : '') + (approx ? ` (${approx} price)` : '');

  if (total === 0 && usage) return `${prefix}usage-based: ${firstUnitPrice(first)}${approx ? ` (${approx} price)` : ''}`;
  if (instances.length === 1) return `${prefix}${monthly(total)}${suffix}`;
  const each = instances[0].monthlyCost ?? 0;
  const same = instances.every((c) => c.monthlyCost === each);
  const body = same ? `${instances.length} × ${usd(each)} = ${monthly(total)}` : `${instances.length} instances: ${monthly(total)}`;
  return `${prefix}${body}${suffix}`;
}

/** True when a usage-based component has no usage figure, so the total leaves it out. */
export function hasOpenUsage(c: ResourceCost): boolean {
  return c.components.some((k) => k.usageBased && k.monthlyQuantity === null && k.unitPrice !== null);
}

export function approximateRegion(c: ResourceCost): string | undefined {
  return c.components.find((k) => k.approximateRegion)?.approximateRegion?.used;
}

function firstUnitPrice(c: ResourceCost): string {
  const k = c.components.find((x) => x.usageBased && x.unitPrice !== null);
  return k ? `${unitPrice(k.unitPrice ?? 0)} per ${singular(k.unit)}` : 'usage';
}

/** "1M requests" → "1M requests"; "GB-months" → "GB-month"; "hours" → "hour". */
export function singular(unit: string): string {
  if (/^1[MK]\b|^\d/.test(unit)) return unit;
  return unit.replace(/s$/, '').replace(/s(-|$)/, '$1');
}

function brief(reason: string): string {
  const oneLine = reason.replace(/\s+/g, ' ');
  return oneLine.length > 70 ? oneLine.slice(0, 67) + '…' : oneLine;
}
