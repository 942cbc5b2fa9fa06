import type { Cloud, Resource } from '../model/resource';
import { isUnknown, Unknown } from '../model/value';
import type { Assumption, CostComponent, ResourceCost } from './cost';
import type { ComponentSpec, FamilyContext, FamilyOutput, PriceQuery } from './family';
import { findFamily, isFreeType } from './catalog';
import { nearestRegion, normalizeAzureRegion } from './regions';
import { ResourceReader } from './resource-reader';
import type { PriceTable, Snapshot } from './snapshot';
import { NO_USAGE, UsageReader, type UsageData } from './usage';

export const HOURS_PER_MONTH = 730;

export interface PricingEnv {
  readonly snapshot: Snapshot;
  readonly defaultRegions: Readonly<Record<Cloud, string>>;
  readonly usage?: UsageData;
  readonly hoursPerMonth?: number;
}

/** Prices one resource. Never throws: whatever goes wrong becomes status 'unknown' with a reason. */
export function priceResource(resource: Resource, env: PricingEnv): ResourceCost {
  const family = findFamily(resource.dialect, resource.type);
  if (!family) {
    if (isFreeType(resource.dialect, resource.type)) return fixed(resource, 'free', 'costs nothing by itself');
    return fixed(resource, 'unsupported', `${resource.type} is not priced yet`);
  }
  const reader = new ResourceReader(resource);
  const cloud: Cloud = family.cloud === 'kubernetes' ? (resource.cloud ?? 'aws') : family.cloud;
  const region = resolveRegion(resource, cloud, env, reader.assumptions);
  if (isUnknown(region)) return unknownCost(resource, region.reason, reader.assumptions);

  const ctx: FamilyContext = {
    region,
    hoursPerMonth: env.hoursPerMonth ?? HOURS_PER_MONTH,
    usage: new UsageReader(env.usage ?? NO_USAGE, resource.address, resource.type, reader.assumptions),
    lookupRow: (table, ...key) => regionalRow(env.snapshot.table(table), region, key, cloud),
  };
  let out: FamilyOutput;
  try {
    out = family.price(reader, ctx);
  } catch (e) {
    return unknownCost(resource, `internal error while pricing ${resource.type}: ${(e as Error).message}`, reader.assumptions);
  }
  if (out.free) return { ...fixed(resource, 'free', out.free), assumptions: reader.assumptions, region };

  const components = out.components.map((c) => resolveComponent(c, region, env.snapshot, cloud));
  return summarize(resource, components, reader.assumptions, region, out.gpu, priceDate(out.components, env.snapshot));
}

function resolveRegion(resource: Resource, cloud: Cloud, env: PricingEnv, sink: Assumption[]): string | Unknown {
  if (isUnknown(resource.region)) return new Unknown(`region: ${resource.region.reason}`, resource.region.range);
  if (typeof resource.region === 'string' && resource.region !== '') {
    // Azure users write display names ("West Europe"); prices are keyed by armRegionName (westeurope).
    const region = cloud === 'azure' ? normalizeAzureRegion(resource.region) : resource.region;
    sink.push({ label: 'region', value: region, source: 'provider', note: resource.regionSource });
    return region;
  }
  const region = cloud === 'azure' ? normalizeAzureRegion(env.defaultRegions[cloud]) : env.defaultRegions[cloud];
  sink.push({ label: 'region', value: region, source: 'setting', note: 'default region (costlens.defaultRegion)' });
  return region;
}

