"""The six ModelSpecs as PyTorch Geometric models, trained and timed the way `gnnc run` does.

One (model, dataset) pair per process, so that the peak RSS is that run's alone:

    python Benchmarks/pyg_models.py --model gcn --dataset cora --spec ModelSpecs/gcn.gnn
    python Benchmarks/pyg_models.py --model gat --dataset synthetic:small --json out.json

prints one JSON line (and writes it to --json FILE when given). Needs torch and torch_geometric
(the pure-python package: no torch_scatter / torch_sparse); see setup_pyg.sh.

What is mirrored from the specs (ModelSpecs/*.gnn):
  * the architecture of each `model` block with the standard PyG layer (GCNConv, GATConv,
    SAGEConv, GINConv, SGConv, APPNP), its dropout placement and rates, self-loop setting,
    and the initialisers (glorot weights, zero biases: PyG's Linear default is Kaiming, so
    every weight is re-initialised);
  * the `const`s (HIDDEN, HEADS, K, ALPHA) and the `train` block (lr, weight_decay,
    weight_decay_on, normalize_features, epochs), read from --spec when it is given (the values
    built in below are those of the specs when this file was written, used without --spec);
  * the training loop of gnnc's Trainer: per epoch one training step (forward, masked
    cross-entropy, backward, Adam with L2 weight decay as torch.optim.Adam), then one
    evaluation forward (dropout off, no grad); the model is selected as gnnc selects it (highest
    validation accuracy, ties to the lower validation loss, then to the earlier epoch) and the
    test accuracy there is reported.

Timing: time.perf_counter around the training step (zero_grad to optimizer.step, loss read)
and around the evaluation forward; medians over the epochs after the first --warmup (5) of
every run. Accuracy is computed outside both timed regions, as gnnc does.

Datasets: `cora` (also citeseer, pubmed) through torch_geometric.datasets.Planetoid from the
raw ind.* files in --data-dir / $GNNC_DATA_DIR / ../shared/datasets/planetoid, copied into a
work directory (no download); `synthetic:small|large|N,E,F,C,SEED` built by synthetic.py, bit
for bit as gnnc builds it, with gnnc's split (first N/10 ids train, next N/10 val, rest test).
Synthetic features are not normalised unless --synthetic-features spec is given.
"""
import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # importing synthetic.py leaves no __pycache__ in the repository

MODELS = ("gcn", "gat", "sage", "gin", "sgc", "appnp")

# The specs' values when this file was written; --spec overrides them with what the file says.
DEFAULTS = {
    "gcn": dict(consts=dict(HIDDEN=16), lr=0.01, weight_decay=5e-4, weight_decay_on=["conv1"],
                normalize_features=True, epochs=200, self_loops="add"),
    "gat": dict(consts=dict(HEADS=8, HIDDEN=8), lr=0.005, weight_decay=5e-4, weight_decay_on=None,
                normalize_features=True, epochs=200, self_loops="add"),
    "sage": dict(consts=dict(HIDDEN=64), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                 normalize_features=True, epochs=200, self_loops="none"),
    "gin": dict(consts=dict(HIDDEN=64), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                normalize_features=True, epochs=200, self_loops="none"),
    "sgc": dict(consts=dict(K=2), lr=0.2, weight_decay=5e-3, weight_decay_on=None,
                normalize_features=True, epochs=100, self_loops="add"),
    "appnp": dict(consts=dict(HIDDEN=64, K=10, ALPHA=0.1), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                  normalize_features=True, epochs=200, self_loops="add"),
}


# ---------------------------------------------------------------------------------------------
# Reading the spec (consts, graph block, train block): a few regular expressions suffice for the
# canonical specs; anything not found keeps the built-in value.

def _number(text):
    return float(text) if any(ch in text for ch in ".eE") else int(text)


