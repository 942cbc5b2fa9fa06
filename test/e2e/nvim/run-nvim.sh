#!/usr/bin/env bash
# Independent LSP client check: headless Neovim (Debian package, installed by test/e2e/setup.sh) starts
# `node dist/server.js --stdio` on a copy of examples/, asks for code lenses and a hover on terraform/main.tf and
# checks the hand-computed dollar figures of test/e2e/expected.js. Builds dist/ when it is missing.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
command -v nvim >/dev/null || { echo 'nvim check: neovim missing: run test/e2e/setup.sh' >&2; exit 1; }
[ -f "$REPO/dist/server.js" ] || (cd "$REPO" && npm run build --silent >/dev/null)
t0=$(date +%s%N)

RUN="$(mktemp -d /tmp/costlens-nvim-XXXXXX)"
trap 'rm -rf "$RUN"' EXIT
mkdir -p "$RUN/ws" && cp -r "$REPO/examples/." "$RUN/ws/"
expected() { node -p "require('$HERE/../expected').terraform.$1"; }
# HOME and XDG_* keep Neovim's log, swap and state files inside the run dir.
rc=0
HOME="$RUN" XDG_CACHE_HOME="$RUN/cache" XDG_STATE_HOME="$RUN/state" XDG_DATA_HOME="$RUN/data" XDG_CONFIG_HOME="$RUN/config" \
  PROBE_SERVER="$REPO/dist/server.js" PROBE_ROOT="$RUN/ws" PROBE_FILE='terraform/main.tf' PROBE_OUT="$RUN/result.json" \
  PROBE_LENSES="$(expected fileTotal)|$(expected webLens)|$(expected apiLens)" \
  PROBE_HOVER_AT='instance_type = "m5.large"' PROBE_HOVER_HAS='| Component |$70.08|$2.40|$72.48' \
  timeout 90 nvim --headless --noplugin -n -i NONE -u "$HERE/lsp-probe.lua" || rc=$?
printf 'nvim check: %s in %ss\n' "$([ "$rc" = 0 ] && echo PASS || echo "FAIL ($rc)")" \
  "$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"
exit "$rc"
