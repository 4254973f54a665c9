#!/usr/bin/env bash
# Builds a stripped gnnc with the Swift runtime linked in (--static-swift-stdlib), for GPU hosts
# that have no Swift toolchain, into OUT (default .gpu/), with the Planetoid files beside it.
# Usage: scripts/build-static.sh [OUT] ; then on the host: OUT/gnnc selftest --device cuda|nvrtc|cpu
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.gpu}"
data="${GNNC_DATA_DIR:-../shared/datasets/planetoid}"
limit_mb=40

swift build -c release --static-swift-stdlib --product gnnc
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/gnnc"
mkdir -p "$out"
tmp="$out/.gnnc.tmp.$$"
cp "$bin" "$tmp"
strip "$tmp"
mv "$tmp" "$out/gnnc"
cp -R ModelSpecs "$out/"
if [ -d "$data" ]; then mkdir -p "$out/datasets" && cp "$data"/ind.* "$out/datasets/"; fi

size_mb=$(( $(stat -c %s "$out/gnnc") / 1048576 ))
echo "build-static: $out/gnnc ${size_mb} MB; dynamic libraries it needs:"
ldd "$out/gnnc" | sed 's/^/  /'
if ldd "$out/gnnc" | grep -q "libswift"; then echo "build-static: error: a Swift runtime library is still linked dynamically" >&2; exit 1; fi
if (( size_mb >= limit_mb )); then echo "build-static: error: ${size_mb} MB is over the ${limit_mb} MB budget" >&2; exit 1; fi
