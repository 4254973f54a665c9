"""The graph-classification ModelSpec (gin_graph) as a PyTorch Geometric model, trained the way `gnnc run` trains it.

    python Benchmarks/pyg_graph_models.py --model gin_graph --dataset synthetic-graphs:small --runs 10 --folds 10
    python Benchmarks/pyg_graph_models.py --model gin_graph --dataset path/to/MUTAG --runs 10

prints one JSON line (the keys of pyg_models.py's) and writes it to --json FILE when given.

The model is PyG's examples/mutag_gin.py, which ModelSpecs/gin_graph.gnn mirrors: five GINConv
(train_eps=False) layers, each nn = MLP([in, 64, 64]) (Linear, BatchNorm1d, ReLU, Linear) and a
ReLU after it, global_add_pool, then MLP([64, 64, C], norm=None, dropout=0.5); PyG's and torch's
default initialisation (torch_linear in the spec); Adam with the spec's lr. The batch size, lr
and epochs are read from the spec's train block when --spec is given.

Data: `synthetic-graphs:...` built by synthetic.py's generate_graphs (bit for bit gnnc's), or a
TU-format directory read with numpy as gnnc reads it (docs/datasets.md: self-loops removed, repeats
merged, edges sorted, node attributes then one-hot node labels, graph labels through their sorted
distinct values). Folds: synthetic.py's stratified_folds (gnnc's GraphFolds, seed 12345); run r
tests on fold r mod K, selects its epoch on fold r-1 and trains on the rest, with seed S + r.

Training: torch_geometric.loader.DataLoader(train graphs, batch_size, shuffle=True) per epoch
(its own shuffle: the batches differ from gnnc's, the protocol does not), one Adam step per
batch; then train, validation and test accuracy in eval mode (batches of the same size). The
epoch with the best validation accuracy (ties: lower validation loss, then earlier) gives the test
accuracy, as gnnc selects. Timing: time.perf_counter around the epoch's training steps and around
the evaluation of the test graphs; medians over the epochs after the first --warmup of each run.
"""
import argparse
import glob
import json
import os
import platform
import re
import resource
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import numpy as np  # noqa: E402

import synthetic  # noqa: E402

MODELS = ("gin_graph",)
DEFAULTS = {"gin_graph": dict(hidden=64, layers=5, lr=0.01, batch_size=128, epochs=100)}


def read_train(path, cfg):
    """The train block's lr, batch_size and epochs, and the HIDDEN const, from the spec."""
    text = re.sub(r"//[^\n]*", "", open(path, encoding="utf-8").read())
    m = re.search(r"const\s+HIDDEN\s*=\s*(\d+)", text)
    if m:
        cfg["hidden"] = int(m.group(1))
    train = re.search(r"\btrain\s*\{(.*?)\}\s*$", text, re.S)
    if train:
        body = train.group(1)
        for key in ("batch_size", "epochs"):
            k = re.search(rf"\b{key}\s*=\s*(\d+)", body)
            if k:
                cfg[key] = int(k.group(1))
        lr = re.search(r"adam\s*\(([^)]*)\)", body)
        if lr:
            v = re.search(r"\blr\s*=\s*([0-9.eE+-]+)", lr.group(1))
            if v:
                cfg["lr"] = float(v.group(1))
    return cfg


