#!/usr/bin/env bash
# The GPU checks of issues 5, 6 and 7 as one script, for a session lent a GPU host (no Swift
# there): run from the repository root with the static build in .gpu/ (scripts/build-static.sh).
# Writes logs and JSON under $OUT (default gpu-out/): nvidia-smi, the CUDA self-test (f32, f16,
# bf16 rows), Cora training on the GPU in each precision, `gnnc bench --device cuda` on
# synthetic graphs, and Benchmarks/pyg_compare.py against PyG on the same card. Each step has a
# time limit, so one that hangs does not take the others' time; the exit code is the number of
# steps that failed. DEVICE=cpu runs the same steps on the CPU, smaller, as a dry run:
#   DEVICE=cpu GNNC=.build/release/gnnc SPECS=ModelSpecs GNNC_DATA_DIR=../shared/datasets/planetoid scripts/gpu-check.sh
# Not yet run on a GPU: its step limits add up to more than one device command may take, so a
# session should run it with a timeout_s that leaves time for a rerun and read steps.txt.
set -u
cd "$(dirname "$0")/.."
out="${OUT:-gpu-out}"
device="${DEVICE:-cuda}"
gnnc="${GNNC:-.gpu/gnnc}"
specs="${SPECS:-.gpu/ModelSpecs}"
export GNNC_DATA_DIR="${GNNC_DATA_DIR:-.gpu/datasets}"
export GNNC_CACHE_DIR="${GNNC_CACHE_DIR:-$out/cache}"
mkdir -p "$out"
failed=0

step() {  # step NAME SECONDS COMMAND...: runs it, logs to $out/NAME.log, records its status
    local name="$1" limit="$2"; shift 2
    local start=$SECONDS
    echo "== $name: $*" | tee -a "$out/steps.txt"
    timeout "$limit" "$@" > "$out/$name.log" 2>&1
    local rc=$?
    echo "   exit $rc after $((SECONDS - start)) s" | tee -a "$out/steps.txt"
    tail -n 3 "$out/$name.log" | sed 's/^/   | /'
    [ "$rc" -eq 0 ] || failed=$((failed + 1))
}

if [ "$device" = cuda ]; then
    step nvidia-smi 30 nvidia-smi
    epochs=200; graphs="synthetic:large"; widths="64"; repeats=5; pyg_python="${PYG_PYTHON:-python3}"
else
    epochs=20; graphs="synthetic:20000,100000,32,4,1"; widths="16"; repeats=2; pyg_python="${PYG_PYTHON:-../venv-pyg/bin/python}"
fi

step selftest 300 "$gnnc" selftest --device "$device" --specs "$specs"
for p in f32 f16 bf16; do
    step "cora-gcn-$p" 180 "$gnnc" run "$specs/gcn.gnn" --dataset cora --device "$device" --precision "$p" --runs 3 --epochs "$epochs" --json "$out/cora-gcn-$p.json"
    step "cora-gat-$p" 240 "$gnnc" run "$specs/gat.gnn" --dataset cora --device "$device" --precision "$p" --runs 3 --epochs "$epochs" --json "$out/cora-gat-$p.json"
done
step bench 420 "$gnnc" bench --device "$device" --specs "$specs" --data-dir "$GNNC_DATA_DIR" --graphs "$graphs" --widths "$widths" \
    --repeats "$repeats" --out "$out/bench"
step pyg-compare 420 python3 Benchmarks/pyg_compare.py --device "$device" --gnnc "$gnnc" --pyg-python "$pyg_python" --specs "$specs" \
    --graphs "$graphs" --widths 64 --repeats "$repeats" --out "$out/pyg-compare.md" --json "$out/pyg-compare.json"
echo "gpu-check: $failed step(s) failed; logs in $out/" | tee -a "$out/steps.txt"
exit "$failed"
