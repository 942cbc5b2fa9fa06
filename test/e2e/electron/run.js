// The same in-host suite under @vscode/test-electron (a VS Code desktop build with --extensionDevelopmentPath), for
// machines that have one. It needs a VS Code download from Microsoft, which the project's machines cannot make, so it
// only runs when a build is at hand and otherwise says why it skipped and exits 0:
//   VSCODE_EXECUTABLE                 path of a VS Code (desktop) executable to use
//   <cache>/vscode-test/              a build test-electron downloaded before (cache = COSTLENS_E2E_INFRA)
//   COSTLENS_E2E_ELECTRON_DOWNLOAD=1  try to download one (bounded by an idle timeout), e.g. on a CI with internet
const fs = require('fs');
const os = require('os');
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..', '..');
const CACHE = path.join(
  process.env.COSTLENS_E2E_INFRA || path.join(os.homedir(), '.cache', 'costlens-e2e'),
  'vscode-test',
);
const PLATFORM = 'linux-x64';

function cachedExecutable(testElectron) {
  if (!fs.existsSync(CACHE)) return undefined;
  for (const dir of fs
    .readdirSync(CACHE)
    .filter((d) => d.startsWith('vscode-'))
    .sort()
    .reverse()) {
    const exe = testElectron.downloadDirToExecutablePath(path.join(CACHE, dir), PLATFORM);
    if (fs.existsSync(exe)) return exe;
  }
  return undefined;
}

async function findVsCode(testElectron) {
  if (process.env.VSCODE_EXECUTABLE) return { exe: process.env.VSCODE_EXECUTABLE, how: 'VSCODE_EXECUTABLE' };
  const cached = cachedExecutable(testElectron);
  if (cached) return { exe: cached, how: `cached in ${CACHE}` };
  if (process.env.COSTLENS_E2E_ELECTRON_DOWNLOAD !== '1') {
    return {
      skip: 'no VS Code desktop build here (set VSCODE_EXECUTABLE, or COSTLENS_E2E_ELECTRON_DOWNLOAD=1 where the VS Code update server is reachable)',
    };
  }
  try {
    const exe = await testElectron.downloadAndUnzipVSCode({
      cachePath: CACHE,
      platform: PLATFORM,
      timeout: 15000,
      reporter: new testElectron.SilentReporter(),
    });
    return { exe, how: 'downloaded' };
  } catch (e) {
    return { skip: `the VS Code download failed (${e.message.split('\n')[0]})` };
  }
}

async function main() {
  const testElectron = require('@vscode/test-electron');
  const found = await findVsCode(testElectron);
  if (found.skip) {
    console.log(
      `e2e electron: SKIP: ${found.skip}. The same in-host suite runs under code-server (run-code-server.sh).`,
    );
    return 0;
  }
  if (!fs.existsSync(path.join(REPO, 'dist', 'client.js')))
    throw new Error('dist/client.js missing: run npm run build first');
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-electron-'));
  fs.cpSync(path.join(REPO, 'examples'), path.join(run, 'ws'), { recursive: true });
  console.log(`e2e electron: VS Code from ${found.how}: ${found.exe}`);
  try {
    await testElectron.runTests({
      vscodeExecutablePath: found.exe,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, '..', 'suite', 'index.js'),
      extensionTestsEnv: { E2E_THROW_ON_FAIL: '1', E2E_LOG: path.join(run, 'suite.log') },
      launchArgs: [
        path.join(run, 'ws'),
        '--disable-workspace-trust',
        '--disable-gpu',
        `--user-data-dir=${path.join(run, 'user-data')}`,
        `--extensions-dir=${path.join(run, 'extensions')}`,
      ],
    });
    console.log(fs.readFileSync(path.join(run, 'suite.log'), 'utf8'));
    console.log('e2e electron: PASS');
    return 0;
  } catch (e) {
    if (fs.existsSync(path.join(run, 'suite.log'))) console.log(fs.readFileSync(path.join(run, 'suite.log'), 'utf8'));
    console.log(`e2e electron: FAIL: ${e.message}`);
    return 1;
  } finally {
    fs.rmSync(run, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`e2e electron: FAIL: ${e.stack || e}`);
    process.exit(1);
  },
);
