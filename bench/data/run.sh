#!/usr/bin/env bash
# The data-stage benchmark: kaifang build on a 1,000,000-row table against the
# Python polars + xlsxwriter peer. See README.md beside this file.
#
#   bash bench/data/run.sh
#
# Environment: KAIFANG (the binary; default target/release/kaifang of this
# repository), ROWS (default 1000000), PYTHON (for make_data.py and the venv;
# default python3).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH/../.." && pwd)"
WORK="$BENCH/work"
SITE="$WORK/site"
LOGS="$WORK/logs"
RESULTS="$BENCH/results"
KAIFANG="${KAIFANG:-$REPO/target/release/kaifang}"
ROWS="${ROWS:-1000000}"
PYTHON="${PYTHON:-python3}"
CSV="$WORK/big.csv"
VENV="$WORK/.venv"

if [[ ! -x "$KAIFANG" ]]; then
  echo "no kaifang binary at $KAIFANG" >&2
  echo "build it first:  (cd $REPO && cargo build --release -p kaifang)" >&2
  echo "or point KAIFANG at one:  KAIFANG=/path/to/kaifang bash $0" >&2
  exit 1
fi
KAIFANG="$(cd "$(dirname "$KAIFANG")" && pwd)/$(basename "$KAIFANG")"

mkdir -p "$WORK" "$LOGS" "$RESULTS"

# --- tools -------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time (Debian package time)…"
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq >"$LOGS/apt.log" 2>&1 || true
    apt-get install -y -qq time >>"$LOGS/apt.log" 2>&1
  else
    sudo apt-get update -qq >"$LOGS/apt.log" 2>&1 || true
    sudo apt-get install -y -qq time >>"$LOGS/apt.log" 2>&1
  fi
fi

if ! "$VENV/bin/python" -c 'import polars, xlsxwriter' >/dev/null 2>&1; then
  echo "setting up the peer's venv in $VENV (pip install polars xlsxwriter)…"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/pip" install -q polars xlsxwriter >"$LOGS/pip.log" 2>&1 || { cat "$LOGS/pip.log" >&2; exit 1; }
fi

# --- the data ----------------------------------------------------------------
if [[ ! -s "$CSV" || "$(cat "$CSV.rows" 2>/dev/null)" != "$ROWS" ]]; then
  echo "generating $CSV ($ROWS rows)…"
  rm -f "$CSV" "$CSV.rows"
  "$PYTHON" "$BENCH/make_data.py" "$CSV.tmp" --rows "$ROWS"
  mv "$CSV.tmp" "$CSV"
  echo "$ROWS" >"$CSV.rows"
fi
CSV_BYTES=$(stat -c %s "$CSV")

# --- the site around it ------------------------------------------------------
rm -rf "$SITE"
mkdir -p "$SITE/content/agencies" "$SITE/datasets/bench/big-table"
cat >"$SITE/site.toml" <<'EOF'
title = "基准测试开放网"
base_url = "https://bench.example.gov.cn/"
today = 2026-11-26

[contact]
email = "bench@example.gov.cn"

[submit]
email = "bench@example.gov.cn"
EOF
cat >"$SITE/content/agencies/bench.md" <<'EOF'
+++
name = "基准测试局"
level = "city"
+++
基准测试用的机构。
EOF
DATASET_MD="$SITE/datasets/bench/big-table/dataset.md"
cat >"$DATASET_MD" <<'EOF'
+++
title = "百万行基准数据"
agency = "bench"
topics = ["economy"]
open_type = "unconditional"
share_type = "unconditional"
security_level = 1
update_cycle = "monthly"
issued = 2026-01-01
modified = 2026-11-01
mask = ["联系人"]

[[resources]]
file = "big.csv"
title = "基准数据"
+++
基准。
EOF
ln "$CSV" "$SITE/datasets/bench/big-table/big.csv" 2>/dev/null || cp "$CSV" "$SITE/datasets/bench/big-table/big.csv"

# --- measuring ---------------------------------------------------------------
# measure NAME CMD…: runs CMD under GNU time; sets WALL (s), RSS_MB, and
# returns CMD's exit status. stdout/stderr go to $LOGS/NAME.{out,err}.
measure() {
  local name=$1
  shift
  local rc=0
  /usr/bin/time -v -o "$LOGS/$name.time" "$@" >"$LOGS/$name.out" 2>"$LOGS/$name.err" || rc=$?
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$LOGS/$name.time")
  RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$LOGS/$name.time")
  if [[ $rc -ne 0 ]]; then
    echo "!! $name exited with status $rc; the end of its stderr ($LOGS/$name.err):" >&2
    tail -n 20 "$LOGS/$name.err" >&2
  fi
  return $rc
}

