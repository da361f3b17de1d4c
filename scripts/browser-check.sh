#!/usr/bin/env bash
# Starts `smp serve --demo` on loopback (a temporary store, the bundled data, SYNTHETIC records,
# printed one-time passwords), runs scripts/browser-check.py against it in headless Chromium, and
# stops the server with SIGTERM. Usage: scripts/browser-check.sh [OUTPUT_DIR] (default .build/browser)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/browser}
mkdir -p "$out"
smp=${SMP:-.build/debug/smp}
[ -x "$smp" ] || { swift build --product smp >/dev/null; smp=.build/debug/smp; }
port=${PORT:-18080}
log="$out/serve.out"
"$smp" serve --demo --port "$port" >"$log" 2>"$out/serve.err" &
server=$!
trap 'kill -TERM $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "serving on" "$log" 2>/dev/null && curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$out/serve.err" >&2; exit 1; }
  sleep 0.2
done
/usr/bin/python3 scripts/browser-check.py "http://localhost:$port" "$log" "$out"
kill -TERM $server
wait $server && echo "smp serve stopped cleanly on SIGTERM"
trap - EXIT
