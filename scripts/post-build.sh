#!/usr/bin/env bash
# Trunk post_build hook: fills the page's title, tagline, description and language from
# the corpus's [corpus] table, exports the compiled corpus as data/corpus.json, and
# writes the map's country outlines as data/countries.svg (the same for every corpus).
# Then: the boot script as a file of the build (no inline script, for a strict CSP), the
# single file alliance-explorer.html (everything inlined, works from file://) and the
# service worker sw.js (caches this build's files for offline use), in that order.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-.}"
corpus="${CORPUS_DIR:-seeds}"
cargo run -q --offline -p corpus-compiler -- page "$corpus" "$TRUNK_STAGING_DIR/index.html"
cargo run -q --offline -p corpus-compiler -- export "$corpus" "$TRUNK_STAGING_DIR/data/corpus.json"
cargo run -q --offline -p mapgen -- outlines "$TRUNK_STAGING_DIR/data/countries.svg"
# Release builds: the JS glue minified (Trunk's minifier cannot parse it), integrity kept.
if [[ ${TRUNK_PROFILE:-} == release ]]; then
  node scripts/minify-js.mjs "$TRUNK_STAGING_DIR"
fi
node scripts/boot.mjs "$TRUNK_STAGING_DIR"
node scripts/single-file.mjs "$TRUNK_STAGING_DIR"
node scripts/service-worker.mjs "$TRUNK_STAGING_DIR"
