#!/usr/bin/env bash
# Release sizes of what a browser downloads on first load: raw, gzip -9, brotli -q 11.
# Run by `make bench` after `make dist`. data/corpus.json is listed apart: it is a
# download for people, not part of the page load.
set -euo pipefail
cd "$(dirname "$0")/../dist"
row() { printf '%-12s %-44s %9s %9s %9s\n' "$@"; }
row kind file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
for pattern in '*.wasm:wasm' '*.js:js' '*.css:css' 'index.html:html'; do
  glob=${pattern%%:*} kind=${pattern##*:}
  for f in $glob; do
    [[ -f $f ]] || continue
    raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
    row "$kind" "$f" "$raw" "$gz" "$br"
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  done
done
row total "first load" "$total_raw" "$total_gz" "$total_br"
f=data/corpus.json
row download "$f" "$(stat -c%s $f)" "$(gzip -9c $f | wc -c)" "$(brotli -q 11 -c $f | wc -c)"
budget=102400
if ((total_br > budget)); then
  echo "first load is $total_br B brotli: over the 100 KB budget by $((total_br - budget)) B"
else
  echo "first load is $total_br B brotli: within the 100 KB budget"
fi
