import { DiagnosticSeverity, type Diagnostic, type Range as LspRange } from 'vscode-languageserver';
import { URI } from './uri';
import type { Problem } from '../model/problem';
import type { Range } from '../model/range';

/**
 * The one place where engine positions become LSP positions (architecture invariant 2). Both are
 * zero-based with UTF-16 characters, so this is a copy, but it is the only copy.
 */
export function toLspRange(r: Range): LspRange {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

export function toDiagnostic(p: Problem): Diagnostic {
  const severity = p.severity === 'error' ? DiagnosticSeverity.Error : p.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
  return { range: toLspRange(p.range), severity, message: p.message, source: `costlens${p.source ? ` (${p.source})` : ''}` };
}

export { URI };
