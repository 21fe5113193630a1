#!/usr/bin/env bash
# The browser benchmark: kaifang's WASM viewer on a 1,000,000-row table against
# DuckDB-WASM and papaparse, and its catalog search over 10,000 datasets
# against Pagefind, in headless Chromium. See README.md beside this file.
#
#   bash bench/viewer/run.sh
#
# Environment: KAIFANG (the binary; default target/release/kaifang of this
# repository, brought up to date with cargo first unless REBUILD=0), ROWS (default 1000000), DATASETS
# (default 10000), RUNS (cold runs per case, default 3), CASES (default floor,
# floor-page,ours,duckdb,papaparse,search-ours,search-pagefind), CHROMIUM (default
# /usr/bin/chromium), PORT (first of three ports, default 8731), PYTHON,
# REBUILD=0 (reuse the sites built by an earlier run).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH/../.." && pwd)"
WORK="$BENCH/work"
LOGS="$WORK/logs"
RESULTS="$BENCH/results"
ROWS="${ROWS:-1000000}"
DATASETS="${DATASETS:-10000}"
PYTHON="${PYTHON:-python3}"
PORT="${PORT:-8731}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export RUNS="${RUNS:-3}"
export CASES="${CASES:-floor,floor-page,ours,duckdb,papaparse,search-ours,search-pagefind}"

if [[ -z "${KAIFANG:-}" ]]; then
  KAIFANG="$REPO/target/release/kaifang"
  # The sites are built with the code as it is now: a release binary left
  # from an earlier commit would measure that commit's viewer (its theme
  # and WASM are embedded at compile time).
  if [[ "${REBUILD:-1}" != 0 ]]; then
    echo "cargo build --release -p kaifang (the binary that builds the sites)…"
    (cd "$REPO" && cargo build --release -q -p kaifang)
  fi
  [[ -x "$KAIFANG" ]] || KAIFANG="$REPO/target/debug/kaifang"
fi
if [[ ! -x "$KAIFANG" ]]; then
  echo "no kaifang binary at $KAIFANG" >&2
  echo "build it first:  (cd $REPO && cargo build --release -p kaifang)" >&2
  echo "or point KAIFANG at one:  KAIFANG=/path/to/kaifang bash $0" >&2
  exit 1
fi
KAIFANG="$(cd "$(dirname "$KAIFANG")" && pwd)/$(basename "$KAIFANG")"
[[ -x "$CHROMIUM" ]] || { echo "no Chromium at $CHROMIUM (Debian package chromium)" >&2; exit 1; }

mkdir -p "$WORK" "$LOGS" "$RESULTS"

# --- tools -------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time (Debian package time)…"
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq >"$LOGS/apt.log" 2>&1 || true
  $SUDO apt-get install -y -qq time >>"$LOGS/apt.log" 2>&1
fi
if ! cmp -s "$BENCH/package.json" "$WORK/package.json" || [[ ! -d "$WORK/node_modules/playwright-core" ]]; then
  echo "installing playwright-core, the peers and esbuild into $WORK/node_modules (npm)…"
  cp "$BENCH/package.json" "$WORK/package.json"
  (cd "$WORK" && npm install --no-audit --no-fund >"$LOGS/npm.log" 2>&1) || { cat "$LOGS/npm.log" >&2; exit 1; }
fi
NM="$WORK/node_modules"
version() { node -p "require('$NM/$1/package.json').version"; }

# build NAME SITE OUT: kaifang build under GNU time, logs in $LOGS/NAME.*
build() {
  local rc=0
  /usr/bin/time -v -o "$LOGS/$1.time" "$KAIFANG" build "$2" --out "$3" --quiet >"$LOGS/$1.out" 2>"$LOGS/$1.err" || rc=$?
  if [[ $rc -ne 0 ]]; then
    echo "!! kaifang build of $2 failed ($rc); the end of $LOGS/$1.err:" >&2
    tail -n 20 "$LOGS/$1.err" >&2
    exit 1
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ { print "  built in " $2 }' "$LOGS/$1.time"
}

# --- the sites -----------------------------------------------------------------
TSITE="$WORK/table-site" TDIST="$WORK/table-dist" CSITE="$WORK/catalog-site" CDIST="$WORK/catalog-dist"
CSV="$TSITE/datasets/bench/big/big.csv"
if [[ ! -s "$CSV" || "$(cat "$WORK/table.rows" 2>/dev/null)" != "$ROWS" ]]; then
  echo "generating the table site ($ROWS rows)…"
  "$PYTHON" "$BENCH/make_table.py" "$TSITE" --rows "$ROWS"
  echo "$ROWS" >"$WORK/table.rows"
fi
if [[ ! -s "$CSITE/site.toml" || "$(cat "$WORK/catalog.datasets" 2>/dev/null)" != "$DATASETS" ]]; then
  echo "generating the catalog site ($DATASETS datasets)…"
  "$PYTHON" "$BENCH/make_catalog.py" "$CSITE" --datasets "$DATASETS"
  echo "$DATASETS" >"$WORK/catalog.datasets"
