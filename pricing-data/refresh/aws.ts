import { getWithRetry, json, lines, type RetryPolicy } from './http';
import { parseCsvLine } from './csv';
import { RefreshError, priceText, type FetchLike, type FetchedTable } from './types';

/**
 * AWS Price List Bulk API: offer index (/offers/v1.0/aws/index.json) → the service's region index
 * (currentRegionIndexUrl) → one regional offer file per region. We read the CSV flavour of the regional file
 * (same URL with .csv), which streams line by line and is filtered to the rows the catalog uses while it arrives.
 */

interface OfferIndex {
  offers: Record<string, { offerCode: string; currentRegionIndexUrl?: string }>;
}
interface RegionIndex {
  publicationDate?: string;
  regions: Record<string, { regionCode: string; currentVersionUrl: string }>;
}

/** A service: which offer, and how matching CSV rows become table rows. */
interface ServiceSpec {
  readonly offerCode: string;
  readonly tables: readonly TableSpec[];
}
interface TableSpec {
  readonly id: string;
  readonly description: string;
  readonly keys: readonly string[];
  readonly unit: string;
  /** Key cells after the region for a CSV row it wants, or undefined to skip the row. */
  readonly pick: (r: (col: string) => string) => string[] | undefined;
}

const EBS_METRIC: Record<string, string> = { 'GB-Mo': 'storage', 'IOPS-Mo': 'iops', 'GiBps-mo': 'throughput' };
const RDS_ENGINE: Record<string, string> = {
  MySQL: 'mysql',
  PostgreSQL: 'postgres',
  MariaDB: 'mariadb',
  'Aurora MySQL': 'aurora-mysql',
  'Aurora PostgreSQL': 'aurora-postgresql',
};
const RDS_DEPLOYMENT: Record<string, string> = { 'Single-AZ': 'single-az', 'Multi-AZ': 'multi-az', 'Multi-AZ (readable standbys)': 'multi-az-readable-standbys' };

export const AWS_SERVICES: Record<string, ServiceSpec> = {
  ec2: {
    offerCode: 'AmazonEC2',
    tables: [
      {
        id: 'aws/ec2-ondemand',
        description: 'EC2 on-demand Linux, shared tenancy, per instance type and region (AWS Price List Bulk API)',
        keys: ['region', 'instanceType'],
        unit: 'USD per hour',
        pick: (r) =>
          r('TermType') === 'OnDemand' &&
          // 'Compute Instance (bare metal)' is the family of the *.metal sizes.
          r('Product Family').startsWith('Compute Instance') &&
          r('Operating System') === 'Linux' &&
          r('Tenancy') === 'Shared' &&
          r('Pre Installed S/W') === 'NA' &&
          r('CapacityStatus') === 'Used' &&
          r('Unit') === 'Hrs'
            ? [r('Instance Type')]
            : undefined,
      },
    ],
  },
  ebs: {
    offerCode: 'AmazonEC2',
    tables: [
      {
        id: 'aws/ebs',
        description: 'EBS volumes per region (AWS Price List Bulk API)',
        keys: ['region', 'volumeType', 'metric'],
        unit: 'USD per GB-month (storage), IOPS-month (iops), GiBps-month (throughput)',
        pick: (r) => {
          const vol = r('Volume API Name');
          const metric = EBS_METRIC[r('Unit')];
          // Tiered io2 IOPS rows carry a StartingRange; only the first tier maps to 'iops'.
          if (r('TermType') !== 'OnDemand' || !vol || !metric || (r('StartingRange') !== '' && r('StartingRange') !== '0')) return undefined;
          return [vol, metric];
        },
      },
    ],
  },
  rds: {
    offerCode: 'AmazonRDS',
    tables: [
      {
        id: 'aws/rds',
        description: 'RDS on-demand instance-hours per engine, deployment and class (AWS Price List Bulk API)',
        keys: ['region', 'engine', 'deployment', 'instanceClass'],
        unit: 'USD per hour',
        pick: (r) => {
          const engine = RDS_ENGINE[r('Database Engine')];
          const dep = RDS_DEPLOYMENT[r('Deployment Option')];
          if (r('TermType') !== 'OnDemand' || r('Product Family') !== 'Database Instance' || !engine || !dep || r('Unit') !== 'Hrs') return undefined;
          return [engine, dep, r('Instance Type')];
        },
      },
    ],
  },
};

export interface AwsContext {
  readonly base: string;
  readonly fetch: FetchLike;
  readonly policy: RetryPolicy;
  readonly regions?: readonly string[];
  readonly services: readonly string[];
  readonly progress: (message: string, fraction?: number) => void;
}

