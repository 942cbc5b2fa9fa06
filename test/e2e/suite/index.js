// Mocha entry point run INSIDE the extension host: required by the test-only runner extension under code-server
// (E2E_TESTS_PATH) and by @vscode/test-electron as extensionTestsPath. Mocha is loaded from E2E_NODE_MODULES (the e2e
// tools cache) or the repo's node_modules, so it never has to be packaged into a .vsix.
const fs = require('fs');
const path = require('path');
const metrics = require('./metrics');

const REPO = path.resolve(__dirname, '..', '..', '..');

/** Under code-server the browser driver first does its DOM checks; it writes this file when it is done with the editor. */
async function waitForDriver() {
  const file = process.env.E2E_WAIT_FOR;
  if (!file) return;
  const deadline = Date.now() + Number(process.env.E2E_WAIT_FOR_MS || 180000);
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the browser driver never wrote ${file}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

exports.run = async function run() {
  await waitForDriver();
  const Mocha = require(path.join(process.env.E2E_NODE_MODULES || path.join(REPO, 'node_modules'), 'mocha'));
  // Results go to E2E_LOG and the result file; a silent reporter keeps the extension host's stdout (server.log) clean.
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60000,
    color: false,
    reporter: class Silent {},
    grep: process.env.E2E_GREP,
  });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  const progress = process.env.E2E_LOG;
  const note = (line) => progress && fs.appendFileSync(progress, line + '\n');
  const result = { passed: 0, failed: 0, skipped: 0, tests: [], metrics };
  await new Promise((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (t) => {
      result.passed++;
      result.tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration });
      note(`  ok    ${t.fullTitle()} (${t.duration} ms)`);
    });
    runner.on('pending', (t) => {
      result.skipped++;
      result.tests.push({ title: t.fullTitle(), state: 'skipped' });
      note(`  skip  ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err) => {
      result.failed++;
      result.tests.push({ title: t.fullTitle(), state: 'failed', error: String((err && err.stack) || err) });
      note(`  FAIL  ${t.fullTitle()}: ${err && err.message}`);
    });
  });
  // @vscode/test-electron judges the run by whether run() rejects; the code-server runner reads the result instead.
  if (process.env.E2E_THROW_ON_FAIL && (result.failed > 0 || result.passed === 0)) {
    throw new Error(
      `${result.failed} of ${result.passed + result.failed} e2e tests failed:\n` +
        JSON.stringify(result.tests, null, 2),
    );
  }
  return result;
};
