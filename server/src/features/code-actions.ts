import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import type { Snapshot } from '../pricing/snapshot';
import type { FileView } from '../workspace/analysis-cache';

/** Cheaper-alternative quick fixes for the resources under the cursor (rules in advice/). */
export function codeActions(_params: CodeActionParams, _view: FileView, _snapshot: Snapshot): CodeAction[] {
  return [];
}
