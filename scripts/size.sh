#!/usr/bin/env bash
# Sizes of what a browser downloads on first load (index.html and the JS, wasm and CSS
# beside it; not data/, which loads later or on request), compressed as a static host
# would serve them.
#   scripts/size.sh report [dist]   table of raw, gzip -9 and brotli -q 11 per file
#   scripts/size.sh check [dist]    fails when the brotli total exceeds the ceiling in
#                                   scripts/size-ceiling, naming each file's share
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
ceiling=$(sed -n 's/^first_load_brotli_bytes *= *\([0-9]*\).*/\1/p' "$here/size-ceiling")
case $mode in
  report)
    printf '%-48s %9s %9s %9s\n' file raw gzip brotli
    printf '%s\n' "${rows[@]}"
    printf '%-48s %9s %9s %9s\n' "first load" "$total_raw" "$total_gz" "$total_br"
    for f in data/*; do
      [[ -f $f ]] || continue
      printf '%-48s %9s %9s %9s  (not in the first load)\n' "$f" "$(stat -c%s "$f")" "$(gzip -9c "$f" | wc -c)" "$(br "$f")"
    done
    echo "ceiling (scripts/size-ceiling): $ceiling B brotli; headroom $((ceiling - total_br)) B"
    ;;
  check)
    if ((total_br > ceiling)); then
      echo "FAIL: the first load is $total_br B brotli -q 11, over the ceiling of $ceiling B (scripts/size-ceiling) by $((total_br - ceiling)) B:" >&2
      printf '  %-46s %9s %9s %9s\n' file raw gzip brotli >&2
      printf '  %s\n' "${rows[@]}" >&2
      echo "Make the change smaller, or raise the ceiling only by what its issue allows." >&2
      exit 1
    fi
    echo "size: first load $total_br B brotli, within the ceiling of $ceiling B ($((ceiling - total_br)) B to spare)"
    ;;
  *) echo "usage: size.sh report|check [dist]" >&2; exit 2 ;;
esac
