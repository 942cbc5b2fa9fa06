// The summary commands, run from the real command registry; the summary opens as a read-only Markdown document.
const assert = require('assert');
const vscode = require('vscode');
const { terraform: tf, workspace } = require('../expected');
const h = require('./helpers');

describe('Cost summaries', () => {
  before(async () => {
    // The summary reads the server's analysis; the lens on main.tf says that analysis is there.
    const doc = await h.openExample(tf.file);
    await h.waitForLens(doc.uri, tf.webLens);
  });

  // Only the costlens documents: closing "other groups" would close main.tf when the summary has focus.
  afterEach(h.closeCostlensEditors);

  it('costlens.showWorkspaceSummary opens a summary with the workspace total', async () => {
    await vscode.commands.executeCommand('costlens.showWorkspaceSummary');
    const editor = await h.waitFor('the workspace summary editor', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.path.includes('workspace-cost-summary')),
    );
    const text = editor.document.getText();
    assert.ok(text.startsWith(workspace.summaryHeading), `summary starts with:\n${text.slice(0, 300)}`);
    assert.match(text, /terraform\/main\.tf/, 'the by-file table lists main.tf');
    assert.match(text, /terraform\/modules\/worker\/main\.tf/, 'and the module file');
  });

  it('costlens.showFileSummary opens the total of the active file', async () => {
    await h.openExample(tf.file);
    await vscode.commands.executeCommand('costlens.showFileSummary');
    const editor = await h.waitFor('the file summary editor', () =>
      vscode.window.visibleTextEditors.find((e) => /file-cost-main\.tf/.test(e.document.uri.path)),
    );
    // File total of main.tf: 72.48 + 93.504 + 20.00 = 185.984 (see expected.js).
    assert.match(editor.document.getText(), /^# Cost of .*main\.tf: \$185\.98\/mo/);
  });
});
