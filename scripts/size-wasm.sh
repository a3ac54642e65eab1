#!/usr/bin/env bash
# The explorer's wasm size without Trunk, for comparing builds quickly (docs/size.md):
# cargo build (release, wasm32), wasm-bindgen, wasm-opt with index.html's passes, then
# brotli -q 11. Prints the wasm's brotli bytes (the number to compare), and, as shipped,
# the wasm with its imports renamed short plus the minified JS glue.
#   scripts/size-wasm.sh [out-dir]      (default /tmp/sz; SKIP_BUILD=1 to reuse target/)
# Run from anywhere; builds with `nice`. Needs wasm-bindgen, wasm-opt, brotli and node
# (terser) on PATH, as `make` provides them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/sz}
cd "$root"
export CARGO_NET_OFFLINE=true
if [[ -z ${SKIP_BUILD:-} ]]; then
  nice cargo build -q --release --target wasm32-unknown-unknown -p alliance-explorer --bin alliance-explorer
fi
target=${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/alliance-explorer.wasm
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" "$target"
# The same passes as index.html's data-wasm-opt="z" data-wasm-opt-params (Trunk puts
# -Oz first).
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
# shellcheck disable=SC2086
nice wasm-opt -Oz $params --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$out/alliance-explorer_bg.wasm" -o "$out/alliance-explorer_bg.wasm"
br() { brotli -q 11 -c "$1" | wc -c; }
wasm_raw=$(stat -c%s "$out/alliance-explorer_bg.wasm")
wasm_br=$(br "$out/alliance-explorer_bg.wasm")
# As shipped: the glue minified and the imports renamed (scripts/post-build.sh); those
# scripts keep index.html's integrity hashes, so they get a stand-in page.
printf '<script integrity="%s"></script>' \
  "sha384-$(openssl dgst -sha384 -binary "$out/alliance-explorer.js" | base64 -w0)" >"$out/index.html"
node scripts/minify-js.mjs "$out" >/dev/null
node scripts/short-imports.mjs "$out" >/dev/null
echo "wasm (wasm-opt)        raw $wasm_raw  brotli $wasm_br"
echo "wasm (short imports)   raw $(stat -c%s "$out/alliance-explorer_bg.wasm")  brotli $(br "$out/alliance-explorer_bg.wasm")"
echo "JS glue (minified)     raw $(stat -c%s "$out/alliance-explorer.js")  brotli $(br "$out/alliance-explorer.js")"