fi
if [[ "${REBUILD:-1}" == 0 && -d "$TDIST" && -d "$CDIST" ]]; then
  echo "REBUILD=0: using the sites built before in $TDIST and $CDIST"
else
  echo "kaifang build of the table site…"
  build build-table "$TSITE" "$TDIST"
  echo "kaifang build of the catalog site…"
  build build-catalog "$CSITE" "$CDIST"
fi

# The page floor: the dataset page with its chrome only (floor_page.py).
"$PYTHON" "$BENCH/floor_page.py" "$TDIST/datasets/big/index.html" "$TDIST/bench-floor.html"

# --- the peers' pages (work/www) ------------------------------------------------
WWW="$WORK/www"
rm -rf "$WWW"
mkdir -p "$WWW/lib" "$WWW/duckdb" "$WWW/data"
cp "$BENCH"/pages/* "$WWW/"
echo "export { default } from 'papaparse';" >"$WORK/papa-entry.mjs"
echo "module.exports = {};" >"$WORK/empty-stream.cjs"
"$NM/.bin/esbuild" --bundle --format=esm --minify --log-level=warning --outfile="$WWW/lib/duckdb.mjs" \
  "$NM/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs"
"$NM/.bin/esbuild" --bundle --format=esm --minify --log-level=warning --outfile="$WWW/lib/papaparse.mjs" \
  "$WORK/papa-entry.mjs" --alias:papaparse="$NM/papaparse/papaparse.js" --alias:stream="$WORK/empty-stream.cjs"
for v in eh mvp; do
  ln -s "$NM/@duckdb/duckdb-wasm/dist/duckdb-$v.wasm" "$NM/@duckdb/duckdb-wasm/dist/duckdb-browser-$v.worker.js" "$WWW/duckdb/"
  # the worker, with the WebAssembly.Memory hook in front (for the memory figure)
  { cat "$BENCH/pages/wasm-hook.js"; echo "importScripts('./duckdb-browser-$v.worker.js');"; } >"$WWW/duckdb/worker-$v.js"
done
ln -s "$TDIST/datasets/big/big.csv" "$TDIST/datasets/big/big.parquet" "$WWW/data/"
echo "pagefind index of the catalog's dataset pages…"
"$NM/.bin/pagefind" --site "$CDIST" --glob 'datasets/*/index.html' --output-path "$WWW/pagefind" >"$LOGS/pagefind.log" 2>&1 \
  || { tail -n 20 "$LOGS/pagefind.log" >&2; exit 1; }

# --- servers ---------------------------------------------------------------------
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
serve() { # serve DIR PORT NAME
  node "$BENCH/serve.mjs" "$1" "$2" >"$LOGS/serve-$3.log" 2>&1 &
  PIDS+=($!)
}
serve "$TDIST" "$PORT" ours
serve "$WWW" "$((PORT + 1))" peers
serve "$CDIST" "$((PORT + 2))" catalog
export OURS="http://127.0.0.1:$PORT/" PEERS="http://127.0.0.1:$((PORT + 1))/" CATALOG="http://127.0.0.1:$((PORT + 2))/"
for u in "$OURS" "$PEERS" "$CATALOG"; do
  for _ in $(seq 50); do curl -sf -o /dev/null "${u}__bench/log" 2>/dev/null && break; sleep 0.1; done
done

# --- measuring -------------------------------------------------------------------
echo "measuring in headless Chromium ($RUNS cold runs per case; progress in $LOGS/bench.err)…"
rc=0
node "$BENCH/bench.mjs" "$WORK/results.json" 2>"$LOGS/bench.err" || rc=$?
[[ $rc -eq 0 ]] || { echo "!! bench.mjs exited with $rc:" >&2; tail -n 20 "$LOGS/bench.err" >&2; }

KIND=release
[[ "$KAIFANG" == */debug/* ]] && KIND="debug (build times do not enter the browser numbers)"
node "$BENCH/report.mjs" "$WORK/results.json" \
  "kaifang viewer benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$REPO" diff --quiet 2>/dev/null || echo '+dirty')" \
  "kaifang: $KAIFANG [$KIND]; $("$CHROMIUM" --version 2>/dev/null | head -1), headless, playwright-core $(version playwright-core)" \
  "peers: @duckdb/duckdb-wasm $(version @duckdb/duckdb-wasm) (CSV; eh bundle), papaparse $(version papaparse), pagefind $(version pagefind); served by serve.mjs on 127.0.0.1, uncompressed" \
  "input: $ROWS rows x 8 columns, $(awk -v b="$(stat -c %s "$CSV")" 'BEGIN { printf "%.1f", b / 1e6 }') MB of CSV; $DATASETS datasets in the catalog" \
  | tee "$RESULTS/latest.txt"
echo "(table written to $RESULTS/latest.txt; raw numbers in $WORK/results.json; logs in $LOGS)"
grep -q '"failed"' "$WORK/results.json" && rc=1
exit $rc
