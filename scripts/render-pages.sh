#!/usr/bin/env bash
# Looks at the HTML reports as a person would: renders the region dashboard, the national
# comparison, the business-plan tracker and the dispersal pages with smp, then has headless
# Chromium (Debian's `chromium` package) lay each one out and save a PNG. Fails when a page does
# not render: no picture, no table, a chart missing, or anything fetched from the network.
# Usage: scripts/render-pages.sh [OUTPUT_DIR]   (default .build/pages; SMP=path/to/smp to reuse a build)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/pages}
mkdir -p "$out"
out=$(cd "$out" && pwd)
smp=${SMP:-.build/debug/smp}
[ -x "$smp" ] || { swift build --product smp >/dev/null; smp=.build/debug/smp; }
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chromium" ] || { echo "render-pages: no Chromium found (apt-get install chromium)" >&2; exit 1; }

db="$out/pages.sqlite"
rm -f "$db"
common=(--db "$db" --format html)
"$smp" report dashboard --region north-east --as-of 2024-09-30 "${common[@]}" >"$out/dashboard.html"
"$smp" compare --as-of 2024-09-30 "${common[@]}" >"$out/compare.html"
"$smp" report plan --region east-midlands --year 2018-19 --as-of 2018-10-01 "${common[@]}" >"$out/plan.html"
"$smp" dispersal status --region north-east --as-of 2024-09-30 "${common[@]}" >"$out/status.html"
"$smp" dispersal trend --region north-east --la Middlesbrough "${common[@]}" >"$out/trend.html"
"$smp" dispersal hotels --region south-east --quarters 0 "${common[@]}" >"$out/hotels.html"

# page -> what must be on it once laid out
declare -A expect=(
  [dashboard]="<svg|<table|North East Migration Partnership: dashboard"
  [compare]="<svg|<table|National comparison|no module"
  [plan]="<table|business plan 2018-19"
  [status]="<svg|<table|against its cluster limit"
  [trend]="<svg|<table|back under|cluster limit"
  [hotels]="<svg|<table|contingency"
)
failed=0
for page in dashboard compare plan status trend hotels; do
  html="$out/$page.html"
  url="file://$html"
  if grep -Eo '(src|href)="https?://[^"]*"' "$html" >/dev/null; then
    echo "render-pages: $page.html fetches from the network: $(grep -Eo '(src|href)="https?://[^"]*"' "$html" | head -1)" >&2
    failed=1
  fi
  rm -f "$out/$page.png"
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1800 \
    --screenshot="$out/$page.png" "$url" >"$out/$page.log" 2>&1 || true
  if [ ! -s "$out/$page.png" ] || [ "$(stat -c %s "$out/$page.png")" -lt 20000 ]; then
    echo "render-pages: $page did not render to a picture (see $out/$page.log)" >&2
    failed=1
    continue
  fi
  dom=$(timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --dump-dom "$url" 2>/dev/null || true)
  IFS='|' read -ra needles <<<"${expect[$page]}"
  for needle in "${needles[@]}"; do
    if ! grep -qF -- "$needle" <<<"$dom"; then
      echo "render-pages: $page as laid out by Chromium lacks '$needle'" >&2
      failed=1
    fi
  done
  echo "render-pages: $page.png $(stat -c %s "$out/$page.png") bytes"
done
exit $failed
