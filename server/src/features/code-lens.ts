import type { CodeLens } from 'vscode-languageserver';
import { Commands } from '../protocol';
import { hasOpenUsage, lensTitle } from '../report/lens-title';
import { monthly } from '../pricing/money';
import type { ResourceCost } from '../pricing/cost';
import type { Settings } from '../settings';
import type { FileView } from '../workspace/analysis-cache';
import { groupByDeclaration, groupTotal } from './group';
import { toLspRange } from './lsp-convert';

/** Lenses: the file total on line 0, one per declaration, one per module call (the module's total). */
export function codeLenses(
  uri: string,
  file: string,
  view: FileView,
  settings: Settings,
  /** Optional "Δ vs base branch" suffix per declaration (costlens.diff.showInLens). */
  delta: (declaration: string, monthly: number) => string = () => '',
): CodeLens[] {
  if (!settings.codeLens.enabled) return [];
  const lenses: CodeLens[] = [];
  const groups = groupByDeclaration(view.costs);
  for (const g of groups) {
    const priced = g[0].status === 'priced' || g[0].status === 'free';
    if (priced && !hasOpenUsage(g[0]) && groupTotal(g) < settings.lensThreshold) continue;
    const title = lensTitle(g) + delta(g[0].resource.declaration, groupTotal(g));
    lenses.push({ range: toLspRange(g[0].resource.headerRange), command: { title, command: Commands.showBreakdown, arguments: [uri, g[0].resource.declaration] } });
  }
  for (const call of view.unit?.moduleCalls ?? []) {
    if (call.file !== file) continue;
    const inModule = (view.unit?.costs ?? []).filter((c) => isInModule(c, call.modulePath ?? `module.${call.name}`));
    const title = call.unavailable ? `module: ${call.unavailable}` : `module total: ${moduleTitle(inModule)}`;
    lenses.push({ range: toLspRange(call.headerRange), command: { title, command: Commands.showFileSummary, arguments: [uri] } });
  }
  if (groups.length > 0) {
    const total = groupTotal(view.costs);
    const usage = view.costs.some(hasOpenUsage) ? ' + usage' : '';
    const unknown = view.costs.filter((c) => c.status === 'unknown').length;
    const note = unknown > 0 ? ` (${unknown} unknown)` : '';
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    lenses.unshift({ range, command: { title: `File total: ${monthly(total)}${usage}${note}`, command: Commands.showFileSummary, arguments: [uri] } });
  }
  return lenses;
}

/** Resources declared in the module call (any of its count/for_each instances) or in modules it calls. */
function isInModule(c: ResourceCost, declarationPath: string): boolean {
  return c.resource.declaration.startsWith(declarationPath + '.');
}

function moduleTitle(costs: readonly ResourceCost[]): string {
  const total = groupTotal(costs);
  const unknown = costs.filter((c) => c.status === 'unknown').length;
  return `${monthly(total)}${costs.some(hasOpenUsage) ? ' + usage' : ''}${unknown ? ` (${unknown} unknown)` : ''}`;
}
