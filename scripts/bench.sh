#!/usr/bin/env bash
# `make bench`: what the first load weighs and what the corpus's share of it is, then
# the native benchmarks. Figures go into docs/size.md and docs/speed.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== first load of dist/ (release build)"
scripts/size.sh report dist

# The corpus's share: the same build over a one-sentence corpus, the difference being
# what the compiled corpus costs.
tiny=$(mktemp -d)
trap 'rm -rf "$tiny"' EXIT
echo
echo "== the same build over tests/fixtures/tiny-corpus"
CORPUS_DIR=$PWD/tests/fixtures/tiny-corpus CARGO_NET_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true \
  trunk build --release --dist "$tiny" >/dev/null 2>&1
full=$(brotli -q 11 -c dist/*.wasm | wc -c)
small=$(brotli -q 11 -c "$tiny"/*.wasm | wc -c)
echo "wasm brotli: full corpus $full B, tiny corpus $small B: the corpus's share is $((full - small)) B"
# Leave the incremental build of the real corpus in place for the next make target.
CARGO_NET_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true trunk build --release >/dev/null 2>&1

echo
echo "== native benchmarks (release)"
cargo bench -q --bench filter
cargo bench -q --bench explore
cargo bench -q --bench timeline
cargo bench -q -p explorer-core --bench timeline
