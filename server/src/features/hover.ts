import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { containsPosition } from '../model/range';
import { breakdownMarkdown } from '../report/breakdown-markdown';
import type { ResourceCost } from '../pricing/cost';
import type { Snapshot } from '../pricing/snapshot';
import type { FileView } from '../workspace/analysis-cache';
import { groupByDeclaration } from './group';
import { toLspRange } from './lsp-convert';

/** Hover on a resource (anywhere in its block): the breakdown table, assumptions and price date. */
export function hover(view: FileView, pos: Position, snapshot: Snapshot, extra: (group: readonly ResourceCost[]) => string[] = () => []): Hover | null {
  let best: ReturnType<typeof groupByDeclaration>[number] | undefined;
  for (const g of groupByDeclaration(view.costs)) {
    const r = g[0].resource.range;
    if (!containsPosition(r, pos)) continue;
    if (!best || r.start.line >= best[0].resource.range.start.line) best = g;
  }
  if (!best) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: breakdownMarkdown(best, snapshot, extra(best)) },
    range: toLspRange(best[0].resource.headerRange),
  };
}
