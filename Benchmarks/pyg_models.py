"""The fourteen ModelSpecs as PyTorch Geometric models, trained and timed the way `gnnc run` does.

One (model, dataset) pair per process, so that the peak RSS is that run's alone:

    python Benchmarks/pyg_models.py --model gcn --dataset cora --spec ModelSpecs/gcn.gnn
    python Benchmarks/pyg_models.py --model gat --dataset synthetic:small --json out.json

prints one JSON line (and writes it to --json FILE when given). Needs torch and torch_geometric
(the pure-python package: no torch_scatter / torch_sparse); see setup_pyg.sh.

What is mirrored from the specs (ModelSpecs/*.gnn):
  * the architecture of each `model` block with the standard PyG layer, its dropout placement and
    rates and self-loop setting (a spec asking for self-loops that its PyG layer cannot add is
    refused):
      gcn GCNConv, gat GATConv, sage SAGEConv (mean), gin GINConv (eps 0), sgc SGConv, appnp APPNP;
      gatv2 GATv2Conv (8 x 8 heads, one averaged output head), transformer TransformerConv
      (root_weight, no beta), gcnii GCN2Conv x LAYERS between torch Linear lin1/lin2 (PyG's
      examples/gcn2_cora.py), gin_eps GINConv(train_eps=True) over two torch Linear, sage_max
      SAGEConv(aggr="max"), resgated ResGatedGraphConv, cheb ChebConv(K=3, sym), pna PNAConv
      (mean/min/max/std x identity/amplification/attenuation, deg = the graph's in-degree
      histogram) after a torch Linear lin1;
  * the initialisers of the `init` clauses: the six first specs say glorot weights and zero
    biases, so every Linear of those six is re-initialised (PyG's Linear default is Kaiming);
    the eight later ones say what their PyG layers' reset_parameters do (glorot / zeros /
    torch_linear = torch.nn.Linear's and PyG Linear's default), so they keep PyG's initialisation;
  * the `const`s (number literals: HIDDEN, HEADS, K, ALPHA, LAYERS, THETA, P) and the `train`
    block (adam's lr, weight_decay, beta1, beta2, eps; weight_decay_on; param_groups as torch
    parameter groups, by instance-name prefix, resolved as gnnc's Trainer does; normalize_features;
    epochs), read from --spec when it is given; what the spec leaves out takes the spec language's
    default, and what cannot be mirrored (sgd, lr_schedule, precision other than f32, a const
    that is an expression, a name that matches no PyG parameter) is refused. The values built in
    below are those of the specs when this file was written, used without --spec. Module names
    are the specs' `as` names, so weight_decay_on / param_groups select the same parameters
    (GCNII's convs.1..convs.L are the ModuleList's convs.0..convs.L-1; the translation is done);
  * the training loop of gnnc's Trainer: per epoch one training step (forward, masked
    cross-entropy, backward, Adam with L2 weight decay as torch.optim.Adam), then one
    evaluation forward (dropout off, no grad); the model is selected as gnnc selects it (highest
    validation accuracy, ties to the lower validation loss, then to the earlier epoch) and the
    test accuracy there is reported.

Known differences: PNA's std aggregator: PyG's StdAggregation returns sqrt(max(var, 1e-5)) and then
zeroes the values at that floor, while pna.gnn keeps sqrt(1e-5) = 0.0032 (a node with one
in-edge, variance 0, differs). PyG's ChebConv recomputes the scaled Laplacian on every call (it
has no cache), where gnnc computes the degree norm once per graph; GATConv/GATv2Conv add their
self-loops on every call too.

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

MODELS = ("gcn", "gcn_ew", "gat", "sage", "gin", "sgc", "appnp",
          "gatv2", "transformer", "gcnii", "gin_eps", "sage_max", "resgated", "cheb", "pna", "gine")
# Models whose PyG layer adds no self-loops and has no option to: their specs must say self_loops = none.
LOOP_FREE = ("sage", "gin", "transformer", "gin_eps", "sage_max", "resgated", "cheb", "pna", "gine")

# The specs' values when this file was written; --spec overrides them with what the file says.
DEFAULTS = {
    "gcn": dict(consts=dict(HIDDEN=16), lr=0.01, weight_decay=5e-4, weight_decay_on=["conv1"],
                normalize_features=True, epochs=200, self_loops="add"),
    "gcn_ew": dict(consts=dict(HIDDEN=16), lr=0.01, weight_decay=5e-4, weight_decay_on=["conv1"],
                   normalize_features=True, epochs=200, self_loops="add"),
    "gat": dict(consts=dict(HEADS=8, HIDDEN=8), lr=0.005, weight_decay=5e-4, weight_decay_on=None,
                normalize_features=True, epochs=200, self_loops="add"),
    "sage": dict(consts=dict(HIDDEN=64), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                 normalize_features=True, epochs=200, self_loops="none"),
    "gin": dict(consts=dict(HIDDEN=64), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                normalize_features=True, epochs=200, self_loops="none"),
    "sgc": dict(consts=dict(K=2), lr=0.1, weight_decay=1e-4, weight_decay_on=None,
                normalize_features=True, epochs=200, self_loops="add"),
    "appnp": dict(consts=dict(HIDDEN=64, K=10, ALPHA=0.1), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                  normalize_features=True, epochs=200, self_loops="add"),
    "gatv2": dict(consts=dict(HEADS=8, HIDDEN=8), lr=0.005, weight_decay=5e-4, weight_decay_on=None,
                  normalize_features=True, epochs=200, self_loops="add"),
    "transformer": dict(consts=dict(HEADS=8, HIDDEN=8), lr=0.005, weight_decay=5e-4, weight_decay_on=None,
                        normalize_features=True, epochs=200, self_loops="none"),
    "gcnii": dict(consts=dict(HIDDEN=64, LAYERS=16, ALPHA=0.1, THETA=0.5, P=0.6), lr=0.01, weight_decay=0.0,
                  weight_decay_on=None, param_groups=[dict(on=["convs"], weight_decay=0.01),
                                                      dict(on=["lin1", "lin2"], weight_decay=5e-4)],
                  normalize_features=True, epochs=200, self_loops="add"),
    "gin_eps": dict(consts=dict(HIDDEN=64), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                    normalize_features=True, epochs=200, self_loops="none"),
    "sage_max": dict(consts=dict(HIDDEN=64), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                     normalize_features=True, epochs=200, self_loops="none"),
    "resgated": dict(consts=dict(HIDDEN=64), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                     normalize_features=True, epochs=200, self_loops="none"),
    "cheb": dict(consts=dict(HIDDEN=16), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                 normalize_features=True, epochs=200, self_loops="none"),
    "pna": dict(consts=dict(HIDDEN=64), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                normalize_features=True, epochs=200, self_loops="none"),
    "gine": dict(consts=dict(HIDDEN=64), lr=0.01, weight_decay=5e-4, weight_decay_on=None,
                 normalize_features=True, epochs=200, self_loops="none"),
}


# ---------------------------------------------------------------------------------------------
# Reading the spec (consts, graph block, train block): a small scanner suffices for the canonical
# specs. Without --spec the built-in values are used; with it, what the spec leaves out takes the
# spec language's defaults (adam(lr = 0.01), no weight decay, 200 epochs, raw features), and
# anything this file cannot mirror is refused with SystemExit.

def _number(text):
    return float(text) if any(ch in text for ch in ".eE") else int(text)


_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")


def _split_top(text, seps):
    """Splits text at the characters in seps that are outside (), [] and {}."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if depth == 0 and ch in seps:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [q.strip() for q in parts if q.strip()]


