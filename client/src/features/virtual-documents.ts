import * as vscode from 'vscode';

/**
 * Read-only Markdown documents under the costlens: scheme (breakdowns and summaries). Content is kept
 * per URI so "Show breakdown" twice reuses the tab and updates it.
 */
export class VirtualDocuments implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'costlens';
  private readonly contents = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  async show(name: string, markdown: string): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.from({ scheme: VirtualDocuments.scheme, path: `/${name}.md` });
    this.contents.set(uri.toString(), markdown);
    this.emitter.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    return vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside, preserveFocus: false });
  }
}
