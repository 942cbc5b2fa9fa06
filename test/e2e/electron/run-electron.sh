#!/usr/bin/env bash
# @vscode/test-electron variant of the in-host suite; skips (exit 0) with a message where no VS Code build is at hand.
# Electron needs a display on Linux: without one, run under xvfb-run when it is installed.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then exec xvfb-run -a node "$HERE/run.js"; fi
exec node "$HERE/run.js"
