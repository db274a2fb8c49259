#!/usr/bin/env bash
# Installs what the VS Code end-to-end tests (packages/vscode/test/e2e) need, and caches it:
#   - Debian packages: chromium (the browser Playwright drives), libkrb5-dev (to compile
#     code-server's native kerberos module), ripgrep (VS Code's search binary);
#   - code-server (a real VS Code server build from npm), in a folder of its own outside the
#     repository: $DUNLINT_E2E_CACHE/code-server-<version>.
# playwright-core and @vscode/vsce are ordinary devDependencies of the repository.
#
# Idempotent: a second run with everything present returns in a second or two.
# When the machine cannot install system packages (not root, no passwordless sudo, no apt-get),
# it says so, records the reason in $DUNLINT_E2E_CACHE/unavailable and exits 0: the e2e tests then
# skip with that message. Any other failure (a broken download, a failed build) exits non-zero.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# The @vscode/ripgrep release that code-server 4.100.3 depends on, and the rg archive it fetches.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

home="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
CACHE="${DUNLINT_E2E_CACHE:-${XDG_CACHE_HOME:-$home/.cache}/dunlint-e2e}"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
MARKER="$CS_DIR/.dunlint-e2e-ready"
APT_PACKAGES=(chromium libkrb5-dev ripgrep)

log() { printf 'e2e-setup: %s\n' "$*"; }

mkdir -p "$CACHE"
# One setup at a time per cache (a second caller waits, then finds everything done).
exec 9>"$CACHE/.lock"
flock 9

unavailable() {
  printf '%s\n' "$1" >"$CACHE/unavailable"
  log "cannot set up the VS Code e2e tests: $1"
  log "the e2e tests will be skipped. Run scripts/e2e-setup.sh as root (or with passwordless sudo) to enable them."
  exit 0
}

# --- 1. System packages -------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null 2>&1; then
    unavailable "apt-get is not available to install: ${missing[*]}"
  fi
  if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    unavailable "not root and no passwordless sudo to install: ${missing[*]}"
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Wait for a dpkg lock held by another apt run instead of failing at once.
  apt_opts=(-o DPkg::Lock::Timeout=600 -qq)
  "${SUDO[@]}" apt-get "${apt_opts[@]}" update
  "${SUDO[@]}" apt-get "${apt_opts[@]}" install -y "${missing[@]}" >/dev/null
  log "Debian packages installed"
fi
rm -f "$CACHE/unavailable"

# --- 2. code-server -----------------------------------------------------------------------
if [[ -f "$MARKER" && -x "$CS_BIN" ]]; then
  log "code-server $CODE_SERVER_VERSION is ready in $CS_DIR"
  exit 0
fi

log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (a few minutes on a cold machine)"
started=$SECONDS
# Installed in place; the marker written last tells a finished install from an interrupted one.
STAGE="$CS_DIR"
rm -rf "$STAGE"
mkdir -p "$STAGE/tmp"
# A package.json of its own so npm installs here and never walks up into another project.
printf '{ "name": "dunlint-e2e-code-server", "private": true }\n' >"$STAGE/package.json"

# @vscode/ripgrep's postinstall downloads rg from the internet; seed its cache (kept under the
# private TMPDIR below) with Debian's binary instead.
seed="$STAGE/tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$seed" "$STAGE/tmp/rg-bin"
cp "$(command -v rg)" "$STAGE/tmp/rg-bin/rg"
tar czf "$seed/$RIPGREP_ASSET" -C "$STAGE/tmp/rg-bin" rg

# Native modules (argon2, kerberos, node-pty) build against the installed Node's headers: no
# header download. Prebuilt-binary downloads fail offline and fall back to a source build.
nodedir="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
(
  cd "$STAGE"
  export TMPDIR="$STAGE/tmp"
  export npm_config_unsafe_perm=true # as root, code-server's postinstall refuses otherwise
  export npm_config_yes=true         # node-pty's postinstall runs npx
  export npm_config_nodedir="$nodedir"
  # A second try for a transient registry error.
  for attempt in 1 2; do
    if npm install --no-audit --no-fund --no-save --prefer-offline --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" >"$STAGE/install.log" 2>&1; then
      exit 0
    fi
    log "npm install of code-server failed (attempt $attempt of 2)" >&2
    tail -n 40 "$STAGE/install.log" >&2
  done
  exit 1
)
# Smoke check: the binary starts on this Node.
# (with XDG folders of its own: code-server writes a default config file on its first start)
version_line="$(
  XDG_CONFIG_HOME="$STAGE/tmp/xdg-config" XDG_DATA_HOME="$STAGE/tmp/xdg-data" \
    "$STAGE/node_modules/.bin/code-server" --version 2>/dev/null | grep -E "^$CODE_SERVER_VERSION " | head -n 1 || true
)"
if [[ "$version_line" != "$CODE_SERVER_VERSION"* ]]; then
  log "code-server did not start after the install (got: '${version_line}'); see $STAGE/install.log" >&2
  exit 1
fi
if [[ ! -x "$STAGE/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]]; then
  log "code-server's @vscode/ripgrep has no rg binary (its version may no longer be $RIPGREP_PKG_VERSION); see $STAGE/install.log" >&2
  exit 1
fi
rm -rf "$STAGE/tmp"
printf '%s\n' "$version_line" >"$MARKER"
log "code-server $CODE_SERVER_VERSION installed in $((SECONDS - started)) s"
