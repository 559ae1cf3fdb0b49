#!/usr/bin/env bash
# Coverage-guided fuzzing of slant's stages with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz.sh TARGET SECONDS        one target: html, text, charset, quotes, lexicon, manifest
#   scripts/fuzz.sh all SECONDS           each target in turn, SECONDS each (CI: 60)
#
# Builds Fuzz/ with --sanitize=fuzzer and ASan into .build-fuzz (once), gathers seed inputs from the repository's
# fixtures, seeds, lexicons and crash reproducers (and, when ../shared/data is beside the clone, real news pages),
# then runs the target. A crash is copied into Tests/FuzzRegressionTests/Inputs/TARGET/ (so `swift test` replays it
# from then on) and the script exits 1. Executions per target are appended to .build-fuzz/executions.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(html text charset quotes lexicon manifest)
target=${1:?usage: scripts/fuzz.sh TARGET|all SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET|all SECONDS}
work=.build-fuzz
binary=${SLANT_FUZZ_BINARY:-$work/release/slant-fuzz}   # a prebuilt fuzzer (a long campaign) skips the build

if [ "$target" = all ]; then
  status=0
  for t in "${targets[@]}"; do "$0" "$t" "$seconds" || status=1; done
  exit $status
fi
case " ${targets[*]} " in *" $target "*) ;; *) echo "fuzz.sh: unknown target '$target' (${targets[*]})" >&2; exit 2;; esac

if [ -z "${SLANT_FUZZ_BINARY:-}" ] && { [ ! -x "$binary" ] || [ -n "$(find Sources Fuzz Package.swift -newer "$binary" -print -quit 2>/dev/null)" ]; }; then
  echo "building slant-fuzz with libFuzzer and ASan (.build-fuzz)…" >&2
  # The comma form keeps both sanitizers: swiftc honours only the last -sanitize= it is given.
  swift build -c release --product slant-fuzz --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -DFUZZING --scratch-path "$work" >&2
fi

seeds=$work/seeds/$target
corpus=$work/corpus/$target
crashes=$work/crashes/$target
mkdir -p "$seeds" "$corpus" "$crashes"
rm -f "$seeds"/*
# Seeds: a prefix byte picks the format or charset label for targets that take one (see Fuzz/FuzzTargets).
add_seed() {  # PREFIX FILE…
  local prefix=$1; shift
  for f in "$@"; do
    [ -f "$f" ] || continue
    { printf "$prefix"; head -c 65536 "$f"; } > "$seeds/$(basename "$(dirname "$f")")-$(basename "$f")" || true
  done
}
shared_pages() {  # N: real news pages from ../shared/data, when present
  local dir=../shared/data/extraction-dev/html
  [ -d "$dir" ] || return 0
  local gz
  for gz in $(ls "$dir"/*.html.gz | sort | head -n "$1" || true); do
    { gzip -dc "$gz" | head -c 65536 > "$seeds/shared-$(basename "$gz" .gz)"; } || true
  done
}
case $target in
  html)     add_seed "" Tests/ExtractionTests/Fixtures/*.html Tests/CLITests/Fixtures/*.html; shared_pages 40; dict=html; max_len=8192 ;;
  charset)  add_seed "\\x81" Tests/ExtractionTests/Fixtures/*.html; add_seed "\\x01" seeds/*/articles/*/text.txt; shared_pages 10; dict=html; max_len=16384 ;;
  text)     add_seed "" seeds/*/articles/*/source.txt seeds/*/articles/*/text.txt ../shared/seeds/*; dict=quotes; max_len=8192 ;;
  quotes)   add_seed "" seeds/*/articles/*/text.txt; dict=quotes; max_len=8192 ;;
  lexicon)  add_seed "\\x00" lexicons/*.yaml; dict=yaml; max_len=4096 ;;
  manifest) add_seed "" seeds/*/event.yaml; dict=yaml; max_len=4096 ;;
esac
cp Tests/FuzzRegressionTests/Inputs/"$target"/* "$seeds"/ 2>/dev/null || true

log=$work/log-$target.txt
set +e
SLANT_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 "$binary" "$corpus" "$seeds" \
  -dict="Fuzz/dictionaries/$dict.dict" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$crashes/" -print_final_stats=1 > "$log" 2>&1
status=$?
set -e
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "${runs:-0}" "$seconds" "$status" >> "$work/executions.tsv"
if [ $status -ne 0 ]; then
  echo "fuzz $target: FAILED after ${runs:-?} executions (log: $log)" >&2
  grep -E 'ERROR|Fatal error|fuzz invariant|SUMMARY' "$log" | head -5 >&2
  for crash in "$crashes"/crash-* "$crashes"/timeout-* "$crashes"/oom-* "$crashes"/leak-*; do
    [ -f "$crash" ] || continue
    cp "$crash" "Tests/FuzzRegressionTests/Inputs/$target/$(basename "$crash")"
    echo "  reproducer saved: Tests/FuzzRegressionTests/Inputs/$target/$(basename "$crash")" >&2
  done
  exit 1
fi
echo "fuzz $target: ${runs:-0} executions in ${seconds} s (${speed:-?}/s), no crash"