def read_spec(path, model):
    cfg = json.loads(json.dumps(DEFAULTS[model]))
    src = open(path, encoding="utf-8").read()
    src = re.sub(r"//[^\n]*", "", src)
    for name, value in re.findall(r"\bconst\s+([A-Za-z_]\w*)\s*=\s*([-+0-9.eE]+)", src):
        cfg["consts"][name] = _number(value)
    m = re.search(r"\bself_loops\s*=\s*(\w+)", src)
    if m:
        cfg["self_loops"] = m.group(1)
    m = re.search(r"\btrain\s*\{(.*?)\}\s*$", src, re.S)
    if not m:
        raise SystemExit(f"{path}: no train block found")
    train = m.group(1)
    opt = re.search(r"\boptimizer\s*=\s*(\w+)\s*\(([^)]*)\)", train)
    if opt:
        if opt.group(1) != "adam":
            raise SystemExit(f"{path}: optimizer {opt.group(1)} is not mirrored here (only adam)")
        args = dict(re.findall(r"(\w+)\s*=\s*([-+0-9.eE]+)", opt.group(2)))
        cfg["lr"] = float(args.get("lr", cfg["lr"]))
        cfg["weight_decay"] = float(args.get("weight_decay", 0.0))
    m = re.search(r"\bweight_decay_on\s*=\s*\[([^\]]*)\]", train)
    cfg["weight_decay_on"] = [s.strip() for s in m.group(1).split(",") if s.strip()] if m else None
    m = re.search(r"\bnormalize_features\s*=\s*(\w+)", train)
    cfg["normalize_features"] = bool(m and m.group(1) == "true")
    m = re.search(r"\bepochs\s*=\s*(\d+)", train)
    if m:
        cfg["epochs"] = int(m.group(1))
    m = re.search(r"\bloss\s*=\s*(\w+)", train)
    if m and m.group(1) != "cross_entropy":
        raise SystemExit(f"{path}: loss {m.group(1)} is not mirrored here (only cross_entropy)")
    return cfg


# ---------------------------------------------------------------------------------------------
# Models. Module names are the spec's `as` names, so weight_decay_on = [conv1] selects conv1.*.

