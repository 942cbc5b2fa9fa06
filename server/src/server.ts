import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { Session } from './session';

// Entry point: `node dist/server.js --stdio` (or node-ipc from the VS Code client).
const argv = process.argv;
const i = argv.indexOf('--snapshot');
const connection = createConnection(ProposedFeatures.all);
new Session(connection, { snapshotDir: i >= 0 ? argv[i + 1] : undefined }).listen();
