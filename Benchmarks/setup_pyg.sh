#!/usr/bin/env bash
# Makes (or completes) a virtual environment with CPU PyTorch and PyTorch Geometric for the
# benchmarks. Idempotent: a venv that already imports torch, torch_geometric and scipy is left as it is.
#
#   bash Benchmarks/setup_pyg.sh /work/venv-pyg        # then: /work/venv-pyg/bin/python -c 'import torch_geometric'
#
# torch: PyPI's Linux wheel requires the CUDA runtime wheels (cuda-toolkit, nvidia-cudnn, nccl, ...:
# several GB) and, installed with --no-deps, fails at `import torch` (libcudart.so not found). So:
#   1. a CPU-only wheel (torch-*+cpu-cpXY-*.whl) from $TORCH_CPU_WHEEL_DIR (default /opt/wheels,
#      where this workplace's machines keep one) is installed with --no-deps plus torch's
#      pure-python dependencies;
#   2. failing that, PyPI's torch with its dependencies (the CUDA wheels included; they work on a
#      CPU-only machine, they are only big). download.pytorch.org is not used.
# torch_geometric: the pure-python package from PyPI (no torch_scatter / torch_sparse / pyg-lib);
# scipy is needed to unpickle the Planetoid raw files.
set -euo pipefail

VENV=${1:?usage: setup_pyg.sh VENV_DIR}
PYTHON=${PYTHON:-python3}
WHEELS=${TORCH_CPU_WHEEL_DIR:-/opt/wheels}
TORCH_DEPS=(filelock "typing-extensions>=4.10.0" "setuptools>=77.0.3" "sympy>=1.13.3" "networkx>=2.5.1" jinja2 "fsspec>=0.8.5")

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
PY="$VENV/bin/python"
pip() { "$PY" -m pip --disable-pip-version-check "$@"; }

versions() {
    "$PY" -c 'import platform, torch, torch_geometric, numpy, scipy
print("python", platform.python_version(), "| torch", torch.__version__, "| torch_geometric", torch_geometric.__version__,
      "| numpy", numpy.__version__, "| scipy", scipy.__version__, "| cuda available", torch.cuda.is_available())'
}

if "$PY" -c 'import torch, torch_geometric, scipy' 2>/dev/null; then
    echo "setup_pyg: $VENV is ready"
    versions
    exit 0
fi

if ! "$PY" -c 'import torch' 2>/dev/null; then
    TAG=$("$PY" -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')
    CPU_WHEEL=$(ls "$WHEELS"/torch-*+cpu-"$TAG"-"$TAG"-*linux*_x86_64.whl 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$CPU_WHEEL" ]; then
        echo "setup_pyg: installing the CPU wheel $CPU_WHEEL"
        pip install --no-deps "$CPU_WHEEL"
        pip install "${TORCH_DEPS[@]}"
    else
        echo "setup_pyg: no CPU torch wheel in $WHEELS; installing torch from PyPI with its CUDA dependencies (several GB)"
        pip install torch
    fi
    "$PY" -c 'import torch; x = torch.randn(4, 4, requires_grad=True); (x @ x).sum().backward(); assert x.grad is not None'
fi

pip install numpy scipy "torch_geometric>=2.3,<3"
"$PY" -c 'import torch_geometric.nn as n; [getattr(n, c) for c in ("GCNConv", "GATConv", "SAGEConv", "GINConv", "SGConv", "APPNP")]'
echo "setup_pyg: $VENV is ready"
versions