def build_model(model, cfg, num_features, num_classes):
    import torch
    import torch.nn.functional as F
    from torch_geometric.nn import APPNP, GATConv, GCNConv, GINConv, SAGEConv, SGConv
    from torch_geometric.nn import Linear as PygLinear
    from torch_geometric.nn.inits import glorot, zeros

    c = cfg["consts"]
    add_loops = cfg["self_loops"] == "add"

    def lin(i, o):
        return PygLinear(i, o, bias=True, weight_initializer="glorot", bias_initializer="zeros")

    class GCN(torch.nn.Module):
        # dropout(x, .5) -> conv1 -> relu -> dropout(.5) -> conv2. cached=True: the normalised
        # adjacency is computed once per graph, as gnnc computes rsqrt(in_degree) once (stage=graph).
        def __init__(self):
            super().__init__()
            h = c["HIDDEN"]
            self.conv1 = GCNConv(num_features, h, cached=True, add_self_loops=add_loops)
            self.conv2 = GCNConv(h, num_classes, cached=True, add_self_loops=add_loops)

        def forward(self, x, ei):
            x = F.dropout(x, 0.5, self.training)
            x = F.dropout(F.relu(self.conv1(x, ei)), 0.5, self.training)
            return self.conv2(x, ei)

    class GAT(torch.nn.Module):
        # PyG examples/gat.py: dropout(x, .6) -> GATConv(heads=8, concat, att dropout .6) -> elu ->
        # dropout(.6) -> GATConv(heads=1, concat=False, att dropout .6).
        def __init__(self):
            super().__init__()
            heads, h = c["HEADS"], c["HIDDEN"]
            self.conv1 = GATConv(num_features, h, heads=heads, dropout=0.6, negative_slope=0.2,
                                 add_self_loops=add_loops)
            self.conv2 = GATConv(heads * h, num_classes, heads=1, concat=False, dropout=0.6,
                                 negative_slope=0.2, add_self_loops=add_loops)

        def forward(self, x, ei):
            x = F.dropout(x, 0.6, self.training)
            x = F.dropout(F.elu(self.conv1(x, ei)), 0.6, self.training)
            return self.conv2(x, ei)

    class SAGE(torch.nn.Module):
        # SAGEConv mean: lin_l(mean of neighbours) (with bias) + lin_r(self) (no bias).
        def __init__(self):
            super().__init__()
            h = c["HIDDEN"]
            self.conv1 = SAGEConv(num_features, h, aggr="mean")
            self.conv2 = SAGEConv(h, num_classes, aggr="mean")

        def forward(self, x, ei):
            x = F.dropout(x, 0.5, self.training)
            x = F.dropout(F.relu(self.conv1(x, ei)), 0.5, self.training)
            return self.conv2(x, ei)

    def gin_mlp(i, h, o):
        return torch.nn.Sequential(lin(i, h), torch.nn.ReLU(), lin(h, o))

    class GIN(torch.nn.Module):
        # GINConv(eps=0, not trained): mlp(h + sum of neighbours), mlp = Linear-ReLU-Linear.
        def __init__(self):
            super().__init__()
            h = c["HIDDEN"]
            self.conv1 = GINConv(gin_mlp(num_features, h, h), eps=0.0, train_eps=False)
            self.conv2 = GINConv(gin_mlp(h, h, num_classes), eps=0.0, train_eps=False)

        def forward(self, x, ei):
            x = F.dropout(x, 0.5, self.training)
            x = F.dropout(F.relu(self.conv1(x, ei)), 0.5, self.training)
            return self.conv2(x, ei)

    class SGC(torch.nn.Module):
        # SGConv(K): S^K x W + b. cached=False by default: gnnc propagates every step (it hoists
        # only graph-only values, and x is an input). cached=True (--sgc-cached, as PyG's
        # examples/sgc.py) computes S^K x once, leaving a linear layer per step.
        def __init__(self):
            super().__init__()
            self.conv = SGConv(num_features, num_classes, K=int(c["K"]), cached=cfg.get("sgc_cached", False),
                               add_self_loops=add_loops)

        def forward(self, x, ei):
            return self.conv(x, ei)

    class APPNPNet(torch.nn.Module):
        # dropout(x, .5) -> lin1 -> relu -> dropout(.5) -> lin2 -> APPNP(K, alpha). cached=True
        # caches the normalised adjacency only; the K propagation steps run every step.
        def __init__(self):
            super().__init__()
            h = c["HIDDEN"]
            self.lin1 = lin(num_features, h)
            self.lin2 = lin(h, num_classes)
            self.prop = APPNP(K=int(c["K"]), alpha=float(c["ALPHA"]), cached=True, add_self_loops=add_loops)

        def forward(self, x, ei):
            x = F.dropout(x, 0.5, self.training)
            x = F.dropout(F.relu(self.lin1(x)), 0.5, self.training)
            return self.prop(self.lin2(x), ei)

    net = dict(gcn=GCN, gat=GAT, sage=SAGE, gin=GIN, sgc=SGC, appnp=APPNPNet)[model]()
    # The specs initialise every weight with glorot and every bias with zeros.
    for m in net.modules():
        if isinstance(m, (torch.nn.Linear, PygLinear)):
            glorot(m.weight)
            if m.bias is not None:
                zeros(m.bias)
    return net


def param_groups(net, cfg):
    scope = cfg["weight_decay_on"]
    wd = cfg["weight_decay"]
    if scope is None:
        return [dict(params=list(net.parameters()), weight_decay=wd)]
    decay, rest = [], []
    for name, p in net.named_parameters():
        (decay if any(name == s or name.startswith(s + ".") for s in scope) else rest).append(p)
    if not decay:
        raise SystemExit(f"weight_decay_on = {scope} matches no parameter of the PyG model")
    return [dict(params=decay, weight_decay=wd), dict(params=rest, weight_decay=0.0)]


# ---------------------------------------------------------------------------------------------
# Data

