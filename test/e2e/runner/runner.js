// Test-only extension: the code-server stand-in for @vscode/test-electron's extensionTestsPath.
//   E2E_TESTS_PATH  absolute path of a module exporting run(): Promise<{ passed, failed, skipped, tests }>
//   E2E_RESULT      where the JSON result goes; the browser driver waits for it, because in code-server the
//                   workbench lives in the browser tab and vscode.execute* commands only answer while it is open.
const fs = require('fs');

exports.activate = function activate() {
  const testsPath = process.env.E2E_TESTS_PATH;
  const out = process.env.E2E_RESULT;
  if (!testsPath || !out) return;
  // Run after activate() returns, so the extension host is not blocked while the suite starts.
  setImmediate(async () => {
    let result;
    try {
      result = await require(testsPath).run();
      result.pass = result.failed === 0 && result.passed > 0;
    } catch (e) {
      result = { pass: false, error: String((e && e.stack) || e) };
    }
    // Write then rename, so the driver never reads half a file.
    fs.writeFileSync(out + '.tmp', JSON.stringify(result, null, 2));
    fs.renameSync(out + '.tmp', out);
  });
};

exports.deactivate = function deactivate() {};
