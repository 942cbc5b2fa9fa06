import { diskFs } from '../../workspace/disk-fs';
import { analyzeWorkspace, type WorkspaceReport } from '../../workspace/analyze';
import { monthly, usd } from '../../pricing/money';
import { lensTitle } from '../../report/lens-title';
import { breakdownMarkdown } from '../../report/breakdown-markdown';
import type { Snapshot } from '../../pricing/snapshot';
import { flag, oneOf, parseArgs } from '../args';
import { engineOptionsFromArgs, PRICING_FLAGS, resolvePaths } from '../load';
import { relativePath, toJsonReport } from '../json-report';
import { renderTable } from '../table';

export const BREAKDOWN_HELP = 'costlens breakdown [paths…] [--format table|json|markdown] [--region R] [--usage-file F] [--var k=v] [--var-file F]';

/** `costlens breakdown`: what the editor would show, for every resource under the paths. */
export function breakdown(argv: readonly string[], out: (s: string) => void): number {
  const args = parseArgs(['breakdown', ...argv], { withValue: PRICING_FLAGS, boolean: [] });
  const format = oneOf(flag(args, 'format'), ['table', 'json', 'markdown'] as const, 'format', 'table');
  const { paths, base } = resolvePaths(args);
  const opts = engineOptionsFromArgs(args, base);
  const report = analyzeWorkspace(paths, diskFs, opts);
  if (format === 'json') out(JSON.stringify(toJsonReport(report, base), null, 2));
  else if (format === 'markdown') out(markdownReport(report, base, opts.snapshot));
  else out(tableReport(report, base));
  return 0;
}

function tableReport(report: WorkspaceReport, base: string): string {
  const rows = report.costs.map((c) => [
    c.resource.address,
    relativePath(base, c.resource.file) + ':' + (c.resource.headerRange.start.line + 1),
    c.status,
    c.monthlyCost === null ? '—' : usd(c.monthlyCost),
    lensTitle([c]),
  ]);
  const lines = [renderTable(['Resource', 'File', 'Status', 'Monthly', 'Lens'], rows, new Set([3]))];
  lines.push('', `Total: ${monthly(report.totalMonthlyCost)} (${counts(report)}; prices as of ${report.pricesAsOf})`);
  for (const p of report.problems) {
    lines.push(`${p.severity}: ${relativePath(base, p.file)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`);
  }
  return lines.join('\n');
}

function markdownReport(report: WorkspaceReport, base: string, snapshot: Snapshot): string {
  const lines = [`## Cloud cost estimate: ${monthly(report.totalMonthlyCost)}`, '', `${counts(report)}; prices as of ${report.pricesAsOf}.`, ''];
  lines.push('| Resource | File | Monthly |', '|---|---|--:|');
  for (const c of report.costs) lines.push(`| \`${c.resource.address}\` | ${relativePath(base, c.resource.file)} | ${lensTitle([c])} |`);
  lines.push('', '<details><summary>Breakdown per resource</summary>', '');
  for (const c of report.costs) if (c.components.length > 0) lines.push(breakdownMarkdown([c], snapshot), '');
  lines.push('</details>');
  return lines.join('\n');
}

export function counts(report: WorkspaceReport): string {
  const by: Record<string, number> = {};
  for (const c of report.costs) by[c.status] = (by[c.status] ?? 0) + 1;
  const parts = Object.entries(by).map(([k, v]) => `${v} ${k}`);
  return `${report.costs.length} resources${parts.length ? ': ' + parts.join(', ') : ''}`;
}