export async function fetchAws(ctx: AwsContext): Promise<FetchedTable[]> {
  // Index files hold host-relative paths ('/offers/v1.0/…'); keep any path prefix of the configured base.
  const url = (p: string) => (/^https?:/.test(p) ? p : `${ctx.base.replace(/\/$/, '')}${p}`);
  const index = await getWithRetry(ctx.fetch, url('/offers/v1.0/aws/index.json'), ctx.policy, (res) => json<OfferIndex>(res, 'AWS offer index'));
  if (!index?.offers || typeof index.offers !== 'object') throw new RefreshError('corrupt AWS offer index: no "offers"');
  const byOffer = new Map<string, TableSpec[]>();
  for (const s of ctx.services) {
    const spec = AWS_SERVICES[s];
    if (!spec) throw new RefreshError(`unknown AWS service '${s}' (known: ${Object.keys(AWS_SERVICES).join(', ')})`);
    byOffer.set(spec.offerCode, [...(byOffer.get(spec.offerCode) ?? []), ...spec.tables]);
  }
  const out: FetchedTable[] = [];
  for (const [offerCode, tables] of byOffer) {
    const offer = index.offers[offerCode];
    if (!offer?.currentRegionIndexUrl) throw new RefreshError(`AWS offer index has no region index for ${offerCode}`);
    const regionIndex = await getWithRetry(ctx.fetch, url(offer.currentRegionIndexUrl), ctx.policy, (res) => json<RegionIndex>(res, `${offerCode} region index`));
    if (!regionIndex?.regions) throw new RefreshError(`corrupt ${offerCode} region index: no "regions"`);
    const wanted = Object.values(regionIndex.regions)
      .filter((r) => !ctx.regions || ctx.regions.includes(r.regionCode))
      .sort((a, b) => (a.regionCode < b.regionCode ? -1 : 1));
    if (ctx.regions) {
      const missing = ctx.regions.filter((r) => !wanted.some((w) => w.regionCode === r));
      if (missing.length) throw new RefreshError(`${offerCode} has no price list for region(s) ${missing.join(', ')}`);
    }
    const rows = tables.map(() => [] as string[][]);
    let date = '';
    for (const [i, region] of wanted.entries()) {
      ctx.progress(`${offerCode} ${region.regionCode}`, i / wanted.length);
      const csvUrl = url(region.currentVersionUrl.replace(/\.json$/, '.csv'));
      const got = await getWithRetry(ctx.fetch, csvUrl, ctx.policy, (res) => readRegionalCsv(res, region.regionCode, tables, csvUrl));
      got.rows.forEach((r, t) => rows[t].push(...r));
      if (got.date > date) date = got.date;
    }
    tables.forEach((t, i) =>
      out.push({
        id: t.id,
        description: t.description,
        keys: t.keys,
        values: ['price'],
        unit: t.unit,
        source: { repo: 'AWS Price List Bulk API', path: url(offer.currentRegionIndexUrl!), date: date || (regionIndex.publicationDate ?? '').slice(0, 10) },
        regions: new Set(wanted.map((w) => w.regionCode)),
        rows: rows[i],
      }),
    );
  }
  return out;
}

/** The metadata rows that precede the header of every price list CSV. */
const META_ROWS = new Set(['FormatVersion', 'Disclaimer', 'Publication Date', 'Version', 'OfferCode']);

/** Reads one regional CSV: 5 metadata rows, a header row, then one row per SKU × term × price dimension. */
async function readRegionalCsv(res: Response, region: string, tables: readonly TableSpec[], url: string) {
  const rows = tables.map(() => new Map<string, string[]>());
  let header: Map<string, number> | undefined;
  let date = '';
  let n = 0;
  for await (const line of lines(res)) {
    n++;
    if (!line) continue;
    let cells: string[];
    try {
      cells = parseCsvLine(line);
    } catch (e) {
      throw new RefreshError(`corrupt AWS price list ${url} line ${n}: ${(e as Error).message}`, url);
    }
    if (!header) {
      if (cells[0] === 'Publication Date') date = (cells[1] ?? '').slice(0, 10);
      if (cells[0] === 'SKU') header = new Map(cells.map((c, i) => [c, i]));
      else if (n > 5 || !META_ROWS.has(cells[0])) throw new RefreshError(`corrupt AWS price list ${url}: no header row after the metadata rows`, url);
      continue;
    }
    const h = header;
    const col = (name: string) => cells[h.get(name) ?? -1] ?? '';
    if (cells.length !== h.size) throw new RefreshError(`corrupt AWS price list ${url} line ${n}: ${cells.length} fields, header has ${h.size}`, url);
    if (col('Currency') !== 'USD') continue;
    // Regional files also list Local Zones and Outposts of the region; the snapshot keys by region only.
    if (h.has('Location Type') && col('Location Type') !== 'AWS Region') continue;
    tables.forEach((t, i) => {
      const key = t.pick(col);
      if (!key) return;
      const k = key.join('\t');
      const price = priceText(col('PricePerUnit'), `${region} ${key.join(' ')}`);
      const prev = rows[i].get(k);
      // Several SKUs can map to one key (e.g. capacity-reservation variants); keep the first, deterministically.
      if (!prev) rows[i].set(k, [region, ...key, price]);
    });
  }
  if (!header) throw new RefreshError(`corrupt AWS price list ${url}: empty or not a price list CSV`, url);
  return { rows: rows.map((m) => [...m.values()]), date };
}
