import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, SummaryRequest } from '../../../server/src/protocol';

/** The active file's monthly total in the status bar; click for the file summary. */
export class CostStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('costlens.total', vscode.StatusBarAlignment.Right, 100);
  private seq = 0;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'costlens: file cost';
    this.item.command = Commands.showFileSummary;
  }

  async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.client();
    if (!editor || !client || editor.document.uri.scheme !== 'file') return this.item.hide();
    const mine = ++this.seq;
    try {
      const s = await client.sendRequest<SummaryRequest.Result>(SummaryRequest.method, { scope: 'file', uri: editor.document.uri.toString() });
      if (mine !== this.seq) return;
      if (s.resources.length === 0) return this.item.hide();
      const total = '$' + s.totalMonthlyCost.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      const usage = s.resources.some((r) => r.usageBased) ? ' + usage' : '';
      this.item.text = `$(graph) ${total}/mo${usage}`;
      this.item.tooltip = `costlens: ${s.resources.length} resources in this file; prices as of ${s.pricesAsOf}`;
      this.item.show();
    } catch {
      this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
