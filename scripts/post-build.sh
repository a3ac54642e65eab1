#!/usr/bin/env bash
# Trunk post_build hook: fills the page's title, tagline, description and language from
# the corpus's [corpus] table, exports the compiled corpus as data/corpus.json, writes
# the map's country outlines as data/countries.svg (the same for every corpus), and
# builds the downloads' wasm module into exporter/ and the `open` build into open/.
# Then: the boot script as a file of the build (no inline script, for a strict CSP); the
# single file alliance-explorer.html (everything inlined, the exporter too; works from
# file://) and the `open` build's one-file page open/one-file.html; the service worker
# sw.js (caches this build's files for offline use); in that order.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-.}"
corpus="${CORPUS_DIR:-seeds}"
# The shell as Trunk wrote it, placeholders unfilled: the `open` build's one-file page
# is made from it (scripts/single-file.mjs), and fills them with the corpus it saves.
cp "$TRUNK_STAGING_DIR/index.html" "$TRUNK_STAGING_DIR/shell.html"
cargo run -q --offline -p corpus-compiler -- page "$corpus" "$TRUNK_STAGING_DIR/index.html"
cargo run -q --offline -p corpus-compiler -- export "$corpus" "$TRUNK_STAGING_DIR/data/corpus.json"
cargo run -q --offline -p mapgen -- outlines "$TRUNK_STAGING_DIR/data/countries.svg"
# Release builds: the JS glue minified (Trunk's minifier cannot parse it) and the wasm's
# imports from it given short names in both files, integrity kept.
if [[ ${TRUNK_PROFILE:-} == release ]]; then
  node scripts/minify-js.mjs "$TRUNK_STAGING_DIR"
  node scripts/short-imports.mjs "$TRUNK_STAGING_DIR"
fi

profile=debug
cargo_profile=()
if [[ ${TRUNK_PROFILE:-} == release ]]; then
  profile=release
  cargo_profile=(--release)
fi
# A wasm module of the build besides the explorer's: cargo's wasm <name>.wasm through
# wasm-bindgen into <dir>/ (release builds: wasm-opt -Oz and the glue minified).
module() {
  local name=$1 dir=$2
  wasm-bindgen --target web --no-typescript --out-dir "$dir" \
    "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/$name.wasm"
  if [[ $profile == release ]]; then
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
      "$dir/${name}_bg.wasm" -o "$dir/${name}_bg.wasm"
    terser "$dir/$name.js" --module --compress --mangle -o "$dir/$name.js"
  fi
}

# The downloads (crates/exporter): a wasm module of their own, loaded by the page only
# when someone downloads, so the first load never carries them. It compiles in the same
# corpus (CORPUS_DIR too). Written to exporter/exporter.js and exporter/exporter_bg.wasm.
CARGO_NET_OFFLINE=true cargo build -q --target wasm32-unknown-unknown -p exporter "${cargo_profile[@]}"
rm -rf "$TRUNK_STAGING_DIR/exporter"
module exporter "$TRUNK_STAGING_DIR/exporter"

# The `open` build (issue 21): the explorer without a corpus compiled in, that checks and
# opens a corpus the user chooses in the browser (the corpus compiler and the map's
# placement come with it). The boot script loads it instead of the explorer for `?open`,
# so the first load never carries it. Written to open/alliance-explorer-open{.js,_bg.wasm},
# with its own stylesheet, open/open.css.
CARGO_NET_OFFLINE=true cargo build -q --target wasm32-unknown-unknown -p alliance-explorer \
  --features open --bin alliance-explorer-open "${cargo_profile[@]}"
rm -rf "$TRUNK_STAGING_DIR/open"
mkdir -p "$TRUNK_STAGING_DIR/open"
cp public/open.css "$TRUNK_STAGING_DIR/open/open.css"
module alliance-explorer-open "$TRUNK_STAGING_DIR/open"

node scripts/boot.mjs "$TRUNK_STAGING_DIR"
node scripts/single-file.mjs "$TRUNK_STAGING_DIR"
node scripts/service-worker.mjs "$TRUNK_STAGING_DIR"