function resolveComponent(spec: ComponentSpec, region: string, snapshot: Snapshot, cloud: Cloud | undefined): CostComponent {
  // Plain object literals, not spreads: this runs for every component of every resource on every keystroke.
  const usageBased = spec.usageBased ?? false;
  const fail = (reason: string, unitPrice: number | null = null, approximateRegion?: CostComponent['approximateRegion'], priceTable?: string): CostComponent => ({
    name: spec.name,
    unit: spec.unit,
    usageBased,
    monthlyQuantity: null,
    unitPrice,
    monthlyCost: null,
    unknownReason: reason,
    approximateRegion,
    priceTable,
  });
  if (isUnknown(spec.price)) return fail(spec.price.reason);
  const q = spec.price;
  const table = snapshot.table(q.table);
  if (!table) return fail(`no price table ${q.table} in the snapshot`);

  const regional = table.meta.keys[0] === 'region';
  const wanted = q.region ?? region;
  let usedRegion = wanted;
  let approximateRegion: CostComponent['approximateRegion'];
  if (regional && !table.regions().has(wanted)) {
    const near = nearestRegion(wanted, table.regions(), cloud);
    if (!near) return fail(`no prices for ${wanted}`);
    usedRegion = near;
    approximateRegion = { used: near, wanted };
  }
  const keyParts = regional ? [usedRegion, ...q.key] : (q.key as string[]);
  const factor = q.factor ?? 1;
  let unitPrice: number;
  let tiers: readonly { start: number; price: number }[] | undefined;
  if (q.tiered) {
    tiers = table.tiers(keyParts);
    if (tiers.length === 0) return fail(noPrice(q, usedRegion));
    unitPrice = tiers[0].price * factor;
  } else {
    const price = table.get(...keyParts);
    if (price === undefined) return fail(noPrice(q, usedRegion));
    unitPrice = price * factor;
  }
  const quantity = spec.quantity;
  if (isUnknown(quantity)) return fail(quantity.reason, unitPrice, approximateRegion, q.table);
  const monthlyCost = quantity === undefined ? null : tiers ? tieredCost(quantity, tiers) * factor : quantity * unitPrice;
  return {
    name: spec.name,
    unit: spec.unit,
    usageBased,
    monthlyQuantity: quantity === undefined ? null : quantity,
    unitPrice,
    monthlyCost,
    unknownReason: undefined,
    approximateRegion,
    priceTable: q.table,
  };
}

function noPrice(q: PriceQuery, region: string): string {
  return `no ${q.table} price for ${q.key.join(' ')} in ${region}`;
}

/** Cost of a quantity across tiers that start at the given quantities (the first tier starts at 0). */
export function tieredCost(quantity: number, tiers: readonly { start: number; price: number }[]): number {
  let cost = 0;
  for (let i = 0; i < tiers.length; i++) {
    const start = tiers[i].start;
    const end = i + 1 < tiers.length ? tiers[i + 1].start : Infinity;
    if (quantity <= start) break;
    cost += (Math.min(quantity, end) - start) * tiers[i].price;
  }
  return cost;
}

function regionalRow(table: PriceTable | undefined, region: string, key: string[], cloud: Cloud): readonly number[] | undefined {
  if (!table) return undefined;
  if (table.meta.keys[0] !== 'region') return table.row(...key);
  const r = table.regions().has(region) ? region : nearestRegion(region, table.regions(), cloud);
  return r === undefined ? undefined : table.row(r, ...key);
}

function priceDate(specs: readonly ComponentSpec[], snapshot: Snapshot): string | undefined {
  let oldest: string | undefined;
  for (const s of specs) {
    if (isUnknown(s.price)) continue;
    const d = snapshot.manifest.tables[s.price.table]?.sourceDate;
    if (d && (!oldest || d < oldest)) oldest = d;
  }
  return oldest;
}

function summarize(
  resource: Resource,
  components: CostComponent[],
  assumptions: Assumption[],
  region: string,
  gpu: FamilyOutput['gpu'],
  date: string | undefined,
): ResourceCost {
  let known = 0;
  let firstUnknown: string | undefined;
  let allUsage = components.length > 0;
  for (const c of components) {
    if (c.monthlyCost !== null) known += c.monthlyCost;
    if (c.unknownReason !== undefined && firstUnknown === undefined) firstUnknown = c.unknownReason;
    if (!(c.usageBased && c.monthlyQuantity === null && c.unknownReason === undefined) && !(c.usageBased && c.monthlyCost === 0)) allUsage = false;
  }
  const common = { resource, components, assumptions, region, gpu, priceDate: date, partialMonthlyCost: known };
  if (firstUnknown !== undefined) return { ...common, status: 'unknown', reason: firstUnknown, monthlyCost: null, hourlyCost: null };
  const hourly = known / HOURS_PER_MONTH;
  return { ...common, status: allUsage ? 'usage' : 'priced', monthlyCost: known, hourlyCost: hourly };
}

function fixed(resource: Resource, status: 'free' | 'unsupported', reason: string): ResourceCost {
  const monthly = status === 'free' ? 0 : null;
  return { resource, status, reason, monthlyCost: monthly, hourlyCost: monthly, partialMonthlyCost: 0, components: [], assumptions: [] };
}

function unknownCost(resource: Resource, reason: string, assumptions: Assumption[]): ResourceCost {
  return { resource, status: 'unknown', reason, monthlyCost: null, hourlyCost: null, partialMonthlyCost: 0, components: [], assumptions };
}