def load_tu(path):
    """A TU directory as gnnc's TUDataset reads it."""
    found = glob.glob(os.path.join(path, "*_A.txt"))
    if len(found) != 1:
        raise SystemExit(f"{path}: expected exactly one DS_A.txt")
    ds = os.path.basename(found[0])[:-len("_A.txt")]

    def read(suffix, dtype):
        p = os.path.join(path, f"{ds}_{suffix}.txt")
        if not os.path.exists(p):
            return None
        return np.loadtxt(p, delimiter=",", dtype=dtype, ndmin=2)

    a = read("A", np.int64) - 1
    indicator = read("graph_indicator", np.int64)[:, 0] - 1
    graph_labels = read("graph_labels", np.int64)[:, 0]
    n, g = len(indicator), len(graph_labels)
    a = a[a[:, 0] != a[:, 1]]
    key = np.unique(a[:, 0] * n + a[:, 1])
    src, dst = key // n, key % n
    columns = []
    attrs = read("node_attributes", np.float32)
    if attrs is not None:
        columns.append(attrs)
    labels = read("node_labels", np.int64)
    if labels is not None:
        for c in range(labels.shape[1]):
            col = labels[:, c] - labels[:, c].min()
            columns.append(np.eye(int(col.max()) + 1, dtype=np.float32)[col])
    if not columns:
        columns.append(np.ones((n, 1), dtype=np.float32))
    x = np.concatenate(columns, axis=1).astype(np.float32)
    _, y = np.unique(graph_labels, return_inverse=True)
    node_ptr = np.concatenate([[0], np.cumsum(np.bincount(indicator, minlength=g))]).tolist()
    edge_ptr = np.concatenate([[0], np.cumsum(np.bincount(indicator[src], minlength=g))]).tolist()
    return dict(name=ds, node_ptr=node_ptr, edge_ptr=edge_ptr, src=src, dst=dst, x=x, y=y.astype(np.int64),
                num_classes=int(y.max()) + 1, num_features=x.shape[1])


def graph_list(d, torch, Data):
    out = []
    for k in range(len(d["y"])):
        n0, n1, e0, e1 = d["node_ptr"][k], d["node_ptr"][k + 1], d["edge_ptr"][k], d["edge_ptr"][k + 1]
        ei = torch.from_numpy(np.stack([d["src"][e0:e1], d["dst"][e0:e1]]) - n0).long()
        out.append(Data(x=torch.from_numpy(d["x"][n0:n1]), edge_index=ei, y=torch.tensor([int(d["y"][k])])))
    return out


