// Runs in the real extension host next to the installed costlens .vsix, on a copy of examples/.
// Expected figures are hand-computed in ../expected.js from the price snapshot.
const assert = require('assert');
const vscode = require('vscode');
const { terraform: tf, webMonthly, HOURLY } = require('../expected');
const metrics = require('./metrics');
const h = require('./helpers');

describe('Terraform in a real editor (examples/terraform/main.tf)', () => {
  let doc;

  before(async () => {
    doc = await h.openExample(tf.file);
  });

  it('activates the costlens extension', async () => {
    const ext = vscode.extensions.getExtension(h.EXTENSION_ID);
    assert.ok(ext, `${h.EXTENSION_ID} is not installed in this host`);
    await h.waitFor('costlens to activate', () => ext.isActive, 30000);
  });

  it('shows a lens with the monthly cost above each priced resource and the file total at the top', async () => {
    const titles = await h.waitForLens(doc.uri, tf.webLens);
    for (const want of [tf.fileTotal, tf.apiLens, tf.dataLens, tf.moduleLens]) {
      assert.ok(titles.includes(want), `missing lens "${want}" in ${JSON.stringify(titles)}`);
    }
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
    const total = lenses.find((l) => l.command && l.command.title === tf.fileTotal);
    assert.strictEqual(total.range.start.line, 0, 'the file total lens belongs on the first line');
    const web = lenses.find((l) => l.command && l.command.title === tf.webLens);
    assert.strictEqual(web.range.start.line, h.positionOf(doc, 'resource "aws_instance" "web"').line);
    assert.strictEqual(web.command.command, 'costlens.showBreakdown', 'clicking a resource lens opens its breakdown');
  });

  it('hovers a resource with a component table, the total and the price date', async () => {
    const md = await h.waitFor('a costlens hover on aws_instance.web', async () => {
      const text = await h.hoverMarkdown(doc.uri, h.positionOf(doc, 'instance_type = "m5.large"', 2));
      return /\|\s*-{3}/.test(text) ? text : false;
    });
    assert.match(md, /m5\.large/, md);
    assert.match(md, /\$70\.08/, `instance hours 0.096 × 730 = 70.08 missing:\n${md}`);
    assert.match(md, /\$2\.40/, `root volume 30 GB gp3 × 0.08 = 2.40 missing:\n${md}`);
    assert.match(md, /\$72\.48/, md);
    assert.match(md, /\d{4}-\d{2}-\d{2}/, `no price date in the hover:\n${md}`);
  });

  it('updates the lens after typing, without saving', async () => {
    await h.waitForLens(doc.uri, tf.webLens);
    await h.replaceText(doc, '"m5.large"', '"m5.xlarge"');
    try {
      await h.waitForLens(doc.uri, tf.webLensAfterEdit);
      assert.ok(doc.isDirty, 'the document must still be unsaved: lenses follow the buffer, not the disk');
    } finally {
      await h.replaceText(doc, '"m5.xlarge"', '"m5.large"');
    }
    await h.waitForLens(doc.uri, tf.webLens);
  });

  it('measures edit-to-lens latency through the extension API (20 edits)', async () => {
    // Alternating edits, each awaited until the provider reports the new figure; the browser driver measures the
    // same thing from real keystrokes to painted lenses.
    const samples = [];
    for (let i = 0; i < 20; i++) {
      const [from, to, want] =
        i % 2 === 0 ? ['"m5.large"', '"m5.xlarge"', tf.webLensAfterEdit] : ['"m5.xlarge"', '"m5.large"', tf.webLens];
      const t0 = process.hrtime.bigint();
      await h.replaceText(doc, from, to);
      await h.waitForLens(doc.uri, want, 10000, 1);
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    metrics.editToLensMsMedian = Math.round(h.median(samples));
    metrics.editToLensMsMax = Math.round(Math.max(...samples));
    assert.strictEqual(samples.length, 20);
    assert.ok(doc.getText().includes('"m5.large"'), 'an even number of edits ends on the original text');
  });

  it('applies a cheaper-instance quick fix and the lens drops by the stated saving', async function () {
    const range = h.rangeOf(doc, '"m5.large"');
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range)) || [];
    const mine = actions.filter((a) => /—\s*saves\s*\$/.test(a.title));
    if (mine.length === 0) {
      // The advice rules (server/src/advice) are not in yet: skip, never fake. Any costlens action must be a saving.
      this.skip();
    }
    const action = mine.find((a) => /^Switch to \S+/.test(a.title));
    assert.ok(action, `no "Switch to …" action among ${JSON.stringify(mine.map((a) => a.title))}`);
    const [, target, saved] = /^Switch to (\S+?) .*saves \$([\d,.]+)\/mo/.exec(action.title) || [];
    assert.ok(target in HOURLY, `add the hand-computed price of ${target} to expected.js (title: ${action.title})`);
    // The stated saving must match the snapshot: (0.096 - target hourly) × 730.
    assert.strictEqual(Number(saved.replace(/,/g, '')), round2(webMonthly('m5.large') - webMonthly(target)));

    const before = h.dollars((await h.lensTitles(doc.uri)).find((t) => t === tf.webLens));
    if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
    if (action.command)
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments || []));
    try {
      assert.ok(doc.getText().includes(`instance_type = "${target}"`), 'the quick fix must edit exactly instance_type');
      const want = `$${round2(webMonthly(target)).toFixed(2)}/mo`;
      await h.waitForLens(doc.uri, want);
      assert.ok(Math.abs(before - Number(saved) - h.dollars(want)) < 0.011, `${before} - ${saved} != ${want}`);
    } finally {
      await h.replaceText(doc, `"${target}"`, '"m5.large"');
      await h.waitForLens(doc.uri, tf.webLens);
    }
  });
});

function round2(n) {
  return Math.round(n * 100) / 100;
}
