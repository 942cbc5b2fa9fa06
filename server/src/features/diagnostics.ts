import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { FileView } from '../workspace/analysis-cache';
import { groupByDeclaration } from './group';
import { toDiagnostic, toLspRange } from './lsp-convert';

/** Enough to fix a file; a generated file with 80,000 duplicate blocks must not flood the Problems view. */
export const MAX_DIAGNOSTICS = 200;

/** Parser/evaluator problems as reported, plus a hint where a resource's price is unknown and why. */
export function diagnostics(view: FileView): Diagnostic[] {
  const out = view.problems.slice(0, MAX_DIAGNOSTICS).map(toDiagnostic);
  if (view.problems.length > MAX_DIAGNOSTICS) {
    const last = out[out.length - 1];
    out.push({ ...last, severity: DiagnosticSeverity.Information, message: `… and ${view.problems.length - MAX_DIAGNOSTICS} more problems in this file (costlens shows the first ${MAX_DIAGNOSTICS})` });
  }
  for (const g of groupByDeclaration(view.costs)) {
    if (out.length > MAX_DIAGNOSTICS) break;
    const c = g.find((x) => x.status === 'unknown');
    if (!c) continue;
    out.push({ range: toLspRange(c.resource.headerRange), severity: DiagnosticSeverity.Hint, message: `price unknown: ${c.reason ?? ''}`, source: 'costlens' });
  }
  return out;
}
