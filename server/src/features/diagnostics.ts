import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { FileView } from '../workspace/analysis-cache';
import { groupByDeclaration } from './group';
import { toDiagnostic, toLspRange } from './lsp-convert';

/** Parser/evaluator problems as reported, plus a hint where a resource's price is unknown and why. */
export function diagnostics(view: FileView): Diagnostic[] {
  const out = view.problems.map(toDiagnostic);
  for (const g of groupByDeclaration(view.costs)) {
    const c = g.find((x) => x.status === 'unknown');
    if (!c) continue;
    out.push({ range: toLspRange(c.resource.headerRange), severity: DiagnosticSeverity.Hint, message: `price unknown: ${c.reason ?? ''}`, source: 'costlens' });
  }
  return out;
}
