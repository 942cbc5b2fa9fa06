import type { SourceRef } from '../../server/src/pricing/snapshot';

export type Provider = 'aws' | 'azure' | 'google';

/** Base URLs of the public price APIs; tests point them at a server on 127.0.0.1. */
export interface Endpoints {
  /** AWS Price List Bulk API host, e.g. https://pricing.us-east-1.amazonaws.com */
  aws: string;
  /** Azure Retail Prices API, e.g. https://prices.azure.com/api/retail/prices */
  azure: string;
  /** Google Cloud Billing Catalog API, e.g. https://cloudbilling.googleapis.com/v1 */
  googleCatalog: string;
  /** Keyless fallback: Cyclenerd's weekly pricing.yml. */
  googlePricingYml: string;
}

export const DEFAULT_ENDPOINTS: Endpoints = {
  aws: 'https://pricing.us-east-1.amazonaws.com',
  azure: 'https://prices.azure.com/api/retail/prices',
  googleCatalog: 'https://cloudbilling.googleapis.com/v1',
  googlePricingYml: 'https://raw.githubusercontent.com/Cyclenerd/google-cloud-pricing-cost-calculator/master/pricing.yml',
};

export interface Progress {
  readonly message: string;
  /** 0..1 when known. */
  readonly fraction?: number;
}

export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<Response>;

export interface RefreshOptions {
  readonly provider: Provider;
  /** Region codes to refresh (AWS code, Azure armRegionName, Google region); default: every region the API has. */
  readonly regions?: readonly string[];
  /** Services to refresh: aws ec2 | ebs | rds; azure vm | storage; google compute. Default: all of the provider. */
  readonly services?: readonly string[];
  /** Where the refreshed snapshot goes (replaced atomically, never half-written). */
  readonly outDir: string;
  /** The current snapshot: tables and regions not refreshed are carried over from here. */
  readonly baseDir: string;
  readonly endpoints?: Partial<Endpoints>;
  readonly fetch?: FetchLike;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: Progress) => void;
  /** HTTPS proxy URL (the extension passes VS Code's http.proxy). */
  readonly proxy?: string;
  /** Google Cloud Billing Catalog API key; default process.env.GOOGLE_API_KEY. Without it, pricing.yml is used. */
  readonly googleApiKey?: string;
  /** Retry policy for transport failures (5xx, 429, reset connections, truncated bodies). */
  readonly retries?: number;
  readonly backoffMs?: number;
  /** Validation overrides (tests use tiny fixtures). */
  readonly floors?: Readonly<Record<string, number>>;
  readonly minRowsPerRegion?: number;
  readonly anchors?: readonly Anchor[];
  /** Date stamped on the refreshed tables when the API gives none (YYYY-MM-DD); default today (UTC). */
  readonly today?: string;
}

/** A known price the refreshed snapshot must contain (when it has the table and the region). */
export interface Anchor {
  readonly table: string;
  readonly key: readonly string[];
  readonly price?: number;
  /** Plausible range, for prices that may legitimately move (Azure, Google). */
  readonly min?: number;
  readonly max?: number;
}

/** Rows fetched for one table; regions lists which regions these rows replace in the base table. */
export interface FetchedTable {
  readonly id: string;
  readonly description: string;
  readonly keys: readonly string[];
  readonly values: readonly string[];
  readonly unit: string;
  readonly source: SourceRef;
  readonly regions: ReadonlySet<string>;
  readonly rows: readonly (readonly string[])[];
}

export interface RefreshResult {
  readonly outDir: string;
  readonly tables: readonly { id: string; rows: number; refreshedRegions: number }[];
  readonly pricesAsOf: string;
}

export class RefreshError extends Error {
  constructor(
    message: string,
    readonly url?: string,
  ) {
    super(message);
    this.name = 'RefreshError';
  }
}

/** A price string as text without changing its value: "0.0960000000" → "0.096" (same rule as build/context.mjs). */
export function priceText(raw: string | number, what: string): string {
  const s = typeof raw === 'number' ? String(raw) : raw.trim();
  const n = Number(s);
  if (s === '' || !Number.isFinite(n)) throw new RefreshError(`corrupt price data: ${what} has price ${JSON.stringify(raw)}`);
  if (/e/i.test(s)) {
    const fixed = n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
    return Number(fixed) === n ? fixed : s;
  }
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
