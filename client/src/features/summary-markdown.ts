import type { SummaryRequest } from '../../../server/src/protocol';

/** Renders a summary result as Markdown: totals by file, by type, top resources, GPU spend. */
export function summaryMarkdown(title: string, s: SummaryRequest.Result, rel: (uri: string) => string): string {
  const money = (n: number) => '$' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const lines = [`# ${title}: ${money(s.totalMonthlyCost)}/mo`, ''];
  const counts = Object.entries(s.counts).map(([k, v]) => `${v} ${k}`).join(', ');
  lines.push(`${s.resources.length} resources (${counts || 'none'}). Prices as of ${s.pricesAsOf} (${s.snapshotOrigin} snapshot).`, '');
  if (s.scope === 'workspace') {
    lines.push('## By file', '', '| File | Resources | Monthly |', '|---|--:|--:|');
    for (const f of s.files) lines.push(`| ${rel(f.uri)} | ${f.resources} | ${money(f.monthlyCost)} |`);
    lines.push('');
  }
  const byCloud = new Map<string, number>();
  for (const r of s.resources) {
    const key = r.cloud ?? (r.type.includes('::') ? 'aws' : 'kubernetes');
    byCloud.set(key, (byCloud.get(key) ?? 0) + (r.monthlyCost ?? 0));
  }
  lines.push('## By cloud', '', '| Cloud | Monthly |', '|---|--:|');
  for (const [c, v] of [...byCloud].sort((a, b) => b[1] - a[1])) lines.push(`| ${c} | ${money(v)} |`);
  lines.push('');
  const byType = new Map<string, number>();
  for (const r of s.resources) byType.set(r.type, (byType.get(r.type) ?? 0) + (r.monthlyCost ?? 0));
  lines.push('## By resource type', '', '| Type | Monthly |', '|---|--:|');
  for (const [t, v] of [...byType].sort((a, b) => b[1] - a[1])) lines.push(`| ${t} | ${money(v)} |`);
  lines.push('', '## Top resources', '', '| Resource | File | Cost |', '|---|---|---|');
  const top = [...s.resources].sort((a, b) => (b.monthlyCost ?? -1) - (a.monthlyCost ?? -1)).slice(0, 10);
  for (const r of top) lines.push(`| \`${r.address}\` | ${rel(r.uri)}:${r.range.start.line + 1} | ${r.lens} |`);
  const gpu = s.resources.filter((r) => (r.gpuCount ?? 0) > 0);
  if (gpu.length > 0) {
    const sum = gpu.reduce((a, r) => a + (r.monthlyCost ?? 0), 0);
    lines.push('', `## GPU spend: ${money(sum)}/mo`, '', '| Resource | GPUs | Cost |', '|---|--:|---|');
    for (const r of gpu) lines.push(`| \`${r.address}\` | ${r.gpuCount} | ${r.lens} |`);
  }
  const perRequest = s.resources.filter((r) => r.perMillionRequests !== undefined);
  if (perRequest.length > 0) {
    lines.push('', '## Unit economics (functions without usage)', '', '| Function | ≈ per 1M requests |', '|---|--:|');
    for (const r of perRequest) lines.push(`| \`${r.address}\` | ${money(r.perMillionRequests ?? 0)} |`);
  }
  const unknown = s.resources.filter((r) => r.status === 'unknown');
  if (unknown.length > 0) {
    lines.push('', '## Price unknown', '');
    for (const r of unknown) lines.push(`- \`${r.address}\`: ${r.reason ?? ''}`);
  }
  return lines.join('\n') + '\n';
}
