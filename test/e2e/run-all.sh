#!/usr/bin/env bash
# The whole e2e tier, for `npm run test:e2e`: setup (idempotent, seconds when warm), the code-server suite (packaged
# .vsix in a real VS Code host + Chromium), the independent Neovim LSP client check, and the @vscode/test-electron
# suite (skips with a message where no VS Code desktop build can be had). Runs every part, fails if any failed.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
t0=$(date +%s%N)
secs() { awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

"$HERE/setup.sh" || exit 1
declare -A status
for part in code-server nvim electron; do
  case "$part" in
    code-server) cmd=("$HERE/run-code-server.sh") ;;
    nvim) cmd=("$HERE/nvim/run-nvim.sh") ;;
    electron) cmd=("$HERE/electron/run-electron.sh") ;;
  esac
  echo "=== e2e: $part"
  if "${cmd[@]}"; then status[$part]=ok; else status[$part]=FAILED; fi
done
failed=0
for part in code-server nvim electron; do [ "${status[$part]}" = ok ] || failed=$((failed + 1)); done
echo "e2e: code-server ${status[code-server]}, nvim ${status[nvim]}, electron ${status[electron]} in $(secs "$t0")s;" \
  "screenshots in .test-artifacts/e2e/"
exit $((failed > 0))
