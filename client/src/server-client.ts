import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { Commands, SETTINGS_SECTION } from '../../server/src/protocol';

/** Files the server analyzes. YAML and JSON are sent too; the server decides by content (K8s, SAM, serverless). */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', pattern: '**/*.tf' },
  { scheme: 'file', pattern: '**/*.tf.json' },
  { scheme: 'file', pattern: '**/*.tfvars' },
  { scheme: 'file', language: 'terraform' },
  { scheme: 'file', language: 'yaml' },
  { scheme: 'file', pattern: '**/*.{yml,yaml}' },
  { scheme: 'file', language: 'json' },
];

/**
 * Builds the LanguageClient. On a crash the server restarts once; a second crash stops it and shows
 * an actionable message instead of a restart loop.
 */
export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, snapshotDir?: string): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // A larger young generation: parsing allocates many short-lived nodes, and the default semi-space makes
    // the server spend its keystroke budget in scavenges (about 2x parse throughput under load).
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=64'] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  let crashes = 0;
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.tf,*.tf.json,*.tfvars,*.tfvars.json,*.yml,*.yaml,.costlens.yml,modules.json}'),
    },
    initializationOptions: { settings: vscode.workspace.getConfiguration(SETTINGS_SECTION), snapshotDir, snapshotOrigin: snapshotDir ? 'refreshed' : undefined },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        crashes++;
        if (crashes <= 1) return { action: CloseAction.Restart, message: 'costlens server stopped; restarting it once.' };
        void vscode.window
          .showErrorMessage('The costlens server stopped twice. Cost lenses are off until it restarts.', 'Restart server', 'Show output')
          .then((choice) => {
            if (choice === 'Restart server') void vscode.commands.executeCommand(Commands.restartServer);
            if (choice === 'Show output') output.show();
          });
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  return new LanguageClient('costlens', 'costlens', serverOptions, clientOptions);
}
