#!/usr/bin/env bash
# `make bench` (after `make dist`): every figure the explorer is held to, written down.
#   1. the first load of dist/ by file (raw, gzip -9, brotli -q 11), and the corpus's
#      share of it (the same build over a one-sentence corpus);
#   2. the browser benchmarks of dist/ (scripts/bench-browser.mjs): per view the first
#      render, per interaction the time to the next frame and the longest task, the
#      files' transfer sizes;
#   3. the same over the 10× synthetic corpus, written as ordinary annotation files
#      (`corpus synth seeds 10`) and built with CORPUS_DIR: what a course that adds fifty
#      articles would see;
#   4. the native benchmarks (filter, facets, search, the timeline's scale, ticks, lanes
#      and labels) on the real corpus and at 10× and 100×;
#   5. side by side with TimelineJS 3 (npm @knight-lab/timelinejs), on the real and the
#      10× corpus: the explorer's own TimelineJS export of the whole corpus (the
#      exporter's `timelinejs` example, over the corpus of the build) drawn by
#      TimelineJS, against the explorer's #/timeline, from navigation to the first drawn
#      timeline, alternating the two (scripts/bench-browser.mjs --vs-timelinejs);
#   6. a corpus opened in the browser (`?open`, the seeds and the 10× corpus's files):
#      from the files chosen to the first view drawn, and a reload;
#   7. all of it, with the commit measured, into docs/bench/<date>.json and the tables in
#      docs/speed.md (scripts/bench-report.mjs).
# BENCH_RUNS (default 7, at least 5) sets how many runs each browser median takes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
runs=${BENCH_RUNS:-7}
mkdir -p "$out"
trunk_build() { CARGO_NET_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true trunk build --release "$@" >"$out/trunk.log" 2>&1 || { tail -30 "$out/trunk.log"; exit 1; }; }

echo "== first load of dist/ (release build)"
scripts/size.sh report dist

echo
echo "== browser benchmarks, the real corpus ($runs runs each)"
node scripts/bench-browser.mjs --dist dist --label real --runs "$runs" --out "$out/real.json"

# The same events in TimelineJS: the explorer's TimelineJS export of the corpus built in
# (a debug build of the exporter's example: it only writes the file).
echo
echo "== against TimelineJS, the real corpus ($runs rounds)"
cargo run -q -p exporter --example timelinejs >"$out/timelinejs-real.json"
node scripts/bench-browser.mjs --dist dist --label real --runs "$runs" \
  --vs-timelinejs "$out/timelinejs-real.json" --out "$out/vs-timelinejs-real.json"

# The corpus's share: the same build over a one-sentence corpus.
echo
echo "== the same build over tests/fixtures/tiny-corpus"
rm -rf "$out/dist-tiny"
CORPUS_DIR=$PWD/tests/fixtures/tiny-corpus trunk_build --dist "$out/dist-tiny"
full=$(brotli -q 11 -c dist/*.wasm | wc -c)
small=$(brotli -q 11 -c "$out"/dist-tiny/*.wasm | wc -c)
echo "wasm brotli: full corpus $full B, tiny corpus $small B: the corpus's share is $((full - small)) B"

echo
echo "== the 10× synthetic corpus as annotation files, built and benchmarked"
rm -rf "$out/corpus-x10" "$out/dist-x10"
cargo run -q --release -p corpus-compiler -- synth seeds 10 "$out/corpus-x10"
cargo run -q --release -p corpus-compiler -- check "$out/corpus-x10"
CORPUS_DIR=$PWD/$out/corpus-x10 trunk_build --dist "$out/dist-x10"
scripts/size.sh report "$out/dist-x10" | grep -E '^(file|first load|.*\.(wasm|js|css|html) )'
node scripts/bench-browser.mjs --dist "$out/dist-x10" --label x10 --runs "$runs" --out "$out/x10.json"
echo "== against TimelineJS, the 10× corpus ($runs rounds)"
CORPUS_DIR=$PWD/$out/corpus-x10 cargo run -q -p exporter --example timelinejs >"$out/timelinejs-x10.json"
node scripts/bench-browser.mjs --dist "$out/dist-x10" --label x10 --runs "$runs" \
  --vs-timelinejs "$out/timelinejs-x10.json" --out "$out/vs-timelinejs-x10.json"

# A corpus opened in the browser (the `open` build of dist/, issue 21): the seeds and the
# 10× corpus's files, chosen as a user chooses them.
echo "== opening a corpus in the browser (?open), the real and the 10× corpus ($runs runs)"
node scripts/bench-browser.mjs --dist dist --label real --runs "$runs" --open-corpus seeds --out "$out/open-real.json"
node scripts/bench-browser.mjs --dist dist --label x10 --runs "$runs" --open-corpus "$out/corpus-x10" --out "$out/open-x10.json"

# Leave the incremental build of the real corpus in place for the next make target.
trunk_build

echo
echo "== native benchmarks (release)"
: >"$out/native.txt"
for bench in "--bench filter" "--bench explore" "--bench timeline" "-p explorer-core --bench timeline"; do
  echo "== cargo bench $bench" | tee -a "$out/native.txt"
  # shellcheck disable=SC2086
  cargo bench -q $bench | tee -a "$out/native.txt"
done

echo
node scripts/bench-report.mjs --real "$out/real.json" --x10 "$out/x10.json" --native "$out/native.txt" \
  --vs-real "$out/vs-timelinejs-real.json" --vs-x10 "$out/vs-timelinejs-x10.json" \
  --open-real "$out/open-real.json" --open-x10 "$out/open-x10.json"
