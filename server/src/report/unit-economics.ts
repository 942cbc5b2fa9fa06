import { unitEconomics, unitEconomicsLinks, type UnitEconomics } from '../formats/serverless/unit-economics';
import type { ResourceCost } from '../pricing/cost';
import { usd } from '../pricing/money';

/** Per-request duration assumed for unit economics when the usage file gives none; named in the hover. */
export const ASSUMED_DURATION_MS = 100;
const FUNCTION_TYPES = new Set(['aws_lambda_function', 'AWS::Lambda::Function']);

/**
 * "≈ $X per 1M requests" for a function without usage: its request and GB-second prices, plus the API in
 * front of it and the on-demand table it uses (from the format's links), all from already-resolved unit prices.
 */
export function functionUnitEconomics(fn: ResourceCost, all: readonly ResourceCost[]): (UnitEconomics & { durationMs: number; durationSource: string }) | undefined {
  if (!FUNCTION_TYPES.has(fn.resource.type)) return undefined;
  const requests = fn.components.find((c) => c.unit === '1M requests');
  const duration = fn.components.find((c) => c.unit === 'GB-seconds' && c.name.startsWith('Duration'));
  if (!requests || !duration || requests.unitPrice === null || duration.unitPrice === null || duration.monthlyQuantity !== null) return undefined;
  const mem = fn.resource.attributes.MemorySize ?? fn.resource.attributes.memory_size;
  const memoryMb = typeof mem === 'number' ? mem : 128;
  const usageDuration = fn.assumptions.find((a) => a.label === 'request_duration_ms');
  const durationMs = usageDuration ? Number(usageDuration.value.replace(/,/g, '')) : ASSUMED_DURATION_MS;
  const links = unitEconomicsLinks(fn.resource);
  const byAddress = addressIndex(all);
  const price = (ids: string[], unit: string) => {
    for (const id of ids) {
      const k = byAddress.get(id)?.components.find((c) => c.unit === unit && c.unitPrice !== null);
      if (k) return k.unitPrice ?? undefined;
    }
    return undefined;
  };
  const result = unitEconomics({
    memoryMb,
    durationMs,
    lambdaRequestsPer1M: requests.unitPrice,
    lambdaGbSecond: duration.unitPrice,
    apiRequestsPer1M: price(links.apis, '1M requests'),
    tableReadsPer1M: price(links.tables, '1M RRUs'),
    tableWritesPer1M: price(links.tables, '1M WRUs'),
  });
  return { ...result, durationMs, durationSource: usageDuration ? 'usage file' : `assumed ${ASSUMED_DURATION_MS} ms per request` };
}

const indexes = new WeakMap<readonly ResourceCost[], Map<string, ResourceCost>>();
/** One address index per cost list, however many functions ask (a workspace summary asks for each). */
function addressIndex(all: readonly ResourceCost[]): Map<string, ResourceCost> {
  let m = indexes.get(all);
  if (!m) indexes.set(all, (m = new Map(all.map((c) => [c.resource.address, c]))));
  return m;
}

export function unitEconomicsMarkdown(u: ReturnType<typeof functionUnitEconomics>): string[] {
  if (!u) return [];
  const parts = u.parts.map((p) => `${p.label} ${usd(p.amount)}`).join(' + ');
  return [`**Unit economics:** ≈ ${usd(u.perMillionRequests)} per 1M requests (${parts}; ${u.durationSource}).`];
}
