"""Writes the benchmark datasets that gnnc and PyG both read as directories (docs/datasets.md).

    python Benchmarks/make_datasets.py --out DIR [--data-dir PLANETOID_RAW]

cora-weighted: Cora (PyG's Planetoid loader: features raw, the public split) with one weight per
edge, 0.5 + the Jaccard similarity of the two endpoints' word sets: symmetric, in [0.5, 1.5], and
larger between papers that share words, so a weighted GCN (gcn_ew.gnn, PyG GCNConv(edge_weight))
has something to use. Files: edges.npy [2, E] int64, node_features.npy [N, F] float32, labels.npy,
train_idx.npy / val_idx.npy / test_idx.npy, edge_features.npy [E, 1] float32.

cora-edge4: the same graph with four features per edge (edge_features.npy [E, 4]): the Jaccard and
the cosine similarity of the endpoints' word sets, and log(1 + degree) of the source and of the
destination over log(1 + the largest degree). For models with D-wide edge features in their
messages (gine.gnn, PyG GINEConv(edge_dim=4)).

Deterministic: the same files on every run (numpy only, no random numbers).

--large also writes random-large (1 000 000 nodes x 100 float32 features, 10 000 000 random edges as
[2, E] int64 .npy, 10 labels; seeded) and random-large-csvgz (the same nodes, 2 000 000 edges as
edges.csv.gz): the loader's time and memory on big files (docs/datasets.md, "Memory").
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True


def cora_arrays(data_dir, work_dir):
    import numpy as np
    import pyg_models

    d = pyg_models.load_planetoid("cora", data_dir, work_dir, normalize=False)
    x = d["x"].numpy().astype(np.float32)
    ei = d["edge_index"].numpy().astype(np.int64)
    words = x > 0
    inter = (words[ei[0]] & words[ei[1]]).sum(1)
    union = (words[ei[0]] | words[ei[1]]).sum(1)
    count = words.sum(1)
    jaccard = inter / np.maximum(union, 1)
    cosine = inter / np.maximum(np.sqrt(count[ei[0]] * count[ei[1]]), 1)
    deg = np.bincount(ei[1], minlength=x.shape[0])
    scale = np.log1p(deg.max())
    return d, x, ei, dict(jaccard=jaccard, cosine=cosine, src_deg=np.log1p(deg[ei[0]]) / scale,
                          dst_deg=np.log1p(deg[ei[1]]) / scale)


def write(out, d, x, ei, edge_features):
    import numpy as np
    os.makedirs(out, exist_ok=True)
    np.save(os.path.join(out, "edges.npy"), ei)
    np.save(os.path.join(out, "node_features.npy"), x)
    np.save(os.path.join(out, "labels.npy"), d["y"].numpy().astype(np.int64))
    for part in ("train", "val", "test"):
        np.save(os.path.join(out, f"{part}_idx.npy"), d[part].numpy().astype(np.int64))
    np.save(os.path.join(out, "edge_features.npy"), edge_features.astype(np.float32))
    print(f"{out}: {x.shape[0]} nodes, {ei.shape[1]} edges, {edge_features.shape[1]} edge feature(s), "
          f"{edge_features.min():.3f}..{edge_features.max():.3f} (mean {edge_features.mean():.3f})")


def cora_weighted(out, data_dir, work_dir):
    d, x, ei, f = cora_arrays(data_dir, work_dir)
    write(out, d, x, ei, (0.5 + f["jaccard"]).reshape(-1, 1))


def cora_edge4(out, data_dir, work_dir):
    import numpy as np
    d, x, ei, f = cora_arrays(data_dir, work_dir)
    write(out, d, x, ei, np.stack([f["jaccard"], f["cosine"], f["src_deg"], f["dst_deg"]], axis=1))


def random_large(out):
    import gzip
    import numpy as np
    rng = np.random.default_rng(1)
    n, f, e = 1_000_000, 100, 10_000_000
    npy, csvgz = os.path.join(out, "random-large"), os.path.join(out, "random-large-csvgz")
    for d in (npy, csvgz):
        os.makedirs(d, exist_ok=True)
    arrays = dict(node_features=rng.random((n, f), dtype=np.float32), labels=rng.integers(0, 10, n))
    perm = rng.permutation(n)
    arrays.update(train_idx=perm[:100_000], val_idx=perm[100_000:200_000], test_idx=perm[200_000:])
    for name, a in arrays.items():
        for d in (npy, csvgz):
            np.save(os.path.join(d, name + ".npy"), a)
    np.save(os.path.join(npy, "edges.npy"), rng.integers(0, n, (2, e), dtype=np.int64))
    src, dst = rng.integers(0, n, 2_000_000), rng.integers(0, n, 2_000_000)
    with gzip.open(os.path.join(csvgz, "edges.csv.gz"), "wt", compresslevel=1) as fh:
        fh.write("src,dst\n" + "\n".join(f"{a},{b}" for a, b in zip(src, dst)) + "\n")
    print(f"{npy}: {n} nodes x {f} features, {e} edges; {csvgz}: 2000000 edges as edges.csv.gz")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", default=os.path.join(os.path.expanduser("~"), ".cache", "gnnc-bench", "datasets"),
                   help="parent folder of the datasets (default ~/.cache/gnnc-bench/datasets)")
    p.add_argument("--data-dir", help="Planetoid raw files (default $GNNC_DATA_DIR, then ../shared/datasets/planetoid)")
    p.add_argument("--work-dir", default=os.path.join(os.path.expanduser("~"), ".cache", "gnnc-bench", "pyg"))
    p.add_argument("--large", action="store_true", help="also write random-large and random-large-csvgz (about 1 GB)")
    args = p.parse_args(argv)
    import pyg_models
    data_dir = args.data_dir or pyg_models.default_data_dir()
    cora_weighted(os.path.join(args.out, "cora-weighted"), data_dir, args.work_dir)
    cora_edge4(os.path.join(args.out, "cora-edge4"), data_dir, args.work_dir)
    if args.large:
        random_large(args.out)


if __name__ == "__main__":
    main()
