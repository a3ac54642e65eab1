#!/usr/bin/env bash
# Sizes of what a browser downloads on first load (index.html and the JS, wasm and CSS
# beside it; not data/ or exporter/, which load later or on request), compressed as a
# static host would serve them.
#   scripts/size.sh report [dist]   table of raw, gzip -9 and brotli -q 11 per file
#   scripts/size.sh check [dist]    fails when the brotli total exceeds the ceiling in
#                                   scripts/size-ceiling, naming each file's share, or
#                                   when the map's outline file (data/countries.svg,
#                                   fetched when the map opens) is missing or over its
#                                   budget of 20,000 B brotli
set -euo pipefail
mode=${1:-report}
dist=${2:-dist}
here=$(cd "$(dirname "$0")" && pwd)
cd "$dist"
files=(index.html)
for pattern in '*.js' '*.wasm' '*.css'; do
  for f in $pattern; do [[ -f $f && $f != sw.js ]] && files+=("$f"); done
done
br() { brotli -q 11 -c "$1" | wc -c; }
total_raw=0 total_gz=0 total_br=0
rows=()
for f in "${files[@]}"; do
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c); b=$(br "$f")
  rows+=("$(printf '%-48s %9s %9s %9s' "$f" "$raw" "$gz" "$b")")
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + b))
done
outlines=data/countries.svg
outlines_budget=20000
ceiling=$(sed -n 's/^first_load_brotli_bytes *= *\([0-9]*\).*/\1/p' "$here/size-ceiling")
case $mode in
  report)
    printf '%-48s %9s %9s %9s\n' file raw gzip brotli
    printf '%s\n' "${rows[@]}"
    printf '%-48s %9s %9s %9s\n' "first load" "$total_raw" "$total_gz" "$total_br"
    for f in data/* exporter/* open/*; do
      [[ -f $f ]] || continue
      note="not in the first load"
      [[ $f == "$outlines" ]] && note="not in the first load; budget $outlines_budget B brotli"
      [[ $f == exporter/* ]] && note="not in the first load; loaded on the first download"
      [[ $f == open/* ]] && note="not in the first load; the \`open\` build, loaded for ?open"
      [[ $f == open/one-file.html ]] && note="not in the first load; fetched by \"Save as one file\""
      printf '%-48s %9s %9s %9s  (%s)\n' "$f" "$(stat -c%s "$f")" "$(gzip -9c "$f" | wc -c)" "$(br "$f")" "$note"
    done
    echo "ceiling (scripts/size-ceiling): $ceiling B brotli; headroom $((ceiling - total_br)) B"
    ;;
  check)
    failed=0
    if [[ ! -f $outlines ]]; then
      echo "FAIL: $dist/$outlines is missing: scripts/post-build.sh writes it (mapgen outlines)." >&2
      failed=1
    else
      outlines_br=$(br "$outlines")
      if ((outlines_br > outlines_budget)); then
        echo "FAIL: the map's outline file $outlines is $outlines_br B brotli -q 11, over its budget of $outlines_budget B by $((outlines_br - outlines_budget)) B." >&2
        echo "Simplify the outlines more (mapgen BuildOptions: tolerance, min_ring_area) or drop data-name (mapgen::outline_file)." >&2
        failed=1
      else
        echo "size: map outlines ($outlines) $outlines_br B brotli, within the budget of $outlines_budget B ($((outlines_budget - outlines_br)) B to spare)"
      fi
    fi
    if ((total_br > ceiling)); then
      echo "FAIL: the first load is $total_br B brotli -q 11, over the ceiling of $ceiling B (scripts/size-ceiling) by $((total_br - ceiling)) B:" >&2
      printf '  %-46s %9s %9s %9s\n' file raw gzip brotli >&2
      printf '  %s\n' "${rows[@]}" >&2
      echo "Make the change smaller, or raise the ceiling only by what its issue allows." >&2
      failed=1
    else
      echo "size: first load $total_br B brotli, within the ceiling of $ceiling B ($((ceiling - total_br)) B to spare)"
    fi
    exit $failed
    ;;
  *) echo "usage: size.sh report|check [dist]" >&2; exit 2 ;;
esac
