import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, StatsRequest, SummaryRequest } from '../../../server/src/protocol';
import { DOCUMENT_SELECTOR } from '../server-client';

/** The language status item: price snapshot date, default region, and priced/unknown/unsupported counts. */
export class CostLanguageStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('costlens.status', DOCUMENT_SELECTOR);

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'costlens';
    this.item.text = 'costlens';
    this.item.command = { title: 'Show output', command: Commands.showOutput };
  }

  async update(): Promise<void> {
    const c = this.client();
    const editor = vscode.window.activeTextEditor;
    if (!c || !c.isRunning()) {
      this.item.text = 'costlens: server stopped';
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
      this.item.command = { title: 'Restart', command: Commands.restartServer };
      return;
    }
    try {
      const stats = await c.sendRequest<StatsRequest.Result>(StatsRequest.method, {});
      const region = vscode.workspace.getConfiguration('costlens').get<string>('defaultRegion.aws', 'us-east-1');
      let counts = '';
      if (editor && editor.document.uri.scheme === 'file') {
        const s = await c.sendRequest<SummaryRequest.Result>(SummaryRequest.method, { scope: 'file', uri: editor.document.uri.toString() });
        const n = (k: string) => s.counts[k] ?? 0;
        counts = ` · ${n('priced') + n('usage')} priced, ${n('unknown')} unknown, ${n('unsupported')} unsupported`;
      }
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.text = `$(graph) prices ${stats.pricesAsOf}`;
      this.item.detail = `${stats.snapshotOrigin} snapshot · default region ${region}${counts}`;
      this.item.command = { title: 'Show output', command: Commands.showOutput };
    } catch {
      this.item.text = 'costlens';
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
