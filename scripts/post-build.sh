#!/usr/bin/env bash
# Trunk post_build hook: exports the compiled corpus as data/corpus.json beside the app.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-.}"
cargo run -q --offline -p corpus-compiler -- export "${CORPUS_DIR:-seeds}" "$TRUNK_STAGING_DIR/data/corpus.json"
