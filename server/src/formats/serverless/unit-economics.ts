import type { Resource } from '../../model/resource';
import type { Value } from '../../model/value';

/**
 * "≈ $X per 1M requests" for a function together with its API and table, for when there is no usage file.
 * Pure arithmetic over unit prices the engine already resolved (the features layer passes them in from the
 * priced components), so no price lives here and formats never import pricing.
 *
 *   per 1M = Lambda requests (per 1M)
 *          + 1M × duration (s) × memory (GB) × GB-second price (first tier, by architecture)
 *          + API requests (per 1M, first tier)        when the function has an API event
 *          + reads × RRU price + writes × WRU price    (per 1M, on-demand table the function refers to)
 */
export interface UnitEconomicsInput {
  readonly memoryMb: number;
  /** Assumed run time of one request; the caller says where it came from (usage file or default). */
  readonly durationMs: number;
  readonly lambdaRequestsPer1M: number;
  readonly lambdaGbSecond: number;
  readonly apiRequestsPer1M?: number;
  readonly tableReadsPer1M?: number;
  readonly tableWritesPer1M?: number;
  /** Table operations per request (default 1 read, 0 writes). */
  readonly readsPerRequest?: number;
  readonly writesPerRequest?: number;
}

export interface UnitEconomics {
  readonly perMillionRequests: number;
  readonly parts: readonly { readonly label: string; readonly amount: number }[];
}

export function unitEconomics(i: UnitEconomicsInput): UnitEconomics {
  const gbSeconds = 1e6 * (i.durationMs / 1000) * (i.memoryMb / 1024);
  const parts = [
    { label: 'Lambda requests', amount: i.lambdaRequestsPer1M },
    { label: `Lambda duration (${i.memoryMb} MB × ${i.durationMs} ms)`, amount: gbSeconds * i.lambdaGbSecond },
  ];
  if (i.apiRequestsPer1M !== undefined) parts.push({ label: 'API requests', amount: i.apiRequestsPer1M });
  const reads = i.readsPerRequest ?? 1;
  const writes = i.writesPerRequest ?? 0;
  if (i.tableReadsPer1M !== undefined && reads > 0) parts.push({ label: `table reads (${reads} per request)`, amount: reads * i.tableReadsPer1M });
  if (i.tableWritesPer1M !== undefined && writes > 0) parts.push({ label: `table writes (${writes} per request)`, amount: writes * i.tableWritesPer1M });
  return { perMillionRequests: parts.reduce((s, p) => s + p.amount, 0), parts };
}

/** The logical ids a function's unit economics include: its APIs and tables (from the format's meta). */
export function unitEconomicsLinks(fn: Resource): { apis: string[]; tables: string[] } {
  const list = (v: Value | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { apis: list(fn.meta?.apis), tables: list(fn.meta?.tables) };
}
