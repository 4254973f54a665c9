"""Writes the benchmark datasets that gnnc and PyG both read as directories (docs/datasets.md).

    python Benchmarks/make_datasets.py --out DIR [--data-dir PLANETOID_RAW]

cora-weighted: Cora (PyG's Planetoid loader: features raw, the public split) with one weight per
edge, 0.5 + the Jaccard similarity of the two endpoints' word sets: symmetric, in [0.5, 1.5], and
larger between papers that share words, so a weighted GCN (gcn_ew.gnn, PyG GCNConv(edge_weight))
has something to use. Files: edges.npy [2, E] int64, node_features.npy [N, F] float32, labels.npy,
train_idx.npy / val_idx.npy / test_idx.npy, edge_features.npy [E, 1] float32. Deterministic: the same
files on every run (numpy only, no random numbers).
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True


def cora_weighted(out, data_dir, work_dir):
    import numpy as np
    import pyg_models

    d = pyg_models.load_planetoid("cora", data_dir, work_dir, normalize=False)
    x = d["x"].numpy().astype(np.float32)
    ei = d["edge_index"].numpy().astype(np.int64)
    words = x > 0
    inter = (words[ei[0]] & words[ei[1]]).sum(1)
    union = (words[ei[0]] | words[ei[1]]).sum(1)
    w = (0.5 + inter / np.maximum(union, 1)).astype(np.float32).reshape(-1, 1)
    os.makedirs(out, exist_ok=True)
    np.save(os.path.join(out, "edges.npy"), ei)
    np.save(os.path.join(out, "node_features.npy"), x)
    np.save(os.path.join(out, "labels.npy"), d["y"].numpy().astype(np.int64))
    for part in ("train", "val", "test"):
        np.save(os.path.join(out, f"{part}_idx.npy"), d[part].numpy().astype(np.int64))
    np.save(os.path.join(out, "edge_features.npy"), w)
    print(f"{out}: {x.shape[0]} nodes, {ei.shape[1]} edges, weights {w.min():.3f}..{w.max():.3f} (mean {w.mean():.3f})")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", default=os.path.join(os.path.expanduser("~"), ".cache", "gnnc-bench", "datasets"),
                   help="parent folder of the datasets (default ~/.cache/gnnc-bench/datasets)")
    p.add_argument("--data-dir", help="Planetoid raw files (default $GNNC_DATA_DIR, then ../shared/datasets/planetoid)")
    p.add_argument("--work-dir", default=os.path.join(os.path.expanduser("~"), ".cache", "gnnc-bench", "pyg"))
    args = p.parse_args(argv)
    import pyg_models
    cora_weighted(os.path.join(args.out, "cora-weighted"), args.data_dir or pyg_models.default_data_dir(), args.work_dir)


if __name__ == "__main__":
    main()
