// The contributed commands, run through the real command registry the way a click or the palette runs them.
const assert = require('assert');
const vscode = require('vscode');
const { terraform: tf } = require('../expected');
const h = require('./helpers');

describe('Commands', () => {
  let doc;

  before(async () => {
    doc = await h.openExample(tf.file);
    await h.waitForLens(doc.uri, tf.webLens);
  });

  // Only the costlens documents: closing "other groups" would close main.tf when the summary has focus.
  afterEach(h.closeCostlensEditors);

  it('registers every command that package.json contributes', async () => {
    const contributed = vscode.extensions
      .getExtension(h.EXTENSION_ID)
      .packageJSON.contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of [
      'costlens.showWorkspaceSummary',
      'costlens.showFileSummary',
      'costlens.restartServer',
      'costlens.showOutput',
      'costlens.showBreakdown',
    ]) {
      assert.ok(contributed.includes(id), `${id} is not contributed in package.json`);
    }
    assert.deepStrictEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
      'contributed but not registered',
    );
  });

  it('clicking the aws_instance.web lens opens its breakdown', async () => {
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
    const lens = lenses.find((l) => l.command && l.command.title === tf.webLens);
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments || []));
    const editor = await h.waitFor('the breakdown editor', () =>
      vscode.window.visibleTextEditors.find((e) => /breakdown-/.test(e.document.uri.path)),
    );
    const text = editor.document.getText();
    // m5.large 0.096 × 730 = 70.08, root 30 GB gp3 × 0.08 = 2.40, total 72.48 (see expected.js).
    for (const want of ['| Component', '$70.08', '$2.40', '$72.48'])
      assert.ok(text.includes(want), `${want} missing:\n${text}`);
  });

  it('costlens.restartServer brings the lenses back from a new server', async () => {
    await vscode.commands.executeCommand('costlens.restartServer');
    const titles = await h.waitForLens(doc.uri, tf.webLens);
    assert.ok(titles.includes(tf.fileTotal), JSON.stringify(titles));
    // The restarted server answers hovers too, not just cached lenses.
    const md = await h.waitFor('a hover from the restarted server', async () => {
      const text = await h.hoverMarkdown(doc.uri, h.positionOf(doc, 'instance_type = "m5.large"', 2));
      return text.includes('$72.48') ? text : false;
    });
    assert.match(md, /\| Component/);
  });
});
