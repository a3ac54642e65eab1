#!/usr/bin/env bash
# Installs what building and testing need, only when it is missing, from the package
# registries alone (crates.io, npm, Debian). Trunk never downloads tools of its own:
# Trunk.toml pins the versions installed here and sets offline mode.
#   scripts/ensure-tools.sh           build tools: wasm32 target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/ensure-tools.sh --browser also Debian's chromium + chromium-driver, brotli, a Japanese font and LibreOffice Calc
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  say "apt: installing ${missing[*]}"
  local sudo=""; [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first" >&2; exit 1; }
command -v npm >/dev/null || apt_install nodejs npm

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for comp in clippy rustfmt; do
  rustup component list --installed 2>/dev/null | grep -q "^$comp" || rustup component add "$comp"
done

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "cargo: installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION"; then
  say "cargo: installing wasm-bindgen-cli $WB_VERSION (about 3 minutes)"
  # Not --locked: its lock file asks for a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# wasm-opt (binaryen 132), playwright-core and TimelineJS (make bench's side-by-side)
# from npm, pinned by package-lock.json.
if [[ ! -x node_modules/.bin/wasm-opt || ! -x node_modules/.bin/terser || ! -d node_modules/playwright-core || ! -d node_modules/axe-core || ! -d node_modules/@knight-lab/timelinejs || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "npm: installing binaryen, terser, playwright-core, axe-core and TimelineJS from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [[ ${1:-} == --browser ]]; then
  # A Japanese font: the tests measure Japanese text as a reader's machine draws it.
  # LibreOffice Calc (without its GUI): the CSV downloads are opened with it.
  apt_install chromium chromium-driver brotli fonts-ipafont-gothic libreoffice-calc-nogui
fi
