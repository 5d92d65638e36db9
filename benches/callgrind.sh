#!/usr/bin/env bash
# Instructions per item of the cases of `benches/peers.rs`, counted by callgrind: repeatable
# whatever else the machine runs, unlike wall-clock medians.
#
#   bash benches/callgrind.sh                      # the default cases, this tree
#   bash benches/callgrind.sh record_encode/borsh  # named cases (group/case, as in the tables)
#   BASE_BIN=/path/to/older/peers bash benches/callgrind.sh   # before/after columns
#   BIN=/path/to/peers bash benches/callgrind.sh   # a saved binary instead of building this tree
#
# Each case runs twice under callgrind (BYTEREPR_COUNT_RUNS=1 and 11, see `counting` in
# peers.rs); the difference over 10 runs and the group's item count is the cost per item,
# free of the data set-up. BASE_BIN is a peers bench binary built from another revision
# (copy it out of target/release/deps before rebuilding).
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${BIN:-$(cargo bench -p byterepr-benches --bench peers --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*peers[^"]*\)".*/\1/p' | tail -1)}
[ -x "$bin" ] || { echo "could not build the peers bench" >&2; exit 1; }

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
    cases=(
        record_encode/byterepr record_encode/borsh
        record_to_vec/byterepr record_to_vec/borsh
        record_sha256/byterepr_streamed record_sha256/borsh_then_hash record_sha256/hash_limit
        record_crc32/byterepr_streamed record_crc32/borsh_then_hash
        tiny_encode/byterepr tiny_encode/borsh
        tiny_sha256/byterepr_streamed tiny_sha256/borsh_then_hash
        tiny_crc32/byterepr_streamed tiny_crc32/borsh_then_hash
        record_std_hash/byterepr_std_hash record_std_hash/derive_hash
        tiny_std_hash/byterepr_std_hash tiny_std_hash/derive_hash
    )
fi

# Items per run of a group: 1 for the bulk groups, 100 for the long-record batch groups,
# 1000 (the records and tiny values) otherwise; the same as the tables of peers.rs.
items_of() {
    case $1 in
        bulk_*) echo 1 ;;
        batch_*_long/*) echo 100 ;;
        *) echo 1000 ;;
    esac
}

# Total instructions of the process's largest callgrind report (the bench itself).
collected() {
    BYTEREPR_COUNT=$2 BYTEREPR_COUNT_RUNS=$3 valgrind --tool=callgrind \
        --callgrind-out-file=/dev/null "$1" --bench 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | sort -n | tail -1
}

per_item() {
    local one eleven
    one=$(collected "$1" "$2" 1)
    eleven=$(collected "$1" "$2" 11)
    awk -v a="$one" -v b="$eleven" -v n="$(items_of "$2")" 'BEGIN { printf "%.1f", (b - a) / 10 / n }'
}

if [ -n "${BASE_BIN:-}" ]; then
    printf '| case | before (instructions/item) | after | after/before |\n|---|---:|---:|---:|\n'
    for c in "${cases[@]}"; do
        before=$(per_item "$BASE_BIN" "$c")
        after=$(per_item "$bin" "$c")
        awk -v c="$c" -v b="$before" -v a="$after" \
            'BEGIN { printf "| %s | %s | %s | %.3f |\n", c, b, a, (b > 0 ? a / b : 0) }'
    done
else
    printf '| case | instructions/item |\n|---|---:|\n'
    for c in "${cases[@]}"; do
        printf '| %s | %s |\n' "$c" "$(per_item "$bin" "$c")"
    done
fi
