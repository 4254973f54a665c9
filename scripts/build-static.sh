#!/usr/bin/env bash
# Builds a stripped gnnc with the Swift runtime linked in (--static-swift-stdlib), for GPU hosts
# that have no Swift toolchain, into OUT (default .gpu/, ignored by git), with ModelSpecs/ and the
# Planetoid files beside it: exactly what the GPU host needs beyond the tracked files (scripts/,
# Benchmarks/), and it checks that the two together stay under the 64 MiB a device call carries.
# Usage: scripts/build-static.sh [OUT] ; then on the host: scripts/gpu-check.sh 1 and 2 (README).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.gpu}"
data="${GNNC_DATA_DIR:-../shared/datasets/planetoid}"
limit_mb=40
carry_limit_mb=64

swift build -c release --static-swift-stdlib --product gnnc
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/gnnc"
mkdir -p "$out"
tmp="$out/.gnnc.tmp.$$"
cp "$bin" "$tmp"
strip "$tmp"
mv "$tmp" "$out/gnnc"
rm -rf "$out/ModelSpecs" "$out/datasets"
cp -R ModelSpecs "$out/"
if [ ! -d "$data" ]; then echo "build-static: error: no Planetoid files in $data (set GNNC_DATA_DIR)" >&2; exit 1; fi
mkdir -p "$out/datasets" && cp "$data"/ind.* "$out/datasets/"

size_mb=$(( $(stat -c %s "$out/gnnc") / 1048576 ))
echo "build-static: $out/gnnc ${size_mb} MB; dynamic libraries it needs:"
ldd "$out/gnnc" | sed 's/^/  /'
if ldd "$out/gnnc" | grep -q "libswift"; then echo "build-static: error: a Swift runtime library is still linked dynamically" >&2; exit 1; fi
if (( size_mb >= limit_mb )); then echo "build-static: error: ${size_mb} MB is over the ${limit_mb} MB budget" >&2; exit 1; fi
out_bytes=$(du -sb "$out" | cut -f1)
tree_bytes=$(git ls-files -z | xargs -0 du -cb 2>/dev/null | tail -n 1 | cut -f1)
total_mb=$(( (out_bytes + tree_bytes) / 1048576 ))
echo "build-static: $out holds $((out_bytes / 1048576)) MiB, the tracked files $((tree_bytes / 1048576)) MiB: ${total_mb} MiB to carry"
if (( total_mb >= carry_limit_mb )); then echo "build-static: error: ${total_mb} MiB is over the ${carry_limit_mb} MiB a device call carries" >&2; exit 1; fi
