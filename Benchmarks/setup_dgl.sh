#!/usr/bin/env bash
# Makes (or completes) a virtual environment with DGL for pyg_compare.py --dgl-python. Idempotent:
# a venv that already imports dgl is left as it is.
#
#   bash Benchmarks/setup_dgl.sh /work/venv-dgl        # then: pyg_compare.py --dgl-python /work/venv-dgl/bin/python
#
# Why these pins: PyPI's newest DGL for CPython 3.11 is 2.1.0 (2.2.x is only on data.dgl.ai, not
# reachable here); its C++ parts (graphbolt, tensoradapter) are built for torch 2.0.0 to 2.2.1, so
# torch is 2.2.1 from PyPI (the CUDA build with its runtime wheels: several GB; it runs on the
# CPU). DGL 2.1.0 also imports setuptools.extern (setuptools < 70), torchdata's datapipes
# (torchdata 0.7.1, without its torch pin) and pandas (< 2.3, for numpy < 2, which torch 2.2 needs).
set -euo pipefail

VENV=${1:?usage: setup_dgl.sh VENV_DIR}
PYTHON=${PYTHON:-python3}
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
PY="$VENV/bin/python"
pip() { "$PY" -m pip --disable-pip-version-check "$@"; }

if "$PY" -c 'import dgl' >/dev/null 2>&1; then
    "$PY" -c 'import dgl, torch; print("dgl", dgl.__version__, "| torch", torch.__version__)'
    exit 0
fi
pip install -q "torch==2.2.1" "numpy<2" scipy networkx tqdm requests psutil pydantic pyyaml "pandas<2.3" "setuptools<70"
pip install -q --no-deps "dgl==2.1.0" "torchdata==0.7.1"
"$PY" -c 'import dgl, torch; print("dgl", dgl.__version__, "| torch", torch.__version__)'
