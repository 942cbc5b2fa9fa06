import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { refreshSnapshot, type Provider } from '../../../pricing-data/refresh';

/** Where a refreshed snapshot lives; it overrides the bundled one from then on. */
export function refreshedSnapshotDir(context: vscode.ExtensionContext): string {
  return path.join(context.globalStorageUri.fsPath, 'snapshot');
}

export function activeSnapshotDir(context: vscode.ExtensionContext): string | undefined {
  const dir = refreshedSnapshotDir(context);
  return fs.existsSync(path.join(dir, 'manifest.json')) ? dir : undefined;
}

/**
 * costlens: Refresh Prices. Opt-in: the user picks the cloud and confirms; progress with cancel; never in
 * an untrusted workspace. The refresh is all-or-nothing (staged, validated, then swapped in).
 */
export async function refreshPrices(context: vscode.ExtensionContext, apply: (dir: string) => Promise<void>): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('costlens does not download prices in an untrusted workspace.');
    return;
  }
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'AWS', description: 'AWS Price List Bulk API (EC2, EBS, RDS)', provider: 'aws' as Provider },
      { label: 'Azure', description: 'Azure Retail Prices API (VMs, storage)', provider: 'azure' as Provider },
      { label: 'Google Cloud', description: 'Cloud Billing Catalog API (GOOGLE_API_KEY) or the public pricing.yml', provider: 'google' as Provider },
    ],
    { title: 'costlens: Refresh Prices — downloads current public prices', placeHolder: 'Which cloud?' },
  );
  if (!pick) return;
  const outDir = refreshedSnapshotDir(context);
  const baseDir = activeSnapshotDir(context) ?? context.asAbsolutePath('pricing-data');
  const proxy = vscode.workspace.getConfiguration('http').get<string>('proxy') || undefined;
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `costlens: refreshing ${pick.label} prices`, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      try {
        const result = await refreshSnapshot({
          provider: pick.provider,
          outDir,
          baseDir,
          proxy,
          signal: abort.signal,
          onProgress: (p) => progress.report({ message: p.message }),
        });
        await apply(outDir);
        void vscode.window.showInformationMessage(`costlens: ${pick.label} prices refreshed (${result.tables.length} tables, as of ${result.pricesAsOf}).`);
      } catch (e) {
        if (abort.signal.aborted) void vscode.window.showInformationMessage('costlens: price refresh cancelled; the previous snapshot is unchanged.');
        else void vscode.window.showErrorMessage(`costlens: price refresh failed, the previous snapshot is unchanged: ${(e as Error).message}`);
      }
    },
  );
}
