import YAML from 'yaml';
import { getWithRetry, json, type RetryPolicy } from './http';
import { RefreshError, priceText, type FetchLike, type FetchedTable } from './types';

/**
 * Google Cloud: with an API key, the Cloud Billing Catalog API (Compute Engine service 6F81-5844-456A, paged with
 * nextPageToken); machine-type prices are vCPUs × the family's Core SKU + GiB × its Ram SKU, computed in exact
 * decimal (nanos) so nothing is rounded. Without a key, Cyclenerd's weekly pricing.yml, which lists machine types
 * directly.
 */

const COMPUTE_SERVICE = '6F81-5844-456A';

interface Money {
  units?: string;
  nanos?: number;
}
interface Sku {
  description: string;
  category: { resourceFamily: string; usageType: string };
  serviceRegions: string[];
  pricingInfo: { pricingExpression: { usageUnit: string; tieredRates: { startUsageAmount: number; unitPrice: Money }[] } }[];
}
interface SkuPage {
  skus: Sku[];
  nextPageToken?: string;
}

export interface GoogleContext {
  readonly catalogBase: string;
  readonly pricingYmlUrl: string;
  readonly apiKey?: string;
  readonly fetch: FetchLike;
  readonly policy: RetryPolicy;
  readonly regions?: readonly string[];
  readonly today: string;
  /** machineType → [vcpu, memoryGiB, gpus] from the base snapshot (needed to turn Core/Ram SKUs into prices). */
  readonly specs: ReadonlyMap<string, readonly number[]>;
  readonly progress: (message: string, fraction?: number) => void;
}

const COMPUTE = {
  id: 'google/compute',
  description: 'Compute Engine machine types per region: on-demand and spot',
  keys: ['region', 'machineType'],
  values: ['price', 'spot'],
  unit: 'USD per hour',
};

export async function fetchGoogle(ctx: GoogleContext): Promise<FetchedTable[]> {
  return ctx.apiKey ? [await fromCatalog(ctx)] : [await fromPricingYml(ctx)];
}

async function fromPricingYml(ctx: GoogleContext): Promise<FetchedTable> {
  ctx.progress('Google: pricing.yml');
  const doc = await getWithRetry(ctx.fetch, ctx.pricingYmlUrl, ctx.policy, async (res) => {
    const text = await res.text();
    try {
      return YAML.parse(text, { maxAliasCount: -1 }) as { about?: { generated?: string }; compute?: { instance?: Record<string, { cost?: Record<string, { hour?: number; hour_spot?: number }> }> } };
    } catch (e) {
      throw new RefreshError(`corrupt pricing.yml: ${(e as Error).message.split('\n')[0]}`, ctx.pricingYmlUrl);
    }
  });
  const instances = doc?.compute?.instance;
  if (!instances || typeof instances !== 'object') throw new RefreshError('corrupt pricing.yml: no compute.instance section', ctx.pricingYmlUrl);
  const rows: string[][] = [];
  const regions = new Set<string>();
  for (const [type, m] of Object.entries(instances)) {
    for (const [region, c] of Object.entries(m.cost ?? {})) {
      if (c.hour === undefined || (ctx.regions && !ctx.regions.includes(region))) continue;
      rows.push([region, type, priceText(c.hour, `${region} ${type}`), c.hour_spot === undefined ? '' : priceText(c.hour_spot, `${region} ${type} spot`)]);
      regions.add(region);
    }
  }
  const generated = Date.parse(doc.about?.generated ?? '');
  const date = Number.isNaN(generated) ? ctx.today : new Date(generated).toISOString().slice(0, 10);
  return { ...COMPUTE, source: { repo: 'Cyclenerd/google-cloud-pricing-cost-calculator', path: ctx.pricingYmlUrl, date, license: 'Apache-2.0' }, regions, rows };
}

/** nanos-exact decimal: BigInt count of 1e-9 USD. */
function nanos(m: Money): bigint {
  return BigInt(m.units ?? '0') * 1_000_000_000n + BigInt(m.nanos ?? 0);
}

