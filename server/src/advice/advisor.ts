import type { Resource } from '../model/resource';
import { isList, isObject, type Value } from '../model/value';
import type { ResourceCost } from '../pricing/cost';
import { priceResource, type PricingEnv } from '../pricing/engine';
import { valueAt } from '../pricing/resource-reader';
import { COUNT_RULES, RULES, type AdviceRule, type AdviceTarget, type CountRule } from './rules';

/** A cheaper alternative for one declaration (all its instances), with the saving from the snapshot. */
export interface Suggestion {
  readonly ruleId: string;
  readonly title: string;
  readonly path: string;
  readonly current: string;
  readonly next: string;
  /** The attribute is absent and the fix adds it. */
  readonly adds: boolean;
  readonly monthlySaving: number;
  readonly newMonthlyCost: number;
  readonly judgement?: string;
}

const NON_PROD = /(^|[^a-z])(dev|development|test|testing|staging|stage|sandbox|qa|demo|nonprod|non-prod|preview)([^a-z]|$)/i;

/** Suggestions for a declaration, best saving first; only prices known in the resource's own region count. */
export function suggest(instances: readonly ResourceCost[], env: PricingEnv, rules: readonly AdviceRule[] = RULES): Suggestion[] {
  const first = instances[0];
  if (!first || first.status !== 'priced' || first.monthlyCost === null || approximate(first)) return [];
  const out: Suggestion[] = [];
  for (const rule of rules) {
    if (rule.nonProductionOnly && !looksNonProduction(first.resource)) continue;
    for (const target of rule.targets) {
      if (!matches(target, first.resource)) continue;
      const raw = valueAt(first.resource.attributes, target.path);
      const current = raw === undefined || raw === null ? target.implied : scalar(raw);
      if (current === undefined) continue;
      for (const next of rule.candidates(current)) {
        let saving = 0;
        let newTotal = 0;
        let ok = true;
        for (const c of instances) {
          const alt = priceResource(withAttribute(c.resource, target.path, next), env);
          if (alt.status !== 'priced' || alt.monthlyCost === null || approximate(alt) || c.monthlyCost === null) {
            ok = false;
            break;
          }
          saving += c.monthlyCost - alt.monthlyCost;
          newTotal += alt.monthlyCost;
        }
        if (!ok || saving < 0.005) continue;
        const judgement = rule.judgement ? ` (${rule.judgement})` : '';
        out.push({
          ruleId: rule.id,
          title: `${rule.describe(next)} — saves ${money(saving)}/mo${judgement}`,
          path: target.path,
          current,
          next,
          adds: raw === undefined || raw === null,
          monthlySaving: saving,
          newMonthlyCost: newTotal,
          judgement: rule.judgement,
        });
        break; // the best candidate per rule and target is enough; more would crowd the menu
      }
    }
  }
  out.push(...suggestCount(instances));
  return out.sort((a, b) => b.monthlySaving - a.monthlySaving);
}

/** Count rules: keep the first `keep` instances; the saving is what the others cost. */
function suggestCount(instances: readonly ResourceCost[], rules: readonly CountRule[] = COUNT_RULES): Suggestion[] {
  const first = instances[0];
  const out: Suggestion[] = [];
  for (const rule of rules) {
    if (first.resource.dialect !== rule.dialect || !rule.types.includes(first.resource.type)) continue;
    if (instances.length <= rule.keep || (rule.nonProductionOnly && !looksNonProduction(first.resource))) continue;
    if (instances.some((c) => c.monthlyCost === null || approximate(c))) continue;
    const dropped = instances.slice(rule.keep);
    const saving = dropped.reduce((s, c) => s + (c.monthlyCost ?? 0), 0);
    if (saving < 0.005) continue;
    out.push({
      ruleId: rule.id,
      title: `${rule.describe(instances.length)} — saves ${money(saving)}/mo`,
      path: 'count',
      current: String(instances.length),
      next: String(rule.keep),
      adds: false,
      monthlySaving: saving,
      newMonthlyCost: instances.slice(0, rule.keep).reduce((s, c) => s + (c.monthlyCost ?? 0), 0),
    });
  }
  return out;
}

function money(n: number): string {
  return '$' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function approximate(c: ResourceCost): boolean {
  return c.components.some((k) => k.approximateRegion !== undefined);
}

function matches(t: AdviceTarget, r: Resource): boolean {
  return t.dialect === r.dialect && t.types.includes(r.type);
}

function scalar(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function looksNonProduction(r: Resource): boolean {
  if (NON_PROD.test(r.address)) return true;
  for (const key of ['tags', 'Tags', 'labels']) {
    const tags = r.attributes[key];
    if (isObject(tags)) for (const v of Object.values(tags)) if (typeof v === 'string' && NON_PROD.test(v)) return true;
    if (isList(tags)) for (const t of tags) if (isObject(t) && typeof t.Value === 'string' && NON_PROD.test(t.Value)) return true;
  }
  const name = r.attributes.name ?? r.attributes.identifier;
  return typeof name === 'string' && NON_PROD.test(name);
}

/** A copy of the resource with one attribute replaced (typed like the original: 'false' → false). */
export function withAttribute(r: Resource, path: string, value: string): Resource {
  const typed: Value = value === 'true' ? true : value === 'false' ? false : value;
  return { ...r, attributes: setAt(r.attributes, path.split('.'), typed) as Record<string, Value> };
}

function setAt(node: Value | undefined, parts: readonly string[], value: Value): Value {
  if (parts.length === 0) return value;
  const [head, ...rest] = parts;
  const index = Number(head);
  if (Number.isInteger(index) && (isList(node) || node === undefined || node === null)) {
    const list = isList(node) ? [...node] : [];
    list[index] = setAt(list[index], rest, value);
    return list;
  }
  const obj: Record<string, Value> = isObject(node) ? { ...node } : {};
  obj[head] = setAt(obj[head], rest, value);
  return obj;
}
