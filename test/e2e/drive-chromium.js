// Drives the code-server workbench in headless Debian Chromium: what a person sees, checked in the DOM.
//   node drive-chromium.js <workbench-url>
// Env: E2E_SIGNAL (file written when the DOM phase is done, so the in-host suite may start editing),
//      E2E_RESULT (the in-host mocha result; the page must stay open until it exists), E2E_ARTIFACTS (screenshots,
//      dom.json), CHROMIUM (default /usr/bin/chromium), DRIVE_TIMEOUT_MS, DRIVE_VERBOSE.
// Exit 0 only when every DOM check and the in-host suite passed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const { terraform: tf, workspace } = require('./expected');
const dom = require('./dom-checks');

const [url] = process.argv.slice(2);
// Generous: on a busy 2-core machine the 19 MB workbench alone can take a minute to parse.
const TIMEOUT = Number(process.env.DRIVE_TIMEOUT_MS || 150000);
const ARTIFACTS = process.env.E2E_ARTIFACTS || path.resolve(__dirname, '..', '..', '.test-artifacts', 'e2e');
const t0 = Date.now();
const log = (m) => console.log(`[drive +${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

async function main() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const checks = [];
  const check = (name, ok, detail) => {
    checks.push({ name, ok: !!ok, detail });
    log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
  };
  const figures = {};
  let suite = { pass: false, error: 'not run' };
  const page = browser.pages()[0] || (await browser.newPage());
  page.on('console', (m) => process.env.DRIVE_VERBOSE && console.log('[page]', m.type(), m.text()));
  page.on('pageerror', (e) => log('pageerror: ' + e.message));
  const shot = async (name) => {
    await page.screenshot({ path: path.join(ARTIFACTS, name) });
    log(`screenshot ${path.join(ARTIFACTS, name)}`);
  };
  try {
    await domPhase(page, check, figures, shot);
  } catch (e) {
    check('DOM phase ran to the end', false, e.stack || String(e));
    await shot('failure.png').catch(() => {});
  }
  // Without a workbench there is no extension host, so no suite will ever report: do not wait for one.
  const hasWorkbench = !!(await page.$('.monaco-workbench').catch(() => null));
  try {
    if (!hasWorkbench) throw new Error('the workbench never loaded');
    // Hand the editor to the in-host suite and keep the page connected until it reports.
    fs.writeFileSync(process.env.E2E_SIGNAL || path.join(ARTIFACTS, 'dom-done'), JSON.stringify({ checks }));
    suite = await dom.waitForResult(page, process.env.E2E_RESULT, Number(process.env.SUITE_TIMEOUT_MS || 240000));
    check(
      'in-host mocha suite passed',
      suite.pass === true,
      suite.error || `${suite.passed} passed, ${suite.failed} failed, ${suite.skipped} skipped`,
    );
    // The summary from the Command Palette, as a person opens it.
    const heading = workspace.summaryHeading.replace(/^# /, '');
    const summary = await dom
      .workspaceSummary(page, heading, 30000)
      .catch((e) => `not shown: ${e.message.split('\n')[0]}`);
    check(`palette "Show Workspace Cost Summary" shows "${heading}"`, summary.includes(heading), summary);
    await shot('summary.png');
    // VS Code's own activation figure for costlens (Developer: Show Running Extensions).
    figures.activation = await dom
      .activationTimes(page, 'costlens', 20000)
      .catch((e) => ({ error: e.message.split('\n')[0] }));
    log('activation (Running Extensions view): ' + JSON.stringify(figures.activation));
    await shot('running-extensions.png');
  } catch (e) {
    check('suite phase ran to the end', false, e.stack || String(e));
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const ok = checks.length > 0 && checks.every((c) => c.ok);
  fs.writeFileSync(path.join(ARTIFACTS, 'dom.json'), JSON.stringify({ ok, checks, figures, suite }, null, 2));
  log(ok ? 'PASS' : 'FAIL');
  return ok ? 0 : 1;
}

/** Lenses, status bar, hover and keystroke latency on the Terraform example, as a person would see them. */
async function domPhase(page, check, figures, shot) {
  const tNav = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
  await page.waitForSelector('.monaco-workbench', { timeout: TIMEOUT });
  await dom.installHelpers(page);
  log('workbench DOM present');
  await dom.openFile(page, tf.file, TIMEOUT);
  log(`editor open on ${tf.file}`);

  // 1) Lenses as painted in the editor, the status bar, and a screenshot of both.
  const lenses = await dom.waitForLensTexts(page, [tf.fileTotal, tf.webLens], TIMEOUT);
  figures.navigationToLensMs = Date.now() - tNav;
  check('lenses painted: file total and aws_instance.web', lenses, JSON.stringify(lenses));
  for (const want of [tf.apiLens, tf.dataLens]) check(`lens "${want}" painted`, (lenses || []).includes(want));
  const status = await dom.waitForStatusBar(page, tf.statusBar, 15000);
  check(`status bar shows the file total ${tf.statusBar}`, status, status || undefined);
  await shot('lens.png');

  // 2) A real mouse hover over the resource: the rendered component table.
  const hover = await dom.hoverLine(page, 'instance_type = "m5.large"', 'instance_type', 20000);
  check('hover renders a component table', hover.hasTable, hover.text.replace(/\s+/g, ' ').slice(0, 120));
  check(
    'hover shows instance hours $70.08 and the total $72.48',
    /\$70\.08/.test(hover.text) && /\$72\.48/.test(hover.text),
  );
  await shot('hover.png');
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 450);

  // 3) Keystroke → painted lens, 20 times: insert / delete the "x" of m5.xlarge and wait for the lens to change.
  const samples = await dom.keystrokeLatency(page, {
    line: 'instance_type = "m5.large"',
    before: 'large"',
    insert: 'x',
    lensA: tf.webLensAfterEdit,
    lensB: tf.webLens,
    edits: 20,
    timeoutMs: 15000,
  });
  figures.keystrokeToLensMs = samples;
  figures.keystrokeToLensMedianMs = dom.median(samples);
  check('20 keystrokes each repainted the lens', samples.length === 20, `median ${figures.keystrokeToLensMedianMs} ms`);
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