/** x (a decimal like 3.75) × p nanos, exact; returns 1e-9 × 1e6 units (x scaled by 1e6). */
function times(x: number, p: bigint): bigint {
  const scaled = BigInt(Math.round(x * 1_000_000));
  if (Number(scaled) / 1_000_000 !== x) throw new RefreshError(`cannot multiply ${x} exactly`);
  return scaled * p;
}

function decimal(v: bigint, scale: number): string {
  const s = v.toString().padStart(scale + 1, '0');
  const out = `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/0+$/, '').replace(/\.$/, '');
  return out;
}

async function fromCatalog(ctx: GoogleContext): Promise<FetchedTable> {
  // family → region → {core, ram, spotCore, spotRam}
  const prices = new Map<string, Map<string, Record<string, bigint>>>();
  let token: string | undefined;
  let page = 0;
  do {
    page++;
    ctx.progress(`Google Cloud Billing Catalog: page ${page}`);
    const url = `${ctx.catalogBase}/services/${COMPUTE_SERVICE}/skus?currencyCode=USD&key=${encodeURIComponent(ctx.apiKey!)}${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`;
    const data: SkuPage = await getWithRetry(ctx.fetch, url, ctx.policy, (res) => json<SkuPage>(res, `Billing Catalog page ${page}`));
    if (!data || !Array.isArray(data.skus)) throw new RefreshError(`corrupt Billing Catalog page ${page}: no "skus" array`);
    for (const sku of data.skus) collectSku(sku, prices);
    token = data.nextPageToken || undefined;
  } while (token);

  const rows: string[][] = [];
  const regions = new Set<string>();
  for (const [type, [vcpu, mem, gpus]] of ctx.specs) {
    const family = type.split('-')[0];
    if (gpus > 0 || !prices.has(family)) continue;
    for (const [region, p] of prices.get(family)!) {
      if (ctx.regions && !ctx.regions.includes(region)) continue;
      if (p.core === undefined || p.ram === undefined) continue;
      const od = times(vcpu, p.core) + times(mem, p.ram);
      const spot = p.spotCore !== undefined && p.spotRam !== undefined ? times(vcpu, p.spotCore) + times(mem, p.spotRam) : undefined;
      rows.push([region, type, decimal(od, 15), spot === undefined ? '' : decimal(spot, 15)]);
      regions.add(region);
    }
  }
  return {
    ...COMPUTE,
    source: { repo: 'Google Cloud Billing Catalog API', path: `${ctx.catalogBase}/services/${COMPUTE_SERVICE}/skus (vCPU × Core + GiB × Ram)`, date: ctx.today },
    regions,
    rows,
  };
}

const SKU = /^(Spot Preemptible )?(\w+)(?: AMD| Intel| Arm)? Instance (Core|Ram) running in /;

function collectSku(sku: Sku, prices: Map<string, Map<string, Record<string, bigint>>>): void {
  if (sku.category?.resourceFamily !== 'Compute') return;
  const m = SKU.exec(sku.description ?? '');
  if (!m || /Custom|Extended|Sole Tenancy|Commitment/i.test(sku.description)) return;
  const spot = !!m[1] || sku.category.usageType === 'Preemptible';
  if (!spot && sku.category.usageType !== 'OnDemand') return;
  const rate = sku.pricingInfo?.[0]?.pricingExpression?.tieredRates?.at(-1)?.unitPrice;
  if (!rate) return;
  const family = m[2].toLowerCase();
  const field = `${spot ? 'spot' : ''}${m[3] === 'Core' ? (spot ? 'Core' : 'core') : spot ? 'Ram' : 'ram'}`;
  let byRegion = prices.get(family);
  if (!byRegion) prices.set(family, (byRegion = new Map()));
  for (const region of sku.serviceRegions ?? []) {
    let p = byRegion.get(region);
    if (!p) byRegion.set(region, (p = {}));
    if (p[field] === undefined) p[field] = nanos(rate);
  }
}
