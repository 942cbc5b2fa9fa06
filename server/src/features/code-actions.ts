import * as path from 'path';
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { suggest } from '../advice/advisor';
import { editFor } from '../advice/text-edit';
import type { PricingEnv } from '../pricing/engine';
import type { FileView } from '../workspace/analysis-cache';
import { groupByDeclaration } from './group';
import { toLspRange } from './lsp-convert';
import { Commands } from '../protocol';

/**
 * Cheaper-alternative quick fixes for the resource(s) the request range touches. Each edits exactly the
 * attribute (or adds it) and only when the user picks it; the title carries the saving.
 */
export function codeActions(params: CodeActionParams, view: FileView, text: string, env: PricingEnv): CodeAction[] {
  const out: CodeAction[] = [];
  const { start, end } = params.range;
  for (const g of groupByDeclaration(view.costs)) {
    const r = g[0].resource.range;
    if (end.line < r.start.line || start.line > r.end.line) continue;
    for (const s of suggest(g, env)) {
      const edit = editFor(text, g[0].resource, s);
      if (!edit) continue;
      out.push({
        title: s.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: out.length === 0 && !s.judgement,
        edit: { changes: { [params.textDocument.uri]: [{ range: toLspRange(edit.range), newText: edit.newText }] } },
      });
    }
  }
  for (const call of view.unit?.moduleCalls ?? []) {
    if (!call.unavailable || call.file !== view.file) continue;
    if (end.line < call.headerRange.start.line || start.line > call.headerRange.end.line + 1) continue;
    out.push({
      title: `Download modules (terraform init) to price module "${call.name}"`,
      kind: CodeActionKind.QuickFix,
      command: { title: 'Download modules', command: Commands.downloadModules, arguments: [path.dirname(call.file)] },
    });
  }
  return out;
}