def default_data_dir():
    env = os.environ.get("GNNC_DATA_DIR")
    if env:
        return env
    return os.path.normpath(os.path.join(HERE, "..", "..", "shared", "datasets", "planetoid"))


def load_planetoid(name, data_dir, work_dir, normalize):
    import torch
    from torch_geometric.datasets import Planetoid
    from torch_geometric.transforms import NormalizeFeatures

    pyg_name = {"cora": "Cora", "citeseer": "CiteSeer", "pubmed": "PubMed"}[name]
    raw = os.path.join(work_dir, pyg_name, "raw")
    os.makedirs(raw, exist_ok=True)
    for part in ("x", "tx", "allx", "y", "ty", "ally", "graph", "test.index"):
        f = f"ind.{name}.{part}"
        src = os.path.join(data_dir, f)
        if not os.path.exists(src):
            raise SystemExit(f"missing {src} (set --data-dir or GNNC_DATA_DIR to the Planetoid raw files)")
        dst = os.path.join(raw, f)
        if not os.path.exists(dst) or os.path.getsize(dst) != os.path.getsize(src):
            shutil.copyfile(src, dst)
    ds = Planetoid(work_dir, pyg_name, transform=NormalizeFeatures() if normalize else None)
    d = ds[0]
    idx = lambda mask: torch.nonzero(mask, as_tuple=False).view(-1)
    return dict(x=d.x.contiguous(), y=d.y, edge_index=d.edge_index, num_nodes=d.num_nodes,
                num_classes=ds.num_classes, train=idx(d.train_mask), val=idx(d.val_mask), test=idx(d.test_mask))


def load_synthetic(name, normalize):
    import torch
    import synthetic

    g = synthetic.generate(name)
    x = torch.from_numpy(g["x"])
    if normalize:  # PyG's own transform, as gnnc's Dataset.normalizedFeatures mirrors it
        from torch_geometric.transforms import NormalizeFeatures
        from torch_geometric.data import Data
        x = NormalizeFeatures()(Data(x=x)).x
    ei = torch.from_numpy(__import__("numpy").stack([g["src"], g["dst"]]))
    t = lambda a: torch.from_numpy(a).long()
    return dict(x=x.contiguous(), y=t(g["y"]), edge_index=ei, num_nodes=g["num_nodes"], num_classes=g["num_classes"],
                train=t(g["train"]), val=t(g["val"]), test=t(g["test"]))


# ---------------------------------------------------------------------------------------------