def _call(text):
    """`name(a = 1, b = [x, y])` -> ("name", {"a": "1", "b": "[x, y]"}), or None."""
    m = re.fullmatch(r"(\w+)\s*\((.*)\)", text.strip(), re.S)
    if not m:
        return None
    args = {}
    for a in _split_top(m.group(2), ","):
        k = re.fullmatch(r"(\w+)\s*=\s*(.+)", a, re.S)
        if not k:
            return m.group(1), None  # positional arguments: not mirrored
        args[k.group(1)] = k.group(2).strip()
    return m.group(1), args


def _names(text):
    m = re.fullmatch(r"\[(.*)\]", text.strip(), re.S)
    if not m:
        return None
    return [q for q in _split_top(m.group(1), ",")]


# adam's hyper-parameters in the spec language -> torch.optim.Adam's
ADAM_KEYS = ("lr", "weight_decay", "beta1", "beta2", "eps")


def read_spec(path, model):
    cfg = json.loads(json.dumps(DEFAULTS[model]))
    src = open(path, encoding="utf-8").read()
    src = re.sub(r"//[^\n]*", "", src)
    for name, value in re.findall(r"^\s*const\s+([A-Za-z_]\w*)\s*=\s*(.*?)\s*$", src, re.M):
        if _NUMBER.fullmatch(value):
            cfg["consts"][name] = _number(value)
        else:  # an expression (2 * HIDDEN, rsqrt(16.0)): not evaluated here; refused if the model uses it
            cfg["consts"].pop(name, None)
            cfg.setdefault("unmirrored_consts", {})[name] = value
    m = re.search(r"\bself_loops\s*=\s*(\w+)", src)
    cfg["self_loops"] = m.group(1) if m else "none"
    m = re.search(r"\bself_loop_fill\s*=\s*([\w.]+)", src)
    if m and not (_NUMBER.fullmatch(m.group(1)) and float(m.group(1)) == 1.0):
        raise SystemExit(f"{path}: self_loop_fill = {m.group(1)} is not mirrored (GCNConv's loops weigh 1)")

    def num(text, what):
        text = text.strip()
        if _NUMBER.fullmatch(text):
            return float(text)
        if text in cfg["consts"]:
            return float(cfg["consts"][text])
        raise SystemExit(f"{path}: {what} = {text} is not a number this file can read")

    m = re.search(r"\btrain\s*\{(.*?)\}\s*$", src, re.S)
    if not m:
        raise SystemExit(f"{path}: no train block found")
    train = {}
    for stmt in _split_top(m.group(1), "\n;"):
        kv = re.fullmatch(r"(\w+)\s*=\s*(.+)", stmt, re.S)
        if not kv:
            raise SystemExit(f"{path}: cannot read the train statement {stmt!r}")
        train[kv.group(1)] = kv.group(2).strip()
    unknown = sorted(set(train) - {"loss", "optimizer", "weight_decay_on", "param_groups", "normalize_features",
                                   "epochs", "precision"})
    if unknown:  # lr_schedule and anything newer
        raise SystemExit(f"{path}: train setting(s) {', '.join(unknown)} not mirrored here")
    if train.get("loss", "cross_entropy") != "cross_entropy":
        raise SystemExit(f"{path}: loss {train['loss']} is not mirrored here (only cross_entropy)")
    if train.get("precision", "f32") != "f32":
        raise SystemExit(f"{path}: precision {train['precision']} is not mirrored here (only f32)")

    cfg["lr"], cfg["weight_decay"], cfg["betas"], cfg["eps"] = 0.01, 0.0, [0.9, 0.999], 1e-8  # adam(lr = 0.01)
    if "optimizer" in train:
        call = _call(train["optimizer"])
        if not call or call[0] != "adam":
            raise SystemExit(f"{path}: optimizer {train['optimizer']} is not mirrored here (only adam)")
        if call[1] is None or set(call[1]) - set(ADAM_KEYS):
            raise SystemExit(f"{path}: adam arguments must be named, among {', '.join(ADAM_KEYS)}")
        hp = {k: num(v, k) for k, v in call[1].items()}
        cfg["lr"] = hp.get("lr", cfg["lr"])
        cfg["weight_decay"] = hp.get("weight_decay", 0.0)
        cfg["betas"] = [hp.get("beta1", 0.9), hp.get("beta2", 0.999)]
        cfg["eps"] = hp.get("eps", 1e-8)
    cfg["weight_decay_on"] = None
    if "weight_decay_on" in train:
        cfg["weight_decay_on"] = _names(train["weight_decay_on"])
        if cfg["weight_decay_on"] is None:
            raise SystemExit(f"{path}: cannot read weight_decay_on = {train['weight_decay_on']}")
    # param_groups = [group(on = [a, b], weight_decay = 0.01), ...] -> [{"on": [a, b], "weight_decay": 0.01}, ...]
    cfg["param_groups"] = None
    if "param_groups" in train:
        items = _names(train["param_groups"])
        if items is None:
            raise SystemExit(f"{path}: cannot read param_groups = {train['param_groups']}")
        cfg["param_groups"] = []
        for item in items:
            call = _call(item)
            if not call or call[0] != "group" or call[1] is None or "on" not in call[1]:
                raise SystemExit(f"{path}: a parameter group must be group(on = [...], <hyper-parameter> = <number>, ...)")
            extra = set(call[1]) - {"on"} - set(ADAM_KEYS)
            if extra:
                raise SystemExit(f"{path}: group setting(s) {', '.join(sorted(extra))} not mirrored here")
            on = _names(call[1]["on"])
            if not on:
                raise SystemExit(f"{path}: cannot read the group's on = {call[1]['on']}")
            g = {k: num(v, k) for k, v in call[1].items() if k != "on"}
            g["on"] = on
            cfg["param_groups"].append(g)
    cfg["normalize_features"] = train.get("normalize_features", "false") == "true"
    cfg["epochs"] = int(train.get("epochs", 200))
    return cfg


