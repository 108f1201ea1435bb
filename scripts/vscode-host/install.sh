#!/usr/bin/env bash
# Installs the "real VS Code" test host: code-server 4.100.3 (= VS Code 1.100.3) into
# <repo>/.host (or $SUPPORTLINT_HOST_DIR), plus Debian's chromium and the build tools.
# Idempotent: the apt step is skipped when the packages are present, the npm steps when
# .host/.installed holds the wanted version (so a CI cache of .host/ works).
# Usage: bash scripts/vscode-host/install.sh [--force]
# Steps and the reasons for them: scripts/vscode-host/README.md.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOST="${SUPPORTLINT_HOST_DIR:-$REPO/.host}"
MARKER="$HOST/.installed"
ENTRY="$HOST/node_modules/code-server/out/node/entry.js"
CHROMIUM="${SUPPORTLINT_CHROMIUM:-/usr/bin/chromium}"
APT_PACKAGES=(libkrb5-dev pkg-config ripgrep build-essential python3)
# Another browser binary may be given instead of Debian's chromium (e.g. on Ubuntu, where
# the chromium package is a snap stub): SUPPORTLINT_CHROMIUM=/path/to/chrome.
[ -n "${SUPPORTLINT_CHROMIUM:-}" ] || APT_PACKAGES=(chromium "${APT_PACKAGES[@]}")

say() { printf '[host:install] %s\n' "$*"; }
die() { printf '[host:install] ERROR: %s\n' "$*" >&2; exit 1; }
set -E
trap 'printf "[host:install] FAILED at line %s: %s\n" "$LINENO" "$BASH_COMMAND" >&2' ERR

if [ "${1:-}" = "--force" ]; then rm -f "$MARKER"; fi

command -v node >/dev/null || die "node is required"
command -v npm >/dev/null || die "npm is required"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || say "warning: Node $node_major; code-server $CODE_SERVER_VERSION is built for Node 20"

# --- 1. Debian packages ------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to apt-get install: ${missing[*]}"
    SUDO=(sudo -n)
  fi
  say "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -x "$CHROMIUM" ] || die "$CHROMIUM missing"
RG="$(command -v rg)" || die "ripgrep (rg) missing after apt-get install"

installed() { [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CODE_SERVER_VERSION" ] && [ -f "$ENTRY" ]; }
if installed; then
  say "code-server $CODE_SERVER_VERSION already installed in $HOST"
  exit 0
fi
# Two installs at once (say, `npm run try` next to `npm run test:vscode`) would trample
# each other: the second one waits, then finds the work done.
if command -v flock >/dev/null; then
  exec 9>"${TMPDIR:-/tmp}/supportlint-host-$(printf '%s' "$HOST" | cksum | cut -d' ' -f1).lock"
  flock 9
  if installed; then say "code-server $CODE_SERVER_VERSION installed meanwhile in $HOST"; exit 0; fi
fi

# node-gyp must build against the running node's headers (nodejs.org is not reachable).
if [ -z "${npm_config_nodedir:-}" ]; then
  node_prefix="$(dirname "$(dirname "$(command -v node)")")"
  if [ -f "$node_prefix/include/node/node.h" ]; then
    export npm_config_nodedir="$node_prefix"
  else
    say "warning: no node headers in $node_prefix/include/node; node-gyp will try to download them"
  fi
fi
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# --- 2. code-server from npm, postinstall replayed by hand -------------------------
# Start from scratch: a half-finished earlier attempt is not worth repairing.
say "installing code-server@$CODE_SERVER_VERSION into $HOST (takes a few minutes)"
rm -rf "$HOST"
mkdir -p "$HOST"
echo '{"private":true}' > "$HOST/package.json"
cd "$HOST"
npm install --ignore-scripts --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null

VSCODE_DIR="$HOST/node_modules/code-server/lib/vscode"
[ -d "$VSCODE_DIR" ] || die "$VSCODE_DIR missing"
cd "$VSCODE_DIR"
say "installing VS Code's own dependencies"
npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$RG" node_modules/@vscode/ripgrep/bin/rg
say "building native modules (node-gyp)"
npm rebuild --loglevel=error @parcel/watcher @vscode/spdlog kerberos native-watchdog node-pty @vscode/deviceid >/dev/null
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
say "installing built-in extensions' dependencies"
(cd extensions && npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null)
cd "$HOST"
say "building argon2"
npm rebuild --loglevel=error argon2 >/dev/null   # only builds in the folder where argon2 is hoisted

# --- 3. check ------------------------------------------------------------------------
# XDG_*: keep code-server from writing a config/data folder into the home directory.
check_home="$(mktemp -d)"
version_line="$(XDG_CONFIG_HOME="$check_home" XDG_DATA_HOME="$check_home" node "$ENTRY" --version 2>/dev/null | tail -n 1)"
rm -rf "$check_home"
case "$version_line" in
  "$CODE_SERVER_VERSION "*) ;;
  *) die "unexpected 'code-server --version' output: $version_line" ;;
esac
(cd "$VSCODE_DIR" && node -e "for (const m of ['node-pty', '@vscode/spdlog', '@parcel/watcher', 'kerberos', 'native-watchdog']) require(m)") \
  || die "a native module of VS Code does not load (see above)"
node -e "require('argon2')" || die "argon2 does not load (see above)"
echo "$CODE_SERVER_VERSION" > "$MARKER"
say "done: $version_line; browser: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