def run(args):
    t_start = time.perf_counter()
    import torch
    import torch.nn.functional as F
    import torch_geometric

    torch.set_num_threads(args.threads)
    cfg = read_spec(args.spec, args.model) if args.spec else json.loads(json.dumps(DEFAULTS[args.model]))
    epochs = args.epochs if args.epochs is not None else cfg["epochs"]
    cfg["sgc_cached"] = bool(args.sgc_cached) if args.model == "sgc" else None

    t_data = time.perf_counter()
    if args.dataset.startswith("synthetic:"):
        normalize = cfg["normalize_features"] and args.synthetic_features == "spec"
        data = load_synthetic(args.dataset, normalize)
    else:
        normalize = cfg["normalize_features"]
        data = load_planetoid(args.dataset, args.data_dir or default_data_dir(), args.work_dir, normalize)
    load_seconds = time.perf_counter() - t_data

    x, y, ei = data["x"], data["y"], data["edge_index"]
    train_idx, val_idx, test_idx = data["train"], data["val"], data["test"]

    def acc(pred, index):
        return float((pred[index] == y[index]).sum()) / max(int(index.numel()), 1)

    runs, epoch_times, infer_times = [], [], []
    for r in range(args.runs):
        seed = args.seed + r
        torch.manual_seed(seed)
        net = build_model(args.model, cfg, x.size(1), data["num_classes"])
        opt = torch.optim.Adam(param_groups(net, cfg), lr=cfg["lr"])
        best_val, best_val_loss, best_epoch, test_at_best, final_test, loss_value = -1.0, float("inf"), 0, 0.0, 0.0, 0.0
        for epoch in range(1, epochs + 1):
            t0 = time.perf_counter()
            net.train()
            opt.zero_grad(set_to_none=True)
            out = net(x, ei)
            loss = F.cross_entropy(out[train_idx], y[train_idx])
            loss.backward()
            opt.step()
            loss_value = float(loss.detach())
            t1 = time.perf_counter()
            net.eval()
            with torch.no_grad():
                logits = net(x, ei)
            t2 = time.perf_counter()
            pred = logits.argmax(dim=1)
            val, test = acc(pred, val_idx), acc(pred, test_idx)
            val_loss = float(F.cross_entropy(logits[val_idx], y[val_idx]))
            # gnnc's Trainer.selects: higher validation accuracy, then lower validation loss, then earlier.
            if val > best_val or (val == best_val and val_loss < best_val_loss):
                best_val, best_val_loss, best_epoch, test_at_best = val, val_loss, epoch, test
            final_test = test
            if epoch > args.warmup:
                epoch_times.append(t1 - t0)
                infer_times.append(t2 - t1)
        runs.append(dict(seed=seed, best_epoch=best_epoch, best_val_accuracy=best_val, best_val_loss=best_val_loss,
                         test_accuracy_at_best_val=test_at_best, final_test_accuracy=final_test,
                         final_loss=loss_value))

    def mean_std(xs):
        return dict(mean=statistics.fmean(xs), std=statistics.stdev(xs) if len(xs) > 1 else 0.0)

    return {
        "schema": "pyg-run/1",
        "model": args.model,
        "dataset": args.dataset,
        "config": dict(cfg, epochs=epochs, runs=args.runs, seed=args.seed, threads=args.threads, warmup=args.warmup,
                       features_normalized=normalize, spec=args.spec),
        "graph": dict(num_nodes=int(data["num_nodes"]), num_edges=int(ei.size(1)), num_features=int(x.size(1)),
                      num_classes=int(data["num_classes"]), train=int(train_idx.numel()), val=int(val_idx.numel()),
                      test=int(test_idx.numel())),
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
                         torch_geometric=torch_geometric.__version__, numpy=__import__("numpy").__version__),
    }


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", required=True, choices=MODELS)
    p.add_argument("--dataset", required=True, help="cora, citeseer, pubmed or synthetic:small|large|N,E,F,C,SEED")
    p.add_argument("--spec", help="the ModelSpec to read consts and the train block from (default: built-in values)")
    p.add_argument("--epochs", type=int, help="override the spec's epochs")
    p.add_argument("--runs", type=int, default=1, help="runs with seeds S, S+1, ... (default 1)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (default 2)")
    p.add_argument("--warmup", type=int, default=5, help="epochs of each run left out of the medians (default 5)")
    p.add_argument("--data-dir", help="Planetoid raw files (default $GNNC_DATA_DIR, then ../shared/datasets/planetoid)")
    p.add_argument("--work-dir", default=os.path.join(os.path.expanduser("~"), ".cache", "gnnc-bench", "pyg"),
                   help="where Planetoid's raw/ and processed/ folders are made (default ~/.cache/gnnc-bench/pyg)")
    p.add_argument("--synthetic-features", choices=("raw", "spec"), default="spec",
                   help="spec: NormalizeFeatures when the spec says so, as gnnc (default); raw: as generated")
    p.add_argument("--sgc-cached", action="store_true",
                   help="SGConv(cached=True): S^K x computed once (PyG's examples/sgc.py); default: every step, as gnnc")
    p.add_argument("--json", help="also write the JSON line to this file")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error("--runs must be at least 1")
    result = run(args)
    line = json.dumps(result, sort_keys=False)
    if args.json:
        tmp = args.json + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(line + "\n")
        os.replace(tmp, args.json)
    print(line)


if __name__ == "__main__":
    main()