# ---------------------------------------------------------------------------------------------
# Models. Module names are the spec's `as` names, so weight_decay_on = [conv1] selects conv1.*.

def build_model(model, cfg, num_features, num_classes, edge_index=None, num_nodes=None, edge_attr=None):
    """The PyG model for `model`; PNA also needs the graph (edge_index, num_nodes) for its degree
    histogram, gcn_ew the dataset's edge weights (edge_attr, one column)."""
    import torch
    import torch.nn.functional as F
    from torch_geometric.nn import (APPNP, ChebConv, GATConv, GATv2Conv, GCN2Conv, GCNConv, GINConv, PNAConv,
                                    ResGatedGraphConv, SAGEConv, SGConv, TransformerConv)
    from torch_geometric.nn import Linear as PygLinear
    from torch_geometric.nn.inits import glorot, zeros

    class Consts(dict):
        def __missing__(self, name):
            expr = cfg.get("unmirrored_consts", {}).get(name)
            raise SystemExit(f"const {name} = {expr} is not a number literal; not mirrored here" if expr
                             else f"the spec has no const {name}, which the {model} model needs")

    c = Consts(cfg["consts"])
    add_loops = cfg["self_loops"] == "add"
    if model in LOOP_FREE and add_loops:
        raise SystemExit(f"{model}: the PyG layer has no add_self_loops option; self_loops = add is not mirrored")

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

    class GCNEdgeWeights(torch.nn.Module):
        # gcn_ew.gnn: GCN as above with GCNConv(edge_weight=w): the normalisation uses the weighted
        # in-degree, and the self-loops GCNConv adds (add_remaining_self_loops) weigh 1, as the
        # spec's self_loop_fill = 1.0.
        def __init__(self):
            super().__init__()
            if edge_attr is None or edge_attr.size(1) != 1:
                raise SystemExit("gcn_ew needs a dataset with one edge feature per edge (its weight)")
            self.w = edge_attr.view(-1)
            h = c["HIDDEN"]
            self.conv1 = GCNConv(num_features, h, cached=True, add_self_loops=add_loops)
            self.conv2 = GCNConv(h, num_classes, cached=True, add_self_loops=add_loops)

        def forward(self, x, ei):
            x = F.dropout(x, 0.5, self.training)
            x = F.dropout(F.relu(self.conv1(x, ei, self.w)), 0.5, self.training)
            return self.conv2(x, ei, self.w)

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

    # --- The eight later specs. Their `init` clauses are those of the PyG layers' own
    # reset_parameters (checked against torch_geometric 2.8.1's source): glorot where the layer
    # says weight_initializer='glorot' (GATv2Conv's lin_l/lin_r, ChebConv's lins) or calls glorot
    # (att, GCN2Conv's weight1), zeros where it calls zeros (biases of GATv2Conv, ResGatedGraphConv,
    # ChebConv; GINConv's eps), and torch_linear = torch.nn.Linear's default = PyG Linear's default
    # (weight_initializer=None: kaiming_uniform(a = sqrt 5), bias_initializer=None: U(+-1/sqrt fan_in))
    # everywhere else. So nothing is re-initialised below.

    class GATv2(torch.nn.Module):
        # As GAT: dropout(x, .6) -> GATv2Conv(8 heads x 8, concat, att dropout .6) -> elu -> dropout(.6)
        # -> GATv2Conv(1 head, concat=False). lin_l/lin_r: glorot weights, default (uniform) biases.
        def __init__(self):
            super().__init__()
            heads, h = c["HEADS"], c["HIDDEN"]
            self.conv1 = GATv2Conv(num_features, h, heads=heads, dropout=0.6, negative_slope=0.2,
                                   add_self_loops=add_loops, share_weights=False)
            self.conv2 = GATv2Conv(heads * h, num_classes, heads=1, concat=False, dropout=0.6,
                                   negative_slope=0.2, add_self_loops=add_loops, share_weights=False)

        def forward(self, x, ei):
            x = F.dropout(x, 0.6, self.training)
            x = F.dropout(F.elu(self.conv1(x, ei)), 0.6, self.training)
            return self.conv2(x, ei)

    class Transformer(torch.nn.Module):
        # GAT's setup with TransformerConv(root_weight=True, beta=False): no self-loops (the layer
        # adds none). Every Linear (key, query, value, skip) keeps PyG Linear's torch default.
        def __init__(self):
            super().__init__()
            heads, h = c["HEADS"], c["HIDDEN"]
            self.conv1 = TransformerConv(num_features, h, heads=heads, concat=True, beta=False, dropout=0.6,
                                         root_weight=True)
            self.conv2 = TransformerConv(heads * h, num_classes, heads=1, concat=False, beta=False, dropout=0.6,
                                         root_weight=True)

        def forward(self, x, ei):
            x = F.dropout(x, 0.6, self.training)
            x = F.dropout(F.elu(self.conv1(x, ei)), 0.6, self.training)
            return self.conv2(x, ei)

    class GCNII(torch.nn.Module):
        # PyG examples/gcn2_cora.py with LAYERS layers: dropout(x, P) -> lin1 -> relu = x0; per layer
        # dropout(P) -> GCN2Conv(alpha, theta, layer l = 1..LAYERS, shared weights) -> relu; dropout(P)
        # -> lin2. lin1/lin2 are torch.nn.Linear (default init), weight1 glorot. normalize=True with
        # cached=True computes gcn_norm (with self-loops) once per graph, as the example's GCNNorm
        # transform does and as gnnc hoists rsqrt(in_degree()). The spec's convs.1..convs.LAYERS are
        # convs.0..convs.LAYERS-1 here (ModuleList); `convs` names all of them either way.
        def __init__(self):
            super().__init__()
            h, layers = c["HIDDEN"], int(c["LAYERS"])
            self.p = float(c["P"])
            self.lin1 = torch.nn.Linear(num_features, h)
            self.convs = torch.nn.ModuleList(
                GCN2Conv(h, alpha=float(c["ALPHA"]), theta=float(c["THETA"]), layer=l + 1, shared_weights=True,
                         cached=True, add_self_loops=add_loops, normalize=True) for l in range(layers))
            self.lin2 = torch.nn.Linear(h, num_classes)

        def forward(self, x, ei):
            x = F.dropout(x, self.p, self.training)
            x = x0 = F.relu(self.lin1(x))
            for conv in self.convs:
                x = F.dropout(x, self.p, self.training)
                x = F.relu(conv(x, x0, ei))
            x = F.dropout(x, self.p, self.training)
            return self.lin2(x)

    def torch_mlp(i, h, o):
        return torch.nn.Sequential(torch.nn.Linear(i, h), torch.nn.ReLU(), torch.nn.Linear(h, o))

    class GINEps(torch.nn.Module):
        # GINConv(mlp, eps=0, train_eps=True): mlp((1 + eps) h + sum of neighbours); mlp = two
        # torch.nn.Linear with ReLU between (default init); eps is decayed like every parameter.
        def __init__(self):
            super().__init__()
            h = c["HIDDEN"]
            self.conv1 = GINConv(torch_mlp(num_features, h, h), eps=0.0, train_eps=True)
            self.conv2 = GINConv(torch_mlp(h, h, num_classes), eps=0.0, train_eps=True)

        def forward(self, x, ei):
            x = F.dropout(x, 0.5, self.training)
            x = F.dropout(F.relu(self.conv1(x, ei)), 0.5, self.training)
            return self.conv2(x, ei)

    class GINE(torch.nn.Module):
        # gine.gnn: a torch Linear (bag of words -> HIDDEN) with ReLU and dropout, then two
        # GINEConv(mlp, train_eps=True, edge_dim=D): mlp((1 + eps) h + sum relu(h_j + lin(e_ji)));
        # PyG Linear / torch Linear default initialisation throughout, as the spec's torch_linear.
        def __init__(self):
            super().__init__()
            from torch_geometric.nn import GINEConv
            if edge_attr is None:
                raise SystemExit("gine needs a dataset with edge features")
            self.e = edge_attr
            h, d = c["HIDDEN"], edge_attr.size(1)
            self.lin0 = torch.nn.Linear(num_features, h)
            self.conv1 = GINEConv(torch_mlp(h, h, h), eps=0.0, train_eps=True, edge_dim=d)
            self.conv2 = GINEConv(torch_mlp(h, h, num_classes), eps=0.0, train_eps=True, edge_dim=d)

        def forward(self, x, ei):
            x = F.dropout(F.relu(self.lin0(F.dropout(x, 0.5, self.training))), 0.5, self.training)
            x = F.dropout(F.relu(self.conv1(x, ei, self.e)), 0.5, self.training)
            return self.conv2(x, ei, self.e)

    class TwoLayer(torch.nn.Module):
        # SAGE's setup for a layer class: dropout(x, .5) -> conv1 -> relu -> dropout(.5) -> conv2.
        def __init__(self, conv, **kw):
            super().__init__()
            h = c["HIDDEN"]
            self.conv1 = conv(num_features, h, **kw)
            self.conv2 = conv(h, num_classes, **kw)

        def forward(self, x, ei):
            x = F.dropout(x, 0.5, self.training)
            x = F.dropout(F.relu(self.conv1(x, ei)), 0.5, self.training)
            return self.conv2(x, ei)

    class Cheb(TwoLayer):
        # ChebConv(K=3, sym): the spec's W0, W1, W2 are lins.0..2 (glorot, no bias), bias zeros.
        # lambda_max = 2 as the spec says; PyG's default 2 * max(L's weights) is 2 here too (the
        # diagonal of I - D^-1/2 A D^-1/2 is 1). PyG recomputes the Laplacian every call (no cache).
        def __init__(self):
            super().__init__(ChebConv, K=3, normalization="sym")

        def forward(self, x, ei):
            x = F.dropout(x, 0.5, self.training)
            x = F.dropout(F.relu(self.conv1(x, ei, lambda_max=2.0)), 0.5, self.training)
            return self.conv2(x, ei, lambda_max=2.0)

    class PNA(torch.nn.Module):
        # dropout(x, .5) -> lin1 (torch.nn.Linear) -> relu -> dropout(.5) -> PNAConv -> relu -> dropout(.5) -> PNAConv.
        # PNAConv(aggregators mean/min/max/std, scalers identity/amplification/attenuation, towers=1,
        # pre_layers=1, post_layers=1, divide_input=False, no edge features), deg = the histogram of
        # the graph's in-degrees (PNAConv.get_degree_histogram of one graph), so delta is the mean of
        # log(in-degree + 1) over its nodes, as the spec computes it. PyG's names: pre_nns.0.0 (the
        # spec's W_dst | W_src, b_pre), post_nns.0.0 (post), lin (lin); all PyG Linear default init.
        # Known deviation: PyG's StdAggregation zeroes std where the variance is at most 1e-5;
        # the spec keeps sqrt(1e-5) there. PyG is mirrored as it is.
        def __init__(self):
            super().__init__()
            if edge_index is None:
                raise SystemExit("pna: build_model needs the graph (edge_index, num_nodes) for the degree histogram")
            from torch_geometric.utils import degree
            deg = torch.bincount(degree(edge_index[1], num_nodes=num_nodes, dtype=torch.long))
            h = c["HIDDEN"]
            kw = dict(aggregators=["mean", "min", "max", "std"], scalers=["identity", "amplification", "attenuation"],
                      deg=deg, towers=1, pre_layers=1, post_layers=1, divide_input=False)
            self.lin1 = torch.nn.Linear(num_features, h)
            self.conv1 = PNAConv(h, h, **kw)
            self.conv2 = PNAConv(h, num_classes, **kw)

        def forward(self, x, ei):
            x = F.dropout(F.relu(self.lin1(F.dropout(x, 0.5, self.training))), 0.5, self.training)
            x = F.dropout(F.relu(self.conv1(x, ei)), 0.5, self.training)
            return self.conv2(x, ei)

    later = dict(gatv2=GATv2, transformer=Transformer, gcnii=GCNII, gin_eps=GINEps, gine=GINE,
                 sage_max=lambda: TwoLayer(SAGEConv, aggr="max"), resgated=lambda: TwoLayer(ResGatedGraphConv),
                 cheb=Cheb, pna=PNA)
    if model in later:
        return later[model]()

    net = dict(gcn=GCN, gcn_ew=GCNEdgeWeights, gat=GAT, sage=SAGE, gin=GIN, sgc=SGC, appnp=APPNPNet)[model]()
    # The six first specs initialise every weight with glorot and every bias with zeros.
    for m in net.modules():
        if isinstance(m, (torch.nn.Linear, PygLinear)):
            glorot(m.weight)
            if m.bias is not None:
                zeros(m.bias)
    return net


