import type { ResourceCost } from '../pricing/cost';
import { monthly } from '../pricing/money';
import { functionUnitEconomics, unitEconomicsMarkdown } from './unit-economics';

/**
 * Hover lines beyond the breakdown table that need more than the resource itself: a function's unit
 * economics (with its API and table) and an autoscaled workload's min–max range.
 */
export function hoverExtras(group: readonly ResourceCost[], unitCosts: readonly ResourceCost[]): string[] {
  const first = group[0];
  if (!first) return [];
  return [...unitEconomicsMarkdown(functionUnitEconomics(first, unitCosts)), ...hpaRange(first)];
}

/** Lens shows the HPA's minimum; the hover shows what the maximum would cost (cost scales with replicas). */
function hpaRange(c: ResourceCost): string[] {
  const min = c.resource.meta?.hpaMin;
  const max = c.resource.meta?.hpaMax;
  const replicas = c.resource.meta?.replicas;
  if (typeof min !== 'number' || typeof max !== 'number' || typeof replicas !== 'number' || replicas <= 0 || c.monthlyCost === null) return [];
  const perReplica = c.monthlyCost / replicas;
  const hpa = c.resource.meta?.hpaName;
  return [`**Autoscaled** by ${typeof hpa === 'string' ? `HPA \`${hpa}\`` : 'an HPA'}: ${min}–${max} replicas → ${monthly(perReplica * min)} – ${monthly(perReplica * max)} (the lens shows the minimum).`];
}
