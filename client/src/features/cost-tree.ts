import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SummaryRequest } from '../../../server/src/protocol';

type Node = { kind: 'file'; row: SummaryRequest.FileRow; resources: SummaryRequest.ResourceRow[] } | { kind: 'resource'; row: SummaryRequest.ResourceRow };

/** The "Costs" tree in the explorer: files by monthly cost, their resources beneath, updated as files change. */
export class CostTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Coalesces bursts of analysis notifications (typing) into one refresh. */
  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emitter.fire(undefined), 500);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'file') return node.resources.map((row) => ({ kind: 'resource', row }));
    if (node) return [];
    const c = this.client();
    if (!c || !c.isRunning()) return [];
    const s = await c.sendRequest<SummaryRequest.Result>(SummaryRequest.method, { scope: 'workspace' });
    return s.files.map((row) => ({ kind: 'file', row, resources: s.resources.filter((r) => r.uri === row.uri).sort((a, b) => (b.monthlyCost ?? -1) - (a.monthlyCost ?? -1)) }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const money = (n: number) => '$' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + '/mo';
    if (node.kind === 'file') {
      const uri = vscode.Uri.parse(node.row.uri);
      const item = new vscode.TreeItem(vscode.workspace.asRelativePath(uri), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = money(node.row.monthlyCost);
      item.resourceUri = uri;
      return item;
    }
    const r = node.row;
    const item = new vscode.TreeItem(r.address, vscode.TreeItemCollapsibleState.None);
    item.description = r.lens;
    item.tooltip = `${r.type}${r.region ? ' · ' + r.region : ''}${r.reason ? ' · ' + r.reason : ''}`;
    item.command = { title: 'Open', command: 'vscode.open', arguments: [vscode.Uri.parse(r.uri), { selection: new vscode.Range(r.range.start.line, 0, r.range.start.line, 0) }] };
    return item;
  }
}