# Spec instance names -> PyG parameter-name prefixes, where they differ: the spec indexes
# `as convs[l]` from 1, torch.nn.ModuleList from 0.
def _pyg_name(model, name):
    if model == "gcnii":
        return re.sub(r"^convs\.(\d+)", lambda m: f"convs.{int(m.group(1)) - 1}", name)
    return name


def param_groups(net, cfg, model=None):
    """torch.optim.Adam parameter groups resolved as gnnc's Trainer does: a parameter takes the
    hyper-parameters of the spec group whose `on` covers it (an instance name covers every
    parameter under it), else the optimizer's; it decays when its group sets weight_decay or when
    weight_decay_on covers it (all parameters when weight_decay_on is absent)."""
    named = list(net.named_parameters())
    base = dict(lr=cfg["lr"], weight_decay=cfg["weight_decay"], betas=tuple(cfg.get("betas", (0.9, 0.999))),
                eps=cfg.get("eps", 1e-8))

    def covered(names, setting):
        hit = set()
        for s in names:
            t = _pyg_name(model, s)
            these = {n for n, _ in named if n == t or n.startswith(t + ".")}
            if not these:
                raise SystemExit(f"{setting} names {s}, which matches no parameter of the PyG model "
                                 f"(parameters: {', '.join(n for n, _ in named)})")
            hit |= these
        return hit

    scope = None if cfg["weight_decay_on"] is None else covered(cfg["weight_decay_on"], "weight_decay_on")
    groups = [(g, covered(g["on"], "param_groups")) for g in (cfg.get("param_groups") or [])]
    buckets = {}
    for name, p in named:
        owner = next((i for i, (_, members) in enumerate(groups) if name in members), None)
        hp = dict(base)
        if owner is not None:
            g = groups[owner][0]
            hp.update({k: g[k] for k in ("lr", "weight_decay", "eps") if k in g})
            hp["betas"] = (g.get("beta1", hp["betas"][0]), g.get("beta2", hp["betas"][1]))
        decays = (owner is not None and "weight_decay" in groups[owner][0]) or scope is None or name in scope
        if not decays:
            hp["weight_decay"] = 0.0
        key = (owner, tuple(sorted(hp.items())))
        buckets.setdefault(key, dict(hp, params=[]))["params"].append(p)
    return list(buckets.values())


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


