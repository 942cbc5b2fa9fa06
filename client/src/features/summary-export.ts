import type { SummaryRequest } from '../../../server/src/protocol';

/** CSV of a summary: one row per resource, RFC 4180 quoting, unrounded-then-cent amounts. */
export function summaryCsv(s: SummaryRequest.Result, rel: (uri: string) => string): string {
  const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = [['address', 'type', 'file', 'line', 'status', 'monthly_usd', 'region', 'gpus', 'note'].join(',')];
  for (const r of s.resources) {
    rows.push(
      [r.address, r.type, rel(r.uri), String(r.range.start.line + 1), r.status, r.monthlyCost === null ? '' : r.monthlyCost.toFixed(2), r.region ?? '', String(r.gpuCount ?? ''), r.reason ?? '']
        .map(q)
        .join(','),
    );
  }
  return rows.join('\n') + '\n';
}
