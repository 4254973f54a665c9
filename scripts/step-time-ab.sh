#!/usr/bin/env bash
# Times two gnnc binaries against each other on a dataset, in turn (A B A B ...), and prints each
# run's median training step, the median of each side and the median of the paired ratios B/A.
# usage: scripts/step-time-ab.sh BIN_A BIN_B [DATASET] [REPEATS] [SPEC...]
#   e.g.  git worktree add /tmp/base <rev> && (cd /tmp/base && swift build -c release --product gnnc)
#         scripts/step-time-ab.sh /tmp/base/.build/release/gnnc .build/release/gnnc cora 5 gcn gat sage
set -euo pipefail
cd "$(dirname "$0")/.."
a=$1; b=$2; dataset=${3:-cora}; repeats=${4:-5}; shift $(( $# < 4 ? $# : 4 ))
specs=("$@"); ((${#specs[@]})) || specs=(gcn gat sage)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for spec in "${specs[@]}"; do
  for i in $(seq "$repeats"); do
    for side in A B; do
      bin=$a; [[ $side == B ]] && bin=$b
      "$bin" run "ModelSpecs/$spec.gnn" --dataset "$dataset" --json "$work/$spec-$side-$i.json" >/dev/null
    done
  done
done
python3 - "$work" "$repeats" "${specs[@]}" <<'PY'
import json, statistics, sys
work, repeats, specs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def read(spec, side, i):
    d = json.load(open(f"{work}/{spec}-{side}-{i}.json"))
    return d["median_epoch_seconds"] * 1e3, d["test_accuracy_at_best_val"]["mean"]
print("| spec | A median step (ms) | B median step (ms) | median B/A (paired) | test acc A / B |")
print("|---|---|---|---|---|")
for spec in specs:
    a = [read(spec, "A", i) for i in range(1, repeats + 1)]
    b = [read(spec, "B", i) for i in range(1, repeats + 1)]
    ratios = [y[0] / x[0] for x, y in zip(a, b)]
    print(f"| {spec} | {statistics.median(x[0] for x in a):.2f} | {statistics.median(y[0] for y in b):.2f} | "
          f"{statistics.median(ratios):.3f} | {a[0][1] * 100:.1f} / {b[0][1] * 100:.1f} |")
PY
