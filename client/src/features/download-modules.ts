import * as vscode from 'vscode';
import { downloadTerraform, findTerraform, runTerraformInit, type TerraformBinary } from '../../../server/src/workspace/terraform-cli';

/**
 * costlens: Download Modules — `terraform init -backend=false -input=false` in a module directory, so
 * registry and git modules land in .terraform/modules and get priced. It runs code from the network, so:
 * only in a trusted workspace, only when the user asks, and a terraform download only after a second yes.
 */
export async function downloadModules(context: vscode.ExtensionContext, output: vscode.OutputChannel, dir?: string): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('costlens never runs terraform in an untrusted workspace. Trust the workspace first.');
    return false;
  }
  const target = dir ?? (await pickDir());
  if (!target) return false;
  const storageDir = context.globalStorageUri.fsPath;
  const explicitPath = vscode.workspace.getConfiguration('costlens').get<string>('terraform.path', '') || undefined;
  let binary: TerraformBinary | undefined = findTerraform({ explicitPath, storageDir });
  if (!binary) {
    const yes = 'Download terraform';
    const choice = await vscode.window.showInformationMessage(
      'costlens needs the terraform CLI to download modules, and it is not on the PATH. Download the latest release from releases.hashicorp.com (signature and checksum verified)?',
      { modal: true },
      yes,
    );
    if (choice !== yes) return false;
    try {
      binary = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'costlens: downloading terraform' }, () => downloadTerraform({ storageDir }));
    } catch (e) {
      void vscode.window.showErrorMessage(`costlens: terraform download failed: ${(e as Error).message}`);
      return false;
    }
  }
  const bin = binary;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `costlens: terraform init in ${vscode.workspace.asRelativePath(target)}` },
    () => runTerraformInit(target, bin.path),
  );
  output.appendLine(`$ ${bin.path} init -backend=false -input=false  (in ${target})\n${result.stdout}${result.stderr}`);
  if (result.exitCode === 0) {
    void vscode.window.showInformationMessage('costlens: modules downloaded; prices updated.');
    return true;
  }
  void vscode.window
    .showErrorMessage(`costlens: terraform init failed${result.timedOut ? ' (timed out)' : ''}.`, 'Show output')
    .then((c) => c && output.show());
  return false;
}

async function pickDir(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.uri.scheme === 'file' && editor.document.fileName.endsWith('.tf')) return vscode.Uri.joinPath(editor.document.uri, '..').fsPath;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: 'Terraform module directory' });
  return picked?.[0]?.fsPath;
}