declare -A W R S
for k in ours-cold ours-warm demo-warm peer; do W[$k]=""; R[$k]=""; S[$k]="not-run"; done
FAILED=0
record() { # record KEY STATUS
  W[$1]=$WALL; R[$1]=$RSS_MB; S[$1]=$2
  [[ $2 == ok ]] || FAILED=1
}
run_case() { # run_case KEY CMD…
  local key=$1
  shift
  echo "running: $key"
  if measure "$key" "$@"; then record "$key" ok; else record "$key" FAILED; fi
}

# a) ours, cold
rm -rf "$SITE/.kaifang-cache" "$WORK/dist"
run_case ours-cold "$KAIFANG" build "$SITE" --out "$WORK/dist" --quiet

# b) ours, warm metadata-only rebuild: the summary line changes, the data
#    must come from the cache ("0 tables processed").
sed -i '$ s/$/。/' "$DATASET_MD"
run_case ours-warm "$KAIFANG" build "$SITE" --out "$WORK/dist" --quiet
if [[ ${S[ours-warm]} == ok ]] && ! grep -q '(0 tables processed' "$LOGS/ours-warm.out"; then
  echo "!! the warm rebuild processed tables again: $(cat "$LOGS/ours-warm.out")" >&2
  S[ours-warm]="NOT-CACHED"
  FAILED=1
fi

# c) the demo portal, metadata-only rebuild (second of two builds: warm cache)
echo "running: demo (first build, to fill the cache)"
if measure demo-first "$KAIFANG" build "$REPO" --out "$WORK/demo-dist" --quiet; then
  run_case demo-warm "$KAIFANG" build "$REPO" --out "$WORK/demo-dist" --quiet
else
  WALL="" RSS_MB=""
  record demo-warm FAILED
fi

# d) the peer
rm -rf "$WORK/peer-out"
run_case peer "$VENV/bin/python" "$BENCH/peer.py" "$CSV" "$WORK/peer-out"
rm -rf "$WORK/peer-out"

# --- the table ---------------------------------------------------------------
MB=$(awk -v b="$CSV_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
{
  echo "kaifang data-stage benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$REPO" diff --quiet 2>/dev/null || echo '+dirty')"
  echo "input: $CSV ($ROWS rows x 10 columns, $MB MB); kaifang: $KAIFANG"
  echo
  printf '%-44s %9s %12s %9s %13s  %s\n' "run" "wall s" "rows/s" "MB/s" "peak RSS MB" "status"
  row() { # row KEY LABEL PER_ROW(yes/no)
    local w=${W[$1]} rps="-" mbs="-"
    if [[ $3 == yes && ${S[$1]} == ok ]]; then
      rps=$(awk -v r="$ROWS" -v w="$w" 'BEGIN { printf "%.0f", (w > 0 ? r / w : 0) }')
      mbs=$(awk -v m="$MB" -v w="$w" 'BEGIN { printf "%.1f", (w > 0 ? m / w : 0) }')
    fi
    printf '%-44s %9s %12s %9s %13s  %s\n' "$2" "$w" "$rps" "$mbs" "${R[$1]}" "${S[$1]}"
  }
  row ours-cold "a) kaifang build, cold cache" yes
  row ours-warm "b) kaifang build, metadata edit, warm cache" no
  row demo-warm "c) kaifang build of the demo, warm cache" no
  row peer "d) peer: polars + xlsxwriter" yes
  echo
  awk -v ow="${W[ours-cold]}" -v pw="${W[peer]}" -v orss="${R[ours-cold]}" -v prss="${R[peer]}" 'BEGIN {
    printf "ratio ours/peer (a/d): wall %.3f, peak RSS %.3f\n", (pw > 0 ? ow / pw : 0), (prss > 0 ? orss / prss : 0) }'
  echo
  # verdict VALUE LIMIT KEY…: met when VALUE < LIMIT and every KEY's run was ok
  verdict() {
    local x=$1 lim=$2 k
    shift 2
    for k in "$@"; do [[ ${S[$k]} == ok ]] || { echo "not measured"; return; }; done
    awk -v x="$x" -v lim="$lim" 'BEGIN { print ((x + 0 < lim + 0) ? "met" : "MISSED") }'
  }
  RW=$(awk -v a="${W[ours-cold]}" -v b="${W[peer]}" 'BEGIN { print (b > 0 ? a / b : 99) }')
  RR=$(awk -v a="${R[ours-cold]}" -v b="${R[peer]}" 'BEGIN { print (b > 0 ? a / b : 99) }')
  echo "targets: cold build under 20 s ($(verdict "${W[ours-cold]}" 20 ours-cold)) and under 1.5 GB peak RSS ($(verdict "${R[ours-cold]}" 1536 ours-cold)), ratio to the peer < 0.3 (wall $(verdict "$RW" 0.3 ours-cold peer), RSS $(verdict "$RR" 0.3 ours-cold peer)); metadata-only rebuild of the demo under 1 s ($(verdict "${W[demo-warm]}" 1 demo-warm))"
} | tee "$RESULTS/latest.txt"

echo "(table written to $RESULTS/latest.txt; logs in $LOGS)"
exit $FAILED
