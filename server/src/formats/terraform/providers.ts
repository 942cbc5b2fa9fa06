import type { Cloud } from '../../model/resource';
import { isUnknown, type Value } from '../../model/value';
import { literalValue, traversalOf, type Block, type Expression } from './ast';
import { evaluate, type EvalScope } from './evaluator/expression';

/** The region a provider configuration gives its resources, and how the hover should describe it. */
export interface ProviderRegion {
  readonly region?: Value;
  readonly source?: string;
}

/** Provider configurations visible in one module instance: 'aws' or 'aws.west' → region. */
export type ProviderMap = ReadonlyMap<string, ProviderRegion>;

const CLOUDS: readonly [string, Cloud][] = [
  ['aws', 'aws'],
  ['google', 'google'],
  ['google-beta', 'google'],
  ['azurerm', 'azure'],
];

/** The provider local name a resource type belongs to by default: the prefix before the first '_'. */
export function defaultProviderName(type: string): string {
  return type.split('_')[0];
}

export function cloudOf(type: string): Cloud | undefined {
  const name = defaultProviderName(type);
  return CLOUDS.find(([n]) => n === name)?.[1];
}

/**
 * Provider blocks of a module on top of what the caller passed down. A module's own provider blocks (a
 * legacy pattern, still common) override inherited configurations of the same key.
 */
export function providerConfigs(blocks: readonly Block[], scope: EvalScope, inherited: ProviderMap): ProviderMap {
  const out = new Map(inherited);
  for (const block of blocks) {
    const name = block.labels[0]?.value;
    if (!name) continue;
    const aliasAttr = block.body.attributes.find((a) => a.name === 'alias');
    const alias = aliasAttr ? literalValue(aliasAttr.expr) : undefined;
    const key = typeof alias === 'string' ? `${name}.${alias}` : name;
    out.set(key, regionOfProvider(block, key, scope));
  }
  return out;
}

function regionOfProvider(block: Block, key: string, scope: EvalScope): ProviderRegion {
  const region = block.body.attributes.find((a) => a.name === 'region');
  if (region) return { region: evaluate(region.expr, scope), source: `provider "${key}" block` };
  const zone = block.body.attributes.find((a) => a.name === 'zone');
  if (zone) return { region: zoneToRegion(evaluate(zone.expr, scope)), source: `zone in provider "${key}" block` };
  return {};
}

/** Google zones are the region plus a suffix: europe-west4-a → europe-west4. */
export function zoneToRegion(zone: Value): Value {
  if (typeof zone !== 'string') return zone;
  return /^[a-z]+-[a-z]+\d+-[a-z]$/.test(zone) ? zone.replace(/-[a-z]$/, '') : zone;
}

/**
 * What a child module sees: the caller's default (unaliased) configurations, plus the `providers = { aws =
 * aws.west }` mapping of the module block, which may also rename aliased configurations.
 */
export function childProviders(parent: ProviderMap, providersExpr: Expression | undefined): ProviderMap {
  const out = new Map<string, ProviderRegion>();
  for (const [k, v] of parent) if (!k.includes('.')) out.set(k, v);
  if (providersExpr?.kind !== 'Object') return out;
  for (const item of providersExpr.items) {
    const childKey = providerKey(item.key);
    const parentKey = providerKey(item.value);
    if (!childKey || !parentKey) continue;
    out.set(childKey, parent.get(parentKey) ?? {});
  }
  return out;
}

function providerKey(expr: Expression): string | undefined {
  const lit = literalValue(expr);
  if (typeof lit === 'string') return lit;
  const t = traversalOf(expr.kind === 'Parens' ? expr.expr : expr);
  if (!t) return undefined;
  return [t.root, ...t.steps.map((s) => (s.kind === 'attr' ? s.name : String(s.key)))].join('.');
}

/**
 * A resource's region: its own location/region/zone attribute first (Azure always, Google often, AWS
 * provider v6 too), then the provider configuration it uses (`provider = aws.west` or the default one).
 * Undefined region means "use the default region", which pricing reports as such.
 */
export function resourceRegion(
  type: string,
  attributes: Readonly<Record<string, Value>>,
  providerExpr: Expression | undefined,
  providers: ProviderMap,
): ProviderRegion {
  const cloud = cloudOf(type);
  if (cloud === 'azure' && attributes.location !== undefined && attributes.location !== null) {
    return { region: normalizeAzure(attributes.location), source: 'location attribute' };
  }
  if (attributes.region !== undefined && attributes.region !== null && typeof attributes.region !== 'object') {
    return { region: attributes.region, source: 'region attribute' };
  }
  if (isUnknown(attributes.region)) return { region: attributes.region, source: 'region attribute' };
  if (cloud === 'google' && typeof attributes.zone === 'string')
    return { region: zoneToRegion(attributes.zone), source: 'zone attribute' };
  // GKE clusters and node pools, Cloud Run, Cloud SQL replicas …: `location` is a region or a zone. Multi-region
  // locations such as "US" (buckets) are not regions; those families read them themselves.
  if (cloud === 'google' && typeof attributes.location === 'string' && GOOGLE_REGION_OR_ZONE.test(attributes.location))
    return { region: zoneToRegion(attributes.location), source: 'location attribute' };
  const key = providerExpr ? providerKey(providerExpr) : defaultProviderName(type);
  const config = key ? providers.get(key) : undefined;
  return config ?? {};
}

const GOOGLE_REGION_OR_ZONE = /^[a-z]+-[a-z]+\d+(-[a-z])?$/;

/** Azure accepts display names ("West Europe"); prices are keyed by the programmatic name (westeurope). */
function normalizeAzure(location: Value): Value {
  return typeof location === 'string' ? location.toLowerCase().replace(/\s+/g, '') : location;
}
