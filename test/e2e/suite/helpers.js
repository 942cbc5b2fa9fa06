// Helpers for the in-host suite: find things by substring (never by hand-counted line/column), and wait on
// conditions by polling the real VS Code API with a deadline, never on a fixed sleep.
const assert = require('assert');
const vscode = require('vscode');

const EXTENSION_ID = 'costlens.costlens';

/** Polls `probe` until it returns a truthy value; fails with `what` and the last value seen at the deadline. */
async function waitFor(what, probe, timeoutMs = 30000, everyMs = 25) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline)
      assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function exampleUri(relativePath) {
  const [folder] = vscode.workspace.workspaceFolders || [];
  assert.ok(folder, 'no workspace folder open: the e2e host must open a copy of examples/');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

async function openExample(relativePath) {
  const doc = await vscode.workspace.openTextDocument(exampleUri(relativePath));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Position of the first occurrence of `text` in the document (plus `delta` characters), found by substring. */
function positionOf(doc, text, delta = 0) {
  const offset = doc.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" not found in ${doc.uri.path}`);
  return doc.positionAt(offset + delta);
}

function rangeOf(doc, text) {
  const start = positionOf(doc, text);
  return new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + text.length));
}

/** All code lens titles of a document, as the editor would show them (from every provider, after resolve). */
async function lensTitles(uri) {
  const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri, 100);
  return (lenses || []).map((l) => l.command && l.command.title).filter(Boolean);
}

/** Waits until a lens title satisfies `match` (a string to find, or a predicate over all titles). */
function waitForLens(uri, match, timeoutMs) {
  const ok = typeof match === 'string' ? (titles) => titles.includes(match) : match;
  return waitFor(
    `a code lens matching ${match} in ${uri.path}`,
    async () => {
      const titles = await lensTitles(uri);
      return ok(titles) ? titles : false;
    },
    timeoutMs,
  );
}

async function hoverMarkdown(uri, position) {
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position)) || [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** "$1,234.56/mo" → 1234.56 (the first dollar figure in a string). */
function dollars(text) {
  const m = /\$([\d,]+\.\d+)/.exec(text);
  assert.ok(m, `no dollar figure in "${text}"`);
  return Number(m[1].replace(/,/g, ''));
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Replaces the first occurrence of `from` in the document without saving it. */
async function replaceText(doc, from, to) {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, rangeOf(doc, from), to);
  assert.ok(await vscode.workspace.applyEdit(edit), `edit ${from} → ${to} was refused`);
}

/** Closes the read-only costlens: documents (summaries, breakdowns) and nothing else, whatever group has focus. */
async function closeCostlensEditors() {
  const tabs = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input && t.input.uri && t.input.uri.scheme === 'costlens');
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}

module.exports = {
  closeCostlensEditors,
  EXTENSION_ID,
  waitFor,
  exampleUri,
  openExample,
  positionOf,
  rangeOf,
  lensTitles,
  waitForLens,
  hoverMarkdown,
  dollars,
  median,
  replaceText,
};
