#!/usr/bin/env bash
# The GPU checks in two stages that fit a 15-minute GPU window (start-up included, 10 minutes a
# command): stage 1 (under 5 minutes) is what matters most, stage 2 (under 4) the speed record.
#
#   scripts/gpu-check.sh 1   nvidia-smi; gnnc selftest --device cuda (every ModelSpec, forward and
#                            forward+backward, f32 then f16 and bf16); Cora GCN and GAT, run
#                            --device cuda, 1 run x 200 epochs, f32 and bf16, with --json
#   scripts/gpu-check.sh 2   gnnc bench --device cuda on synthetic:large (spmm, softmax_aggregate,
#                            gcn, gat; F = 64) with the copy bandwidth; Benchmarks/pyg_compare.py
#                            (PyG on the same card, gnnc beside it in the same run)
#
# Run from the repository root with the static build in .gpu/ (scripts/build-static.sh). Every step
# appends its output to $OUT/stageN.log as it runs and its JSON beside it, so a stage killed at its
# limit keeps what finished; the summary table comes last (and in $OUT/summary-N.md). All time
# limits are set in the table below and no step outlives its stage's budget. The exit code is
# the number of steps that failed. DEVICE=cpu runs the same steps on the CPU, smaller (20 epochs,
# a 100k-edge graph, 16 features), as a dry run; CI runs it (Tests/gnncTests/GPUCheckScriptTests):
#   DEVICE=cpu GNNC=.build/release/gnnc SPECS=ModelSpecs GNNC_DATA_DIR=../shared/datasets/planetoid scripts/gpu-check.sh 1
set -u
cd "$(dirname "$0")/.."

# Time limits in seconds: the one place they are set. A stage's budget bounds the sum of its steps.
STAGE1_BUDGET=285     # under 5 minutes
STAGE2_BUDGET=225     # under 4 minutes
LIMIT_NVIDIA_SMI=15
LIMIT_SELFTEST=150
LIMIT_CORA_RUN=30     # each of the four Cora runs
LIMIT_BENCH=110
LIMIT_PYG=100

stage="${1:-}"
case "$stage" in
    1) budget=$STAGE1_BUDGET ;;
    2) budget=$STAGE2_BUDGET ;;
    *) echo "usage: scripts/gpu-check.sh 1|2   (stage 1: selftest and Cora; stage 2: bench and PyG)" >&2; exit 2 ;;
esac
device="${DEVICE:-cuda}"
out="${OUT:-gpu-out}"
gnnc="${GNNC:-.gpu/gnnc}"
specs="${SPECS:-.gpu/ModelSpecs}"
export GNNC_DATA_DIR="${GNNC_DATA_DIR:-.gpu/datasets}"
mkdir -p "$out"
# The kernel caches go to a private directory outside $OUT: only a few files come back from a
# GPU host, and they must be the logs and reports.
cache="$(mktemp -d "${TMPDIR:-/tmp}/gnnc-gpu-check.XXXXXX")"
trap 'rm -rf "$cache"' EXIT
export GNNC_CACHE_DIR="$cache"
log="$out/stage$stage.log"
summary="$out/summary-$stage.md"
deadline=$((SECONDS + budget))
failed=0
rows=()

if [ "$device" = cuda ]; then
    epochs=200; graph="synthetic:large"; width=64; repeats=5; pyg_python="${PYG_PYTHON:-python3}"
else
    epochs=20; graph="synthetic:20000,100000,16,4,1"; width=16; repeats=2; pyg_python="${PYG_PYTHON:-../venv-pyg/bin/python}"
fi