def load_directory(path, normalize):
    """A dataset directory as gnnc reads it (docs/datasets.md): dataset.json, or the conventional
    names, .npy or .csv (no .gz, no OGB layout, no "undirected": not needed by the benchmarks). The
    edge features, when present, become edge_attr ([E, D]; GCNConv takes [E] weights from D = 1)."""
    import numpy as np
    import torch

    names = dict(edges=["edges", "edge_index"], node_features=["node_features", "features", "x"], labels=["labels", "y"],
                 edge_features=["edge_features", "edge_attr"], train=["train_idx"], val=["val_idx"], test=["test_idx"],
                 train_mask=["train_mask"], val_mask=["val_mask"], test_mask=["test_mask"])
    manifest = os.path.join(path, "dataset.json")
    if os.path.exists(manifest):
        files = json.load(open(manifest, encoding="utf-8"))
        if files.get("undirected"):
            raise SystemExit(f"{manifest}: \"undirected\" is not mirrored by this loader; write the edges both ways")
    else:
        files = {}
        for key, stems in names.items():
            hits = [s + e for s in stems for e in (".npy", ".csv") if os.path.exists(os.path.join(path, s + e))]
            if hits:
                files[key] = hits[0]

    def read(key, dtype):
        f = os.path.join(path, files[key])
        a = np.load(f) if f.endswith(".npy") else np.loadtxt(f, delimiter=",", ndmin=2, dtype=np.float64,
                                                               skiprows=_csv_header_rows(f))
        return a.astype(dtype)

    ei = read("edges", np.int64)
    if ei.ndim == 2 and ei.shape[0] != 2:
        ei = ei.T
    if "edges" in files and files["edges"].endswith(".csv") and ei.shape[0] > 2:
        raise SystemExit("edge features as CSV columns are not mirrored here; use edge_features.npy")
    x = torch.from_numpy(read("node_features", np.float32))
    if normalize:
        from torch_geometric.data import Data
        from torch_geometric.transforms import NormalizeFeatures
        x = NormalizeFeatures()(Data(x=x)).x
    y = torch.from_numpy(read("labels", np.int64).reshape(-1))

    def split(part):
        if part in files:
            return torch.from_numpy(read(part, np.int64).reshape(-1))
        mask = read(part + "_mask", np.int64).reshape(-1)
        return torch.from_numpy(np.flatnonzero(mask)).long()

    out = dict(x=x.contiguous(), y=y, edge_index=torch.from_numpy(np.ascontiguousarray(ei)), num_nodes=x.size(0),
               num_classes=int(files.get("num_classes", int(y.max()) + 1)), train=split("train"), val=split("val"),
               test=split("test"))
    if "edge_features" in files:
        ea = read("edge_features", np.float32)
        out["edge_attr"] = torch.from_numpy(ea.reshape(ea.shape[0], -1))
    return out


