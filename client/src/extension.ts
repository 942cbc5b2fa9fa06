import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnalysisChangedNotification, BreakdownRequest, Commands, CostOfChangesRequest, SetSnapshotRequest, SummaryRequest } from '../../server/src/protocol';
import { CostTree } from './features/cost-tree';
import { downloadModules } from './features/download-modules';
import { activeSnapshotDir, refreshPrices } from './features/refresh-prices';
import { CostLanguageStatus } from './features/language-status';
import { CostStatusBar } from './features/status-bar';
import { SummaryPanel } from './features/summary-panel';
import { summaryCsv } from './features/summary-export';
import { summaryMarkdown } from './features/summary-markdown';
import { VirtualDocuments } from './features/virtual-documents';
import { createClient } from './server-client';

let client: LanguageClient | undefined;

/** Activation: start the server, register commands (they work, with a message, even when the server is off). */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => LanguageClient | undefined }> {
  const output = vscode.window.createOutputChannel('costlens');
  const docs = new VirtualDocuments();
  const status = new CostStatusBar(() => client);
  const langStatus = new CostLanguageStatus(() => client);
  const tree = new CostTree(() => client);
  const panel = new SummaryPanel(
    () => withClient((c) => c.sendRequest<SummaryRequest.Result>(SummaryRequest.method, { scope: 'workspace' })),
    (format) => vscode.commands.executeCommand(format === 'csv' ? Commands.exportSummaryCsv : Commands.exportSummaryMarkdown),
  );
  const views = { status, langStatus, tree, panel };
  context.subscriptions.push(output, status, langStatus, vscode.workspace.registerTextDocumentContentProvider(VirtualDocuments.scheme, docs));
  context.subscriptions.push(vscode.window.createTreeView('costlens.costs', { treeDataProvider: tree, showCollapseAll: true }));

  const withClient = async <T>(fn: (c: LanguageClient) => Promise<T>): Promise<T | undefined> => {
    if (!client || !client.isRunning()) {
      void vscode.window.showWarningMessage('The costlens server is not running.', 'Restart server').then((c) => {
        if (c) void vscode.commands.executeCommand(Commands.restartServer);
      });
      return undefined;
    }
    return fn(client);
  };
  const rel = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), true);

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showBreakdown, (uri: string, declaration: string) =>
      withClient(async (c) => {
        const r = await c.sendRequest<BreakdownRequest.Result | null>(BreakdownRequest.method, { uri, declaration });
        if (r) await docs.show(`breakdown-${r.title.replace(/[^\w.-]+/g, '_')}`, r.markdown);
        return r;
      }),
    ),
    vscode.commands.registerCommand(Commands.showWorkspaceSummary, () =>
      withClient(async (c) => {
        const s = await c.sendRequest<SummaryRequest.Result>(SummaryRequest.method, { scope: 'workspace' });
        await docs.show('workspace-cost-summary', summaryMarkdown('Workspace cost', s, rel));
        return s;
      }),
    ),
    vscode.commands.registerCommand(Commands.showFileSummary, (uri?: string) =>
      withClient(async (c) => {
        const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
        if (!target) return undefined;
        const s = await c.sendRequest<SummaryRequest.Result>(SummaryRequest.method, { scope: 'file', uri: target });
        await docs.show(`file-cost-${path.basename(vscode.Uri.parse(target).path)}`, summaryMarkdown(`Cost of ${rel(target)}`, s, rel));
        return s;
      }),
    ),
    vscode.commands.registerCommand(Commands.exportSummaryCsv, () =>
      withClient(async (c) => {
        const s = await c.sendRequest<SummaryRequest.Result>(SummaryRequest.method, { scope: 'workspace' });
        const doc = await vscode.workspace.openTextDocument({ language: 'csv', content: summaryCsv(s, rel) });
        await vscode.window.showTextDocument(doc);
        return s;
      }),
    ),
    vscode.commands.registerCommand(Commands.exportSummaryMarkdown, () =>
      withClient(async (c) => {
        const s = await c.sendRequest<SummaryRequest.Result>(SummaryRequest.method, { scope: 'workspace' });
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: summaryMarkdown('Workspace cost', s, rel) });
        await vscode.window.showTextDocument(doc);
        return s;
      }),
    ),
    vscode.commands.registerCommand(Commands.refreshCostTree, () => tree.refreshSoon()),
    vscode.commands.registerCommand(Commands.openCostExplorer, () => panel.show()),
    vscode.commands.registerCommand(Commands.showCostOfChanges, () =>
      withClient(async (c) => {
        const r = await c.sendRequest<CostOfChangesRequest.Result>(CostOfChangesRequest.method, { uri: vscode.window.activeTextEditor?.document.uri.toString() });
        if ('error' in r) void vscode.window.showWarningMessage(`costlens: ${r.error}`);
        else await docs.show('cost-of-my-changes', r.markdown);
        return r;
      }),
    ),
    vscode.commands.registerCommand(Commands.downloadModules, (dir?: string) => downloadModules(context, output, dir)),
    vscode.commands.registerCommand(Commands.refreshPrices, () =>
      refreshPrices(context, async (dir) => {
        await withClient((c) => c.sendRequest(SetSnapshotRequest.method, { dir, origin: 'refreshed' }));
        void langStatus.update();
      }),
    ),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      if (client) await client.stop().catch(() => undefined);
      client = await start(context, output, views);
    }),
    vscode.commands.registerCommand(Commands.showOutput, () => output.show()),
    vscode.window.onDidChangeActiveTextEditor(() => {
      void status.update();
      void langStatus.update();
    }),
  );

  client = await start(context, output, views);
  return { client: () => client };
}

interface Views {
  readonly status: CostStatusBar;
  readonly langStatus: CostLanguageStatus;
  readonly tree: CostTree;
  readonly panel: SummaryPanel;
}

async function start(context: vscode.ExtensionContext, output: vscode.OutputChannel, views: Views): Promise<LanguageClient | undefined> {
  const c = createClient(context, output, activeSnapshotDir(context));
  try {
    await c.start();
  } catch (e) {
    output.appendLine(`costlens server failed to start: ${(e as Error).message}`);
    void vscode.window.showErrorMessage('The costlens server failed to start.', 'Show output').then((x) => x && output.show());
    return undefined;
  }
  c.onNotification(AnalysisChangedNotification.method, (p: AnalysisChangedNotification.Params) => {
    if (vscode.window.activeTextEditor?.document.uri.toString() === p.uri) {
      void views.status.update();
      void views.langStatus.update();
    }
    views.tree.refreshSoon();
    void views.panel.refresh();
  });
  void views.status.update();
  void views.langStatus.update();
  views.tree.refreshSoon();
  return c;
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
  client = undefined;
}