# step NAME LIMIT FIGURE-COMMAND COMMAND...: runs COMMAND with the smaller of LIMIT and what is
# left of the stage's budget, appending its output to the log; FIGURE-COMMAND (a shell snippet
# reading $step_log) prints the step's key figure for the summary.
step() {
    local name="$1" limit="$2" figure="$3"; shift 3
    local left=$((deadline - SECONDS))
    if [ "$left" -lt 5 ]; then
        rows+=("| $name | not run: the stage's ${budget} s were spent | 0 | |")
        failed=$((failed + 1)); return
    fi
    [ "$limit" -gt "$left" ] && limit=$left
    step_log="$(mktemp "${TMPDIR:-/tmp}/gnnc-step.XXXXXX")"
    { echo; echo "=== $name (limit $limit s): $*"; } >>"$log"
    local start=$SECONDS
    timeout "$limit" "$@" >"$step_log" 2>&1
    local rc=$? took=$((SECONDS - start))
    cat "$step_log" >>"$log"
    echo "=== $name: exit $rc after $took s" >>"$log"
    local status="ok"
    if [ "$rc" -eq 124 ]; then status="TIMEOUT at $limit s"; elif [ "$rc" -ne 0 ]; then status="FAIL (exit $rc)"; fi
    [ "$rc" -eq 0 ] || failed=$((failed + 1))
    local key; key="$(eval "$figure" 2>/dev/null | tr '\n|' ' /' | cut -c1-160)"
    rows+=("| $name | $status | $took | $key |")
    rm -f "$step_log"
}

skip() { rows+=("| $1 | skipped: $2 | 0 | |"); echo "=== $1: skipped: $2" >>"$log"; }

# Key figures read back from a step's output.
last_line='grep -v "^\s*$" "$step_log" | tail -n 1'
run_figures() {  # JSON: accuracy at best validation, median step, device peak memory
    python3 - "$1" <<'PY'
import json, sys
try:
    r = json.load(open(sys.argv[1]))
except Exception as e:
    print("no report:", e); sys.exit(0)
peak = r.get("device_peak_bytes")
print("test %.2f%%, step %.2f ms, compile %.1f s%s" % (100 * r["test_accuracy_at_best_val"]["mean"], 1000 * r["median_epoch_seconds"],
      r["compile_seconds"], "" if peak is None else ", GPU peak %.1f MiB" % (peak / 1048576)))
PY
}

{ echo "gpu-check stage $stage on $device, $(date -u '+%Y-%m-%d %H:%M:%S UTC'), budget $budget s"; echo "gnnc: $gnnc"; } >"$log"

if [ "$stage" = 1 ]; then
    if [ "$device" = cuda ]; then
        step nvidia-smi "$LIMIT_NVIDIA_SMI" 'nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader' \
            bash -c 'nvidia-smi && nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv'
    fi
    step selftest "$LIMIT_SELFTEST" "$last_line" "$gnnc" selftest --device "$device" --specs "$specs"
    for model in gcn gat; do
        for p in f32 bf16; do
            json="$out/cora-$model-$p.json"
            step "cora-$model-$p" "$LIMIT_CORA_RUN" "run_figures '$json'" \
                "$gnnc" run "$specs/$model.gnn" --dataset cora --device "$device" --precision "$p" --runs 1 --epochs "$epochs" --json "$json"
        done
    done
else
    step bench "$LIMIT_BENCH" 'grep -m1 "copy bandwidth" "$step_log" | cut -d"(" -f1; grep -m1 "^spmm .* forward fused" "$step_log" | sed "s/.*median/spmm fused/; s/, [0-9.]* GFLOP.*//"' \
        "$gnnc" bench --device "$device" --specs "$specs" --data-dir "$GNNC_DATA_DIR" --graphs "$graph" --widths "$width" \
        --workloads spmm,softmax_aggregate,gcn,gat --sweep none --repeats "$repeats" --out "$out/bench"
    if "$pyg_python" -c 'import torch, torch_geometric' >/dev/null 2>&1; then
        step pyg-compare "$LIMIT_PYG" 'grep "^- " "$out/pyg-compare.md" | cut -c1-120' \
            "$pyg_python" Benchmarks/pyg_compare.py --device "$device" --gnnc "$gnnc" --pyg-python "$pyg_python" --specs "$specs" \
            --graphs "$graph" --widths "$width" --workloads spmm,softmax_aggregate,gcn,gat --repeats "$repeats" \
            --out "$out/pyg-compare.md" --json "$out/pyg-compare.json"
    else
        skip pyg-compare "no torch and torch_geometric under $pyg_python"
    fi
fi

{
    echo "gpu-check stage $stage on $device: $failed step(s) failed, $SECONDS s of $budget; log $log"
    echo
    echo "| step | status | seconds | key figures |"
    echo "|---|---|---:|---|"
    printf '%s\n' "${rows[@]}"
} | tee "$summary"
exit "$failed"
