#!/usr/bin/env bash
# Trunk post_build hook: fills the page's title, tagline, description and language from
# the corpus's [corpus] table, exports the compiled corpus as data/corpus.json, writes
# the map's country outlines as data/countries.svg (the same for every corpus), and
# builds the downloads' wasm module into exporter/ and the `open` build into open/. Then: the boot script as a file of
# the build (no inline script, for a strict CSP), the single file alliance-explorer.html
# (everything inlined, the exporter too; works from file://) and the service worker sw.js
# (caches this build's files for offline use), in that order.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-.}"
corpus="${CORPUS_DIR:-seeds}"
cargo run -q --offline -p corpus-compiler -- page "$corpus" "$TRUNK_STAGING_DIR/index.html"
cargo run -q --offline -p corpus-compiler -- export "$corpus" "$TRUNK_STAGING_DIR/data/corpus.json"
cargo run -q --offline -p mapgen -- outlines "$TRUNK_STAGING_DIR/data/countries.svg"
# Release builds: the JS glue minified (Trunk's minifier cannot parse it) and the wasm's
# imports from it given short names in both files, integrity kept.
if [[ ${TRUNK_PROFILE:-} == release ]]; then
  node scripts/minify-js.mjs "$TRUNK_STAGING_DIR"
  node scripts/short-imports.mjs "$TRUNK_STAGING_DIR"
fi

# The downloads (crates/exporter): a wasm module of their own, loaded by the page only
# when someone downloads, so the first load never carries them. It compiles in the same
# corpus (CORPUS_DIR too). Written to exporter/exporter.js and exporter/exporter_bg.wasm.
profile=debug
cargo_profile=()
if [[ ${TRUNK_PROFILE:-} == release ]]; then
  profile=release
  cargo_profile=(--release)
fi
CARGO_NET_OFFLINE=true cargo build -q --target wasm32-unknown-unknown -p exporter "${cargo_profile[@]}"
exporter="$TRUNK_STAGING_DIR/exporter"
rm -rf "$exporter"
wasm-bindgen --target web --no-typescript --out-dir "$exporter" \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/exporter.wasm"
if [[ $profile == release ]]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$exporter/exporter_bg.wasm" -o "$exporter/exporter_bg.wasm"
  terser "$exporter/exporter.js" --module --compress --mangle -o "$exporter/exporter.js"
fi

# The `open` build (issue 21): the explorer without a corpus compiled in, that checks and
# opens a corpus the user chooses in the browser (the corpus compiler and the map's
# placement come with it). The boot script loads it instead of the explorer for `?open`,
# so the first load never carries it. Written to open/alliance-explorer-open{.js,_bg.wasm}.
CARGO_NET_OFFLINE=true cargo build -q --target wasm32-unknown-unknown -p alliance-explorer \
  --features open --bin alliance-explorer-open "${cargo_profile[@]}"
opened="$TRUNK_STAGING_DIR/open"
rm -rf "$opened"
mkdir -p "$opened"
cp public/open.css "$opened/open.css"
wasm-bindgen --target web --no-typescript --out-dir "$opened" \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/alliance-explorer-open.wasm"
if [[ $profile == release ]]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$opened/alliance-explorer-open_bg.wasm" -o "$opened/alliance-explorer-open_bg.wasm"
  terser "$opened/alliance-explorer-open.js" --module --compress --mangle -o "$opened/alliance-explorer-open.js"
fi

node scripts/boot.mjs "$TRUNK_STAGING_DIR"
node scripts/single-file.mjs "$TRUNK_STAGING_DIR"
node scripts/service-worker.mjs "$TRUNK_STAGING_DIR"