def _csv_header_rows(path):
    """1 when the first field of the first line is not a number (a header), else 0."""
    with open(path, encoding="utf-8") as f:
        first = f.readline().split(",")[0].strip()
    try:
        float(first)
        return 0
    except ValueError:
        return 1


# ---------------------------------------------------------------------------------------------

def csr_adjacency(edge_index, n):
    """A[dst, src] = 1 as a torch CSR tensor, entries sorted by (dst, src)."""
    import torch
    src, dst = edge_index[0], edge_index[1]
    order = torch.argsort(dst * n + src, stable=True)
    crow = torch.zeros(n + 1, dtype=torch.int64)
    crow[1:] = torch.cumsum(torch.bincount(dst, minlength=n), 0)
    return torch.sparse_csr_tensor(crow, src[order], torch.ones(src.numel()), size=(n, n))


def check_sparse_path(args, cfg, data, ei, adjacency):
    """--adj-t is a timing of the same model: one evaluation forward through both graph inputs,
    the same parameters, must agree (within 1e-4 of the largest logit); a model whose layers take
    no sparse adjacency, or read it differently (repeated edges, self-loops), is refused."""
    import torch
    torch.manual_seed(args.seed)
    net = build_model(args.model, cfg, data["x"].size(1), data["num_classes"], edge_index=ei, edge_attr=data.get("edge_attr"),
                      num_nodes=int(data["num_nodes"]))
    net.eval()
    try:
        with torch.no_grad():
            a, b = net(data["x"], ei), net(data["x"], adjacency)
    except (RuntimeError, NotImplementedError, TypeError, ValueError) as e:
        raise SystemExit(f"--adj-t: {args.model}'s PyG layers do not take a sparse adjacency ({type(e).__name__}: {str(e).splitlines()[0]})")
    diff = float((a - b).abs().max()) / max(float(a.abs().max()), 1e-30)
    if diff > 1e-4:
        raise SystemExit(f"--adj-t: {args.model} on {args.dataset} computes other logits from the CSR adjacency (relative difference {diff:.1e})")


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
    if "/" in args.dataset or args.dataset.startswith("."):
        normalize = cfg["normalize_features"]
        data = load_directory(args.dataset, normalize)
    elif args.dataset.startswith("synthetic:"):
        normalize = cfg["normalize_features"] and args.synthetic_features == "spec"
        data = load_synthetic(args.dataset, normalize)
    else:
        normalize = cfg["normalize_features"]
        data = load_planetoid(args.dataset, args.data_dir or default_data_dir(), args.work_dir, normalize)
    load_seconds = time.perf_counter() - t_data

    x, y, ei = data["x"], data["y"], data["edge_index"]
    train_idx, val_idx, test_idx = data["train"], data["val"], data["test"]
    # The graph the layers are given: edge_index (gather/scatter message passing), or with --adj-t
    # the CSR adjacency (rows = destinations), PyG's sparse path: its layers then aggregate with
    # torch.sparse.mm (MKL's CSR SpMM).
    graph = csr_adjacency(ei, int(data["num_nodes"])) if args.adj_t else ei
    if args.adj_t:
        check_sparse_path(args, cfg, data, ei, graph)

    def acc(pred, index):
        return float((pred[index] == y[index]).sum()) / max(int(index.numel()), 1)

    runs, epoch_times, infer_times = [], [], []
    for r in range(args.runs):
        seed = args.seed + r
        torch.manual_seed(seed)
        net = build_model(args.model, cfg, x.size(1), data["num_classes"], edge_index=ei, edge_attr=data.get("edge_attr"),
                          num_nodes=int(data["num_nodes"]))
        opt = torch.optim.Adam(param_groups(net, cfg, args.model), lr=cfg["lr"])
        best_val, best_val_loss, best_epoch, test_at_best, final_test, loss_value = -1.0, float("inf"), 0, 0.0, 0.0, 0.0
        for epoch in range(1, epochs + 1):
            t0 = time.perf_counter()
            net.train()
            opt.zero_grad(set_to_none=True)
            out = net(x, graph)
            loss = F.cross_entropy(out[train_idx], y[train_idx])
            loss.backward()
            opt.step()
            loss_value = float(loss.detach())
            t1 = time.perf_counter()
            net.eval()
            with torch.no_grad():
                logits = net(x, graph)
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
                       features_normalized=normalize, spec=args.spec, graph_input="adj_t (CSR)" if args.adj_t else "edge_index"),
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
    p.add_argument("--adj-t", action="store_true",
                   help="give the layers the CSR adjacency (PyG's sparse path, MKL's SpMM) instead of edge_index")
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