def build(cfg, num_features, num_classes, torch):
    from torch_geometric.nn import GINConv, MLP, global_add_pool

    class Net(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.convs = torch.nn.ModuleList()
            width = num_features
            for _ in range(cfg["layers"]):
                self.convs.append(GINConv(MLP([width, cfg["hidden"], cfg["hidden"]]), train_eps=False))
                width = cfg["hidden"]
            self.mlp = MLP([cfg["hidden"], cfg["hidden"], num_classes], norm=None, dropout=0.5)

        def forward(self, x, edge_index, batch, batch_size):
            for conv in self.convs:
                x = conv(x, edge_index).relu()
            return self.mlp(global_add_pool(x, batch, size=batch_size))

    return Net()


def run(args):
    t_start = time.perf_counter()
    import torch
    import torch.nn.functional as F
    import torch_geometric
    from torch_geometric.data import Data
    from torch_geometric.loader import DataLoader

    torch.set_num_threads(args.threads)
    cfg = dict(DEFAULTS[args.model])
    if args.spec:
        cfg = read_train(args.spec, cfg)
    epochs = args.epochs if args.epochs is not None else cfg["epochs"]
    t_data = time.perf_counter()
    d = load_tu(args.dataset) if ("/" in args.dataset or args.dataset.startswith(".")) else synthetic.generate_graphs(args.dataset)
    graphs = graph_list(d, torch, Data)
    load_seconds = time.perf_counter() - t_data
    folds = synthetic.stratified_folds(d["y"], args.folds)

    def evaluate(net, ids):
        correct, loss = 0, 0.0
        with torch.no_grad():
            for b in DataLoader([graphs[i] for i in ids], batch_size=cfg["batch_size"]):
                out = net(b.x, b.edge_index, b.batch, b.num_graphs)
                correct += int((out.argmax(dim=1) == b.y).sum())
                loss += float(F.cross_entropy(out, b.y, reduction="sum"))
        return correct / max(len(ids), 1), loss / max(len(ids), 1)

    runs, epoch_times, infer_times = [], [], []
    for r in range(args.runs):
        seed = args.seed + r
        torch.manual_seed(seed)
        train_ids, val_ids, test_ids = synthetic.fold_split(folds, r % args.folds)
        net = build(cfg, d["num_features"], d["num_classes"], torch)
        opt = torch.optim.Adam(net.parameters(), lr=cfg["lr"])
        loader = DataLoader([graphs[i] for i in train_ids], batch_size=cfg["batch_size"], shuffle=True)
        best_val, best_val_loss, best_epoch, test_at_best, final_test, loss_value = -1.0, float("inf"), 0, 0.0, 0.0, 0.0
        for epoch in range(1, epochs + 1):
            net.train()
            t0 = time.perf_counter()
            total = 0.0
            for b in loader:
                opt.zero_grad(set_to_none=True)
                loss = F.cross_entropy(net(b.x, b.edge_index, b.batch, b.num_graphs), b.y)
                loss.backward()
                opt.step()
                total += float(loss.detach()) * b.num_graphs
            t1 = time.perf_counter()
            loss_value = total / max(len(train_ids), 1)
            net.eval()
            val, val_loss = evaluate(net, val_ids)
            t2 = time.perf_counter()
            test, _ = evaluate(net, test_ids)
            t3 = time.perf_counter()
            if val > best_val or (val == best_val and val_loss < best_val_loss):
                best_val, best_val_loss, best_epoch, test_at_best = val, val_loss, epoch, test
            final_test = test
            if epoch > args.warmup:
                epoch_times.append(t1 - t0)
                infer_times.append(t3 - t2)
        runs.append(dict(seed=seed, fold=r % args.folds, best_epoch=best_epoch, best_val_accuracy=best_val,
                         best_val_loss=best_val_loss, test_accuracy_at_best_val=test_at_best,
                         final_test_accuracy=final_test, final_loss=loss_value))

    def mean_std(xs):
        return dict(mean=statistics.fmean(xs), std=statistics.stdev(xs) if len(xs) > 1 else 0.0)

    return {
        "schema": "pyg-run/1",
        "model": args.model,
        "dataset": args.dataset,
        "config": dict(cfg, epochs=epochs, runs=args.runs, folds=args.folds, seed=args.seed, threads=args.threads,
                       warmup=args.warmup, spec=args.spec),
        "graph": dict(num_graphs=len(graphs), num_nodes=int(d["node_ptr"][-1]), num_edges=int(len(d["src"])),
                      num_features=int(d["num_features"]), num_classes=int(d["num_classes"])),
        "runs": runs,
        "test_accuracy_at_best_val": mean_std([r["test_accuracy_at_best_val"] for r in runs]),
        "final_test_accuracy": mean_std([r["final_test_accuracy"] for r in runs]),
        "median_epoch_seconds": statistics.median(epoch_times) if epoch_times else None,
        "median_inference_seconds": statistics.median(infer_times) if infer_times else None,
        "timed_epochs": len(epoch_times),
        "load_seconds": load_seconds,
        "total_seconds": time.perf_counter() - t_start,
        "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "versions": dict(python=platform.python_version(), torch=torch.__version__,
                         torch_geometric=torch_geometric.__version__, numpy=np.__version__),
    }


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", required=True, choices=MODELS)
    p.add_argument("--dataset", required=True, help="synthetic-graphs:small|G,F,C,SEED or a TU directory")
    p.add_argument("--spec", help="the ModelSpec to read HIDDEN and the train block from")
    p.add_argument("--epochs", type=int)
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--folds", type=int, default=10)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--json")
    args = p.parse_args(argv)
    result = run(args)
    line = json.dumps(result)
    if args.json:
        with open(args.json + ".tmp", "w", encoding="utf-8") as f:
            f.write(line + "\n")
        os.replace(args.json + ".tmp", args.json)
    print(line)


if __name__ == "__main__":
    main()
