import { SummaryRequest } from '../protocol';
import type { ResourceCost } from '../pricing/cost';
import { hasOpenUsage, lensTitle } from '../report/lens-title';
import { functionUnitEconomics } from '../report/unit-economics';
import { toLspRange, URI } from './lsp-convert';

/** Totals per resource and per file, for the summary views and the status bar. */
export function summary(scope: 'workspace' | 'file', costs: readonly ResourceCost[], pricesAsOf: string, origin: string): SummaryRequest.Result {
  const files = new Map<string, { monthlyCost: number; resources: number }>();
  const counts: Record<string, number> = {};
  let total = 0;
  const resources: SummaryRequest.ResourceRow[] = costs.map((c) => {
    const uri = URI.fromPath(c.resource.file);
    const f = files.get(uri) ?? { monthlyCost: 0, resources: 0 };
    f.monthlyCost += c.monthlyCost ?? 0;
    f.resources += 1;
    files.set(uri, f);
    counts[c.status] = (counts[c.status] ?? 0) + 1;
    total += c.monthlyCost ?? 0;
    return {
      address: c.resource.address,
      declaration: c.resource.declaration,
      type: c.resource.type,
      uri,
      range: toLspRange(c.resource.headerRange),
      status: c.status,
      reason: c.reason,
      monthlyCost: c.monthlyCost,
      lens: lensTitle([c]),
      cloud: c.resource.cloud,
      region: c.region,
      gpuCount: c.gpu?.count,
      usageBased: hasOpenUsage(c),
      perMillionRequests: functionUnitEconomics(c, costs)?.perMillionRequests,
    };
  });
  return {
    scope,
    totalMonthlyCost: total,
    pricesAsOf,
    snapshotOrigin: origin,
    counts,
    files: [...files].map(([uri, f]) => ({ uri, ...f })).sort((a, b) => b.monthlyCost - a.monthlyCost),
    resources,
  };
}
