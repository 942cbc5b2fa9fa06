import * as vscode from 'vscode';

/** Typed reads of the few settings the client itself uses; the server reads the full set per folder. */
export function clientConfig(): { statusBar: boolean; serverPath: string } {
  const c = vscode.workspace.getConfiguration('costlens');
  return { statusBar: c.get<boolean>('statusBar.enabled', true), serverPath: c.get<string>('server.path', '') };
}
