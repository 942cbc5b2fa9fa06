import * as fs from 'fs';
import * as path from 'path';
import { Snapshot } from '../../server/src/pricing/snapshot';
import { fetchAws, AWS_SERVICES } from './aws';
import { fetchAzure, AZURE_SERVICES } from './azure';
import { fetchGoogle } from './google';
import { makeFetch, type RetryPolicy } from './http';
import { DEFAULT_ENDPOINTS, RefreshError, type FetchedTable, type RefreshOptions, type RefreshResult } from './types';
import { DEFAULT_ANCHORS, DEFAULT_FLOORS, DEFAULT_MIN_ROWS_PER_REGION, validateSnapshot } from './validate';
import { stageSnapshot, swapIn } from './write';

export * from './types';
export { DEFAULT_ANCHORS, DEFAULT_FLOORS } from './validate';

/** Services refreshed when none are named. */
export const DEFAULT_SERVICES = { aws: Object.keys(AWS_SERVICES), azure: Object.keys(AZURE_SERVICES), google: ['compute'] } as const;

/**
 * Rebuilds the provider's tables from its public price API and replaces `outDir` with base + refreshed tables,
 * all or nothing: the new snapshot is written to a staging folder next to `outDir`, validated (schema, row floors,
 * anchor prices) and only then swapped in. On any failure `outDir` is untouched and a RefreshError says why.
 * Called by the extension's "costlens: Refresh Prices" command and by `npm run pricing:refresh`.
 */
export async function refreshSnapshot(opts: RefreshOptions): Promise<RefreshResult> {
  const endpoints = { ...DEFAULT_ENDPOINTS, ...opts.endpoints };
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const progress = (message: string, fraction?: number) => opts.onProgress?.({ message, fraction });
  const policy: RetryPolicy = {
    retries: opts.retries ?? 4,
    backoffMs: opts.backoffMs ?? 1000,
    signal: opts.signal,
    onRetry: (attempt, e) => progress(`retrying (attempt ${attempt + 1}) after: ${e.message}`),
  };
  const fetchImpl = makeFetch(opts.proxy, opts.fetch);
  let base: Snapshot;
  try {
    base = Snapshot.load(opts.baseDir);
  } catch (e) {
    throw new RefreshError(`cannot read the current snapshot at ${opts.baseDir}: ${(e as Error).message}`);
  }
  if (!(opts.provider in DEFAULT_SERVICES)) throw new RefreshError(`unknown provider '${String(opts.provider)}' (aws, azure or google)`);
  const services = opts.services?.length ? opts.services : DEFAULT_SERVICES[opts.provider];
  // Check names before any download, so a typo costs nothing.
  const unknown = services.filter((s) => !(DEFAULT_SERVICES[opts.provider] as readonly string[]).includes(s));
  if (unknown.length) {
    throw new RefreshError(`unknown ${opts.provider} service '${unknown.join("', '")}' (known: ${DEFAULT_SERVICES[opts.provider].join(', ')})`);
  }

  let fetched: FetchedTable[];
  if (opts.provider === 'aws') {
    fetched = await fetchAws({ base: endpoints.aws, fetch: fetchImpl, policy, regions: opts.regions, services, progress });
  } else if (opts.provider === 'azure') {
    fetched = await fetchAzure({ base: endpoints.azure, fetch: fetchImpl, policy, regions: opts.regions, services, today, progress });
  } else if (opts.provider === 'google') {
    const specs = new Map<string, readonly number[]>();
    for (const [key, vals] of base.table('google/compute-specs')?.entries() ?? []) specs.set(key[0], vals);
    fetched = await fetchGoogle({
      catalogBase: endpoints.googleCatalog,
      pricingYmlUrl: endpoints.googlePricingYml,
      apiKey: opts.googleApiKey ?? process.env.GOOGLE_API_KEY,
      fetch: fetchImpl,
      policy,
      regions: opts.regions,
      today,
      specs,
      progress,
    });
  } else {
    throw new RefreshError(`unknown provider '${String(opts.provider)}' (aws, azure or google)`);
  }
  if (opts.signal?.aborted) throw new RefreshError('refresh cancelled');

  progress('validating the refreshed snapshot');
  const outParent = path.dirname(path.resolve(opts.outDir));
  fs.mkdirSync(outParent, { recursive: true });
  const stage = fs.mkdtempSync(path.join(outParent, '.costlens-refresh-'));
  try {
    const manifest = stageSnapshot(stage, opts.baseDir, base.manifest, fetched);
    validateSnapshot({
      dir: stage,
      refreshed: new Map(fetched.map((f) => [f.id, f.regions])),
      floors: opts.floors ?? DEFAULT_FLOORS,
      minRowsPerRegion: opts.minRowsPerRegion ?? DEFAULT_MIN_ROWS_PER_REGION,
      anchors: opts.anchors ?? DEFAULT_ANCHORS,
    });
    swapIn(stage, path.resolve(opts.outDir));
    progress('done', 1);
    return {
      outDir: opts.outDir,
      pricesAsOf: manifest.pricesAsOf,
      tables: fetched.map((f) => ({ id: f.id, rows: manifest.tables[f.id].rows, refreshedRegions: f.regions.size })),
    };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
