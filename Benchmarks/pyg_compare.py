#!/usr/bin/env python3
"""gnnc bench's workloads in PyTorch Geometric on the same device, in one run, side by side.

    python3 Benchmarks/pyg_compare.py --device cpu --graphs synthetic:large --out /tmp/cmp.md

runs `gnnc bench --device D` on the chosen workloads (primitives and ModelSpecs) and graphs, then
the same workloads in PyG on the same device in a worker process (this file with --worker, under
the PyG python), and writes a Markdown table of times and peak memory with the ratios, and the
issue's goals checked against them. The driver uses the python3 standard library only; the
worker needs torch and torch_geometric (Benchmarks/setup_pyg.sh makes a CPU venv; the GPU hosts
have both).

What each side runs (the same work, the same sizes, the same graph, built bit for bit):
  * primitives, on the graph as given (no self-loops), x: N x F in [0, 0.5):
      spmm               out = scatter_sum(x[src] -> dst)
      spmm_weighted      w = sigmoid(0.01 * <x[src], x[dst]>); out = scatter_sum(w * x[src] -> dst)
      sddmm_dot          s = <x[src], x[dst]>; out = x * scatter_sum(s -> dst)
      edge_softmax       a = softmax of s over each dst's edges; out = x * scatter_sum(a -> dst)
      softmax_aggregate  out = scatter_sum(a * x[src] -> dst)
    PyG's two paths, both timed: "scatter", torch_geometric.utils.scatter and softmax (its
    gather/scatter message passing on edge_index), and "sparse", torch.sparse on a CSR adjacency
    (rows = destinations): torch.sparse.mm (MKL's CSR SpMM) and torch.sparse.sampled_addmm (SDDMM)
    for spmm, spmm_weighted and sddmm_dot (the softmax workloads have no CSR form in torch).
    With --dgl-python, DGL too (its own venv, Benchmarks/setup_dgl.sh): update_all(copy_u, sum),
    u_mul_e, apply_edges(u_dot_v) and edge_softmax, each checked against a plain-torch reference.
  * ModelSpecs (gcn, gat, sage, gin, sgc, appnp): Benchmarks/pyg_models.py's models (the spec's
    architecture with PyG's standard layers), x: N x F_graph, labels in [0, C), given edge_index
    ("scatter") and, where the layers take one, the CSR adjacency ("sparse": PyG's adj_t path,
    MKL's SpMM). Each sparse result is compared with the scatter one (evaluation mode, the same
    parameters); one that differs by more than 1e-3 (relative; repeated edges or self-loops read
    differently) is shown but not counted. The strongest peer of a row is the faster counted path.
  * forward: inference (gnnc: training off; PyG: eval() under no_grad). forward+backward: training
    mode (dropout on), the masked cross-entropy over every third node, and its backward pass: the
    parameters' gradients, or for a primitive (no parameters) the gradient of x, its output taken
    as logits.

Timing: warm-up runs, then the median of --repeats; CPU: time.perf_counter around each call;
CUDA: torch.cuda.Event pairs (gnnc: CUDA events). Inputs that fit in 64 MiB rotate between copies.
Peak memory, PyG: CUDA: torch.cuda.max_memory_allocated over one call, above what was allocated
before the workload's tensors were made, plus the graph's edge_index. CPU: the worker runs with
glibc's mmap threshold at 64 KiB, so freed tensors go back to the kernel; the peak is VmHWM (reset
through /proc/self/clear_refs) over one call, above VmRSS before the workload's tensors were made,
plus edge_index (with rotation, the extra copies of x are not counted). gnnc: the bytes of every buffer of the program (its buffers live for the whole
run), inputs, parameters and the graph's CSR arrays included.
"""
import argparse
import datetime
import gc
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

PRIMITIVES = ("spmm", "spmm_weighted", "sddmm_dot", "edge_softmax", "softmax_aggregate")
SPECS = ("gcn", "gat", "sage", "gin", "sgc", "appnp")
PASSES = ("forward", "forward+backward")
ROTATION_BYTES = 1 << 26


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# The PyG worker: one process per graph; prints one JSON object.

def primitive(name):
    import torch
    from torch_geometric.utils import scatter, softmax

    def run(x, src, dst, n):
        xs = x.index_select(0, src)
        if name == "spmm":
            return scatter(xs, dst, 0, n, reduce="sum")
        s = (xs * x.index_select(0, dst)).sum(-1)
        if name == "spmm_weighted":
            return scatter(torch.sigmoid(s * 0.01).unsqueeze(-1) * xs, dst, 0, n, reduce="sum")
        if name == "sddmm_dot":
            return x * scatter(s, dst, 0, n, reduce="sum").unsqueeze(-1)
        a = softmax(s, dst, num_nodes=n)
        if name == "edge_softmax":
            return x * scatter(a, dst, 0, n, reduce="sum").unsqueeze(-1)
        return scatter(a.unsqueeze(-1) * xs, dst, 0, n, reduce="sum")
    return run


def primitive_sparse(name):
    """The workload through torch.sparse on a CSR adjacency A (row = destination): MKL's CSR SpMM
    (torch.sparse.mm) and SDDMM (torch.sparse.sampled_addmm); None where torch.sparse has no CSR
    form of it (edge_softmax, softmax_aggregate: aten::_sparse_softmax has no CSR kernel)."""
    import torch
    if name not in ("spmm", "spmm_weighted", "sddmm_dot"):
        return None

    def run(x, a, n):
        if name == "spmm":
            return torch.sparse.mm(a, x)
        s = torch.sparse.sampled_addmm(a, x, x.t(), beta=0.0)
        if name == "spmm_weighted":
            w = torch.sparse_csr_tensor(s.crow_indices(), s.col_indices(), torch.sigmoid(s.values() * 0.01), size=(n, n))
            return torch.sparse.mm(w, x)
        return x * torch.sparse.mm(s, torch.ones(n, 1, dtype=x.dtype, device=x.device))
    return run


def csr_adjacency(src, dst, n):
    """A[dst, src] = 1 as a torch CSR tensor, entries sorted by (dst, src); repeated edges stay
    separate entries (each counts once more, as in the scatter sum)."""
    import torch
    order = torch.argsort(dst * n + src, stable=True)
    crow = torch.zeros(n + 1, dtype=torch.int64, device=src.device)
    crow[1:] = torch.cumsum(torch.bincount(dst, minlength=n), 0)
    return torch.sparse_csr_tensor(crow, src[order], torch.ones(src.numel(), device=src.device), size=(n, n))


class Memory:
    """Peak bytes of one call, on CUDA from the caching allocator, on the CPU from VmHWM."""

    def __init__(self, device):
        import torch
        self.torch, self.cuda = torch, device.type == "cuda"
        self.cpu_ok = os.path.exists("/proc/self/clear_refs")

    @staticmethod
    def _status(key):
        with open("/proc/self/status", encoding="utf-8") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
        return 0

    def baseline(self):
        gc.collect()
        if self.cuda:
            self.torch.cuda.synchronize()
            return self.torch.cuda.memory_allocated()
        return self._status("VmRSS")

    def peak_of(self, call, base):
        """Bytes above `base` at the peak of `call()`, or None where it cannot be measured."""
        gc.collect()
        if self.cuda:
            self.torch.cuda.synchronize()
            self.torch.cuda.reset_peak_memory_stats()
            call()
            self.torch.cuda.synchronize()
            return self.torch.cuda.max_memory_allocated() - base
        if not self.cpu_ok:
            return None
        try:
            with open("/proc/self/clear_refs", "w", encoding="utf-8") as f:
                f.write("5")
        except OSError:
            return None
        call()
        return self._status("VmHWM") - base


def timer(device, warmup, repeats, call):
    import torch
    for _ in range(warmup):
        call()
    samples = []
    cuda = device.type == "cuda"
    if cuda:
        torch.cuda.synchronize()
    for _ in range(repeats):
        if cuda:
            start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            start.record()
            call()
            end.record()
            end.synchronize()
            samples.append(start.elapsed_time(end) / 1e3)
        else:
            t = time.perf_counter()
            call()
            samples.append(time.perf_counter() - t)
    return dict(min=min(samples), median=statistics.median(samples), max=max(samples))


def load_graph(name, data_dir):
    import numpy as np
    import torch
    if name.startswith("synthetic:"):
        import synthetic
        g = synthetic.generate(name)
        return dict(n=g["num_nodes"], f=g["num_features"], c=g["num_classes"],
                    src=torch.from_numpy(g["src"]), dst=torch.from_numpy(g["dst"]))
    from pyg_models import load_planetoid
    d = load_planetoid(name, data_dir, os.path.join(tempfile.gettempdir(), "gnnc-pyg-compare"), normalize=False)
    ei = d["edge_index"]
    return dict(n=d["num_nodes"], f=d["x"].shape[1], c=d["num_classes"], src=ei[0].contiguous(), dst=ei[1].contiguous())


VARIANTS = ("scatter", "sparse")


def measure(args, w, width, p, variant, g, src, dst, edge_index, adjacency, mask, mem, graph_bytes):
    """Times one (workload, width, pass) through one PyG path: "scatter" (edge_index: gather and
    scatter_sum, PyG's default message passing) or "sparse" (the CSR adjacency: torch.sparse.mm,
    MKL's SpMM, which PyG's layers use when given a sparse adjacency); None where the path does
    not exist. The record carries the evaluation-mode output of the first input, for comparison."""
    import torch
    import torch.nn.functional as F
    from pyg_models import build_model, read_spec
    device = src.device
    n, c = g["n"], g["c"]
    base = mem.baseline()
    gen = torch.Generator().manual_seed(11)
    x_bytes = n * width * 4
    rotation = 1 if x_bytes >= ROTATION_BYTES else min(ROTATION_BYTES // x_bytes + 1, 16)
    xs = [(torch.rand(n, width, generator=gen) * 0.5).to(device) for _ in range(rotation)]
    classes = width if w in PRIMITIVES else c
    labels = torch.randint(0, classes, (n,), generator=gen).to(device)
    training = p != "forward"
    net = None
    if w in PRIMITIVES:
        if variant == "scatter":
            fn = primitive(w)

            def forward(x):
                return fn(x, src, dst, n)
        else:
            fn = primitive_sparse(w)
            if fn is None:
                return None

            def forward(x):
                return fn(x, adjacency, n)
        if training:
            for x in xs:
                x.requires_grad_(True)
    else:
        cfg = read_spec(os.path.join(args.specs, w + ".gnn"), w)
        torch.manual_seed(5)
        net = build_model(w, cfg, g["f"], c).to(device)
        graph = edge_index if variant == "scatter" else adjacency

        def forward(x):
            return net(x, graph)
    try:
        if net is not None:
            net.eval()
        with torch.no_grad():
            output = forward(xs[0].detach()).detach().clone()
    except (RuntimeError, NotImplementedError, TypeError, ValueError) as e:
        log(f"  PyG {w} {variant}: not available ({type(e).__name__}: {str(e).splitlines()[0][:120]})")
        return None
    if net is not None:
        net.train(training)
    state = dict(k=0)

    def call():
        x = xs[state["k"] % rotation]
        state["k"] += 1
        if not training:
            with torch.no_grad():
                return forward(x)
        if net is not None:
            net.zero_grad(set_to_none=True)
        else:
            x.grad = None
        logits = forward(x)
        F.cross_entropy(logits[mask], labels[mask]).backward()
    try:
        times = timer(device, args.warmup, args.repeats, call)
        # One copy of x counts, as gnnc's peak counts one set of buffers.
        peak = mem.peak_of(call, base)
    except (RuntimeError, MemoryError, NotImplementedError) as e:
        # torch.sparse.sampled_addmm's backward makes a dense N x N gradient: 40 GB on synthetic:large.
        log(f"  PyG {variant} {w} {p}: failed ({type(e).__name__}: {str(e).splitlines()[0][:160]})")
        return None
    peak = None if peak is None else peak - (rotation - 1) * x_bytes
    extra = graph_bytes if variant == "scatter" else sum(t.numel() * t.element_size() for t in
                                                        (adjacency.crow_indices(), adjacency.col_indices(), adjacency.values()))
    record = dict(workload=w, graph=args.graph, width=width, pass_=p, variant=variant, seconds=times, rotation=rotation,
                  peak_bytes=None if peak is None else peak + extra, output=output)
    log(f"  PyG {variant} {w} {args.graph} F={width} {p}: median {times['median'] * 1e3:.3g} ms, "
        f"peak {'-' if peak is None else f'{(peak + extra) / 2**20:.1f} MiB'}")
    return record


def worker(args):
    import torch
    import torch_geometric

    torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    g = load_graph(args.graph, args.data_dir)
    n, c = g["n"], g["c"]
    src, dst = g["src"].to(device), g["dst"].to(device)
    edge_index = torch.stack([src, dst])
    graph_bytes = edge_index.numel() * edge_index.element_size()
    mask = torch.arange(n, device=device) % 3 == 0
    mem = Memory(device)
    out_list = []
    adjacency = csr_adjacency(src, dst, n)
    if args.export_graph:
        import numpy as np
        np.savez(args.export_graph, src=src.cpu().numpy(), dst=dst.cpu().numpy(), n=n, f=g["f"], c=c)
    for w in args.workloads:
        for width in (args.widths if w in PRIMITIVES else [g["f"]]):
            for p in PASSES:
                reference = None
                for variant in VARIANTS:
                    record = measure(args, w, width, p, variant, g, src, dst, edge_index, adjacency, mask, mem, graph_bytes)
                    if record is None:
                        continue
                    # The sparse path must compute what the scatter path computes (evaluation mode,
                    # the same parameters): a graph whose repeats or self-loops the two read differently
                    # is flagged, and its sparse time is not counted as a peer.
                    out = record.pop("output")
                    if variant == "scatter":
                        reference = out
                    elif reference is not None:
                        scale = max(float(reference.abs().max()), 1e-30)
                        record["max_rel_diff"] = float((out - reference).abs().max()) / scale
                    out_list.append(record)
    info = dict(torch=torch.__version__, torch_geometric=torch_geometric.__version__, device=str(device),
                device_name=torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
                threads=torch.get_num_threads(), edges=int(src.numel()), nodes=n)
    print(json.dumps(dict(info=info, records=out_list)))


# ---------------------------------------------------------------------------------------------
# The DGL worker: the primitives through DGL's message passing, in DGL's own venv (no PyG there).

def dgl_primitive(name):
    """DGL's form of the workload on graph g (u = source, v = destination): update_all with the
    built-in copy_u/u_mul_e and sum (DGL's fused SpMM), apply_edges u_dot_v (its SDDMM), and
    dgl.nn.functional.edge_softmax."""
    import torch
    import dgl.function as fn
    from dgl.nn.functional import edge_softmax

    def run(g, x):
        with g.local_scope():
            g.ndata["h"] = x
            if name == "spmm":
                g.update_all(fn.copy_u("h", "m"), fn.sum("m", "o"))
                return g.ndata["o"]
            g.apply_edges(fn.u_dot_v("h", "h", "s"))
            s = g.edata["s"]
            if name == "spmm_weighted":
                g.edata["w"] = torch.sigmoid(s * 0.01)
                g.update_all(fn.u_mul_e("h", "w", "m"), fn.sum("m", "o"))
                return g.ndata["o"]
            if name == "sddmm_dot":
                g.update_all(fn.copy_e("s", "m"), fn.sum("m", "o"))
                return x * g.ndata["o"]
            g.edata["a"] = edge_softmax(g, s)
            if name == "edge_softmax":
                g.update_all(fn.copy_e("a", "m"), fn.sum("m", "o"))
                return x * g.ndata["o"]
            g.update_all(fn.u_mul_e("h", "a", "m"), fn.sum("m", "o"))
            return g.ndata["o"]
    return run


DGL_MODELS = ("gcn", "gat")


def dgl_model(w, cfg, f, c):
    """The spec's architecture with DGL's layers (its own parameters, so its output is not compared
    with PyG's): GraphConv(norm="both") for GCN, GATConv for GAT, on the graph with self-loops
    when the spec adds them (the caller adds them)."""
    import torch
    import torch.nn.functional as F
    from dgl.nn import GATConv, GraphConv
    k = cfg["consts"]

    class GCN(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1, self.conv2 = GraphConv(f, k["HIDDEN"], allow_zero_in_degree=True), GraphConv(k["HIDDEN"], c, allow_zero_in_degree=True)

        def forward(self, g, x):
            x = F.dropout(x, 0.5, self.training)
            return self.conv2(g, F.dropout(F.relu(self.conv1(g, x)), 0.5, self.training))

    class GAT(torch.nn.Module):
        def __init__(self):
            super().__init__()
            heads, h = k["HEADS"], k["HIDDEN"]
            self.conv1 = GATConv(f, h, heads, attn_drop=0.6, negative_slope=0.2, allow_zero_in_degree=True)
            self.conv2 = GATConv(heads * h, c, 1, attn_drop=0.6, negative_slope=0.2, allow_zero_in_degree=True)

        def forward(self, g, x):
            x = F.dropout(x, 0.6, self.training)
            x = F.dropout(F.elu(self.conv1(g, x).flatten(1)), 0.6, self.training)
            return self.conv2(g, x).mean(1)
    return dict(gcn=GCN, gat=GAT)[w]()


def scatter_reference(name, x, src, dst, n):
    """The workload in plain torch (index_select, index_add_, a segment softmax), to check DGL's result."""
    import torch
    xs = x.index_select(0, src)

    def ssum(v):
        out = torch.zeros((n,) + tuple(v.shape[1:]), dtype=v.dtype)
        return out.index_add_(0, dst, v)
    if name == "spmm":
        return ssum(xs)
    s = (xs * x.index_select(0, dst)).sum(-1)
    if name == "spmm_weighted":
        return ssum(torch.sigmoid(s * 0.01).unsqueeze(-1) * xs)
    if name == "sddmm_dot":
        return x * ssum(s).unsqueeze(-1)
    m = torch.full((n,), -float("inf")).scatter_reduce(0, dst, s, reduce="amax")
    ex = torch.exp(s - m.index_select(0, dst))
    a = ex / ssum(ex).index_select(0, dst)
    if name == "edge_softmax":
        return x * ssum(a).unsqueeze(-1)
    return ssum(a.unsqueeze(-1) * xs)


def dgl_worker(args):
    import numpy as np
    import torch
    import torch.nn.functional as F
    import dgl
    torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    data = np.load(args.graph_file)
    n = int(data["n"])
    src, dst = torch.from_numpy(data["src"]).long(), torch.from_numpy(data["dst"]).long()
    g = dgl.graph((src, dst), num_nodes=n).to(device)
    graph_bytes = 2 * src.numel() * 8
    mask = torch.arange(n, device=device) % 3 == 0
    mem = Memory(device)
    out = []
    for w in [w for w in args.workloads if w in PRIMITIVES]:
        for width in args.widths:
            for p in PASSES:
                base = mem.baseline()
                gen = torch.Generator().manual_seed(11)
                x_bytes = n * width * 4
                rotation = 1 if x_bytes >= ROTATION_BYTES else min(ROTATION_BYTES // x_bytes + 1, 16)
                xs = [(torch.rand(n, width, generator=gen) * 0.5).to(device) for _ in range(rotation)]
                labels = torch.randint(0, width, (n,), generator=gen).to(device)
                fn = dgl_primitive(w)
                with torch.no_grad():
                    got = fn(g, xs[0]).cpu()
                    want = scatter_reference(w, xs[0].cpu(), src, dst, n)
                diff = float((got - want).abs().max()) / max(float(want.abs().max()), 1e-30)
                training = p != "forward"
                if training:
                    for x in xs:
                        x.requires_grad_(True)
                state = dict(k=0)

                def call():
                    x = xs[state["k"] % rotation]
                    state["k"] += 1
                    if not training:
                        with torch.no_grad():
                            return fn(g, x)
                    x.grad = None
                    F.cross_entropy(fn(g, x)[mask], labels[mask]).backward()
                times = timer(device, args.warmup, args.repeats, call)
                peak = mem.peak_of(call, base)
                peak = None if peak is None else peak - (rotation - 1) * x_bytes
                out.append(dict(workload=w, graph=args.graph, width=width, pass_=p, variant="dgl", seconds=times, rotation=rotation,
                                peak_bytes=None if peak is None else peak + graph_bytes, max_rel_diff=diff))
                log(f"  DGL {w} {args.graph} F={width} {p}: median {times['median'] * 1e3:.3g} ms (differs from the reference by {diff:.1e})")
                del xs, labels, call
    from pyg_models import read_spec
    f, c = int(data["f"]), int(data["c"])
    for w in [w for w in args.workloads if w in DGL_MODELS]:
        cfg = read_spec(os.path.join(args.specs, w + ".gnn"), w)
        gm = dgl.add_self_loop(dgl.remove_self_loop(g)) if cfg["self_loops"] == "add" else g
        labels = torch.randint(0, c, (n,), generator=torch.Generator().manual_seed(11)).to(device)
        for p in PASSES:
            base = mem.baseline()
            x = (torch.rand(n, f, generator=torch.Generator().manual_seed(11)) * 0.5).to(device)
            torch.manual_seed(5)
            net = dgl_model(w, cfg, f, c).to(device)
            training = p != "forward"
            net.train(training)

            def call():
                if not training:
                    with torch.no_grad():
                        return net(gm, x)
                net.zero_grad(set_to_none=True)
                F.cross_entropy(net(gm, x)[mask], labels[mask]).backward()
            times = timer(device, args.warmup, args.repeats, call)
            peak = mem.peak_of(call, base)
            out.append(dict(workload=w, graph=args.graph, width=f, pass_=p, variant="dgl", seconds=times, rotation=1,
                            peak_bytes=None if peak is None else peak + graph_bytes))
            log(f"  DGL {w} {args.graph} F={f} {p}: median {times['median'] * 1e3:.3g} ms")
            del net, call
    info = dict(torch=torch.__version__, dgl=dgl.__version__, threads=torch.get_num_threads())
    print(json.dumps(dict(info=info, records=out)))


# ---------------------------------------------------------------------------------------------
# The driver

def run_gnnc(args, out_dir):
    cmd = [args.gnnc, "bench", "--device", args.device, "--graphs", ",".join(args.graphs),
           "--workloads", ",".join(args.workloads), "--widths", ",".join(map(str, args.widths)),
           "--sweep", "none", "--repeats", str(args.repeats), "--out", out_dir, "--specs", args.specs]
    if args.data_dir:
        cmd += ["--data-dir", args.data_dir]
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads))
    log("$ " + shlex.join(cmd))
    p = subprocess.run(cmd, env=env, cwd=REPO, text=True, capture_output=True)
    if p.returncode != 0:
        raise SystemExit(f"gnnc bench failed (exit {p.returncode}):\n{p.stdout[-4000:]}\n{p.stderr[-4000:]}")
    with open(os.path.join(out_dir, "bench.json"), encoding="utf-8") as f:
        return json.load(f), cmd


def run_dgl(args, graph, graph_file):
    cmd = [args.dgl_python, os.path.abspath(__file__), "--dgl-worker", "--device", args.device, "--graph", graph,
           "--graph-file", graph_file, "--workloads", ",".join(args.workloads), "--widths", ",".join(map(str, args.widths)),
           "--repeats", str(args.repeats), "--warmup", str(args.warmup), "--threads", str(args.threads), "--specs", args.specs]
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), MALLOC_MMAP_THRESHOLD_="65536", MALLOC_TRIM_THRESHOLD_="65536")
    log("$ " + shlex.join(cmd))
    p = subprocess.run(cmd, env=env, cwd=REPO, text=True, stdout=subprocess.PIPE)
    if p.returncode != 0:
        raise SystemExit(f"the DGL worker failed on {graph} (exit {p.returncode})")
    return json.loads(p.stdout.strip().splitlines()[-1]), cmd


def run_pyg(args, graph, export=None):
    cmd = [args.pyg_python, os.path.abspath(__file__), "--worker", "--device", args.device, "--graph", graph,
           "--workloads", ",".join(args.workloads), "--widths", ",".join(map(str, args.widths)),
           "--repeats", str(args.repeats), "--warmup", str(args.warmup), "--threads", str(args.threads),
           "--specs", args.specs]
    if args.data_dir:
        cmd += ["--data-dir", args.data_dir]
    if export:
        cmd += ["--export-graph", export]
    # Large frees go back to the kernel at once, so VmHWM - VmRSS is the bytes live at the peak.
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), MALLOC_MMAP_THRESHOLD_="65536", MALLOC_TRIM_THRESHOLD_="65536")
    log("$ " + shlex.join(cmd))
    p = subprocess.run(cmd, env=env, cwd=REPO, text=True, stdout=subprocess.PIPE)
    if p.returncode != 0:
        raise SystemExit(f"the PyG worker failed on {graph} (exit {p.returncode})")
    return json.loads(p.stdout.strip().splitlines()[-1]), cmd


def split_graphs(text):
    """Comma-separated graph names, where synthetic:N,E,F,C,SEED keeps its own commas."""
    out = []
    for token in (t for t in text.split(",") if t):
        if token.isdigit() and out and out[-1].startswith("synthetic:") and out[-1].count(",") < 4:
            out[-1] += "," + token
        else:
            out.append(token)
    return out


def fmt(x, digits=3):
    if x is None:
        return "-"
    return f"{x:.{digits}g}" if abs(x) < 10 ** digits else f"{x:.0f}"


AGREE = 1e-3


def table(gnnc, pyg):
    """One row per (workload, graph, width, pass): gnnc fused and op by op, PyG's scatter and
    sparse paths, and the strongest peer: the faster PyG path among those that compute the same
    result (a sparse path differing by more than AGREE, relative, is shown but not counted)."""
    rows = ["| workload | graph | F | pass | gnnc fused ms | gnnc no-fuse ms | PyG scatter ms | PyG sparse (CSR, MKL) ms "
            "| DGL ms | strongest peer | peer / fused | fused peak MiB | peer peak MiB | peer / fused peak |",
            "|---|---|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"]
    found = []
    keys = []
    for p in pyg:
        k = (p["workload"], p["graph"], p["width"], p["pass_"])
        if k not in keys:
            keys.append(k)
    for k in keys:
        def pick(variant):
            for r in gnnc["records"]:
                if (r["workload"], r["graph"], r["width"], r["pass"], r["variant"]) == k + (variant,):
                    return r
            return None
        peers = {p["variant"]: p for p in pyg if (p["workload"], p["graph"], p["width"], p["pass_"]) == k}
        f, nf = pick("fused"), pick("no-fuse")
        if f is None or nf is None or "scatter" not in peers:
            continue
        counted = [v for v, p in peers.items() if p.get("max_rel_diff", 0) <= AGREE]
        best = min(counted, key=lambda v: peers[v]["seconds"]["median"])
        peer = peers[best]
        fm, nm, bm = f["seconds"]["median"], nf["seconds"]["median"], peer["seconds"]["median"]
        def shown(v):
            r = peers.get(v)
            return "-" if r is None else fmt(r["seconds"]["median"] * 1e3) + (
                "" if r.get("max_rel_diff", 0) <= AGREE else f" (differs: {r['max_rel_diff']:.1e})")
        mib = lambda b: None if b is None else b / 2 ** 20
        mem_ratio = None if peer["peak_bytes"] is None else peer["peak_bytes"] / f["peak_bytes"]
        name = {"scatter": "PyG scatter", "sparse": "torch.sparse CSR", "dgl": "DGL"}[best]
        rows.append(f"| {k[0]} | {k[1]} | {k[2]} | {k[3]} | {fmt(fm * 1e3)} | {fmt(nm * 1e3)} | "
                    f"{shown('scatter')} | {shown('sparse')} | {shown('dgl')} | {name} | {fmt(bm / fm)}x | "
                    f"{fmt(mib(f['peak_bytes']))} | {fmt(mib(peer['peak_bytes']))} | {fmt(mem_ratio)}x |")
        found.append(dict(workload=k[0], graph=k[1], width=k[2], pass_=k[3], fused=f, no_fuse=nf, pyg=peer, peer=name,
                          speedup=bm / fm, memory_ratio=mem_ratio, peers=peers))
    return "\n".join(rows) + "\n", found


def goals(found, gnnc, device):
    """Issue 19's goals that this table can judge, each met or not met, from this run only."""
    lines = []
    for r in found:
        if (r["workload"], r["graph"], r["width"], r["pass_"]) != ("spmm", "synthetic:large", 64, "forward"):
            continue
        sparse, fused = r["peers"].get("sparse"), r["fused"]["seconds"]["median"]
        if sparse is None:
            lines.append("- SpMM forward on synthetic:large, F = 64, goal <= 1/2 of torch.sparse/MKL's time: torch.sparse did not run.")
            continue
        ratio = sparse["seconds"]["median"] / fused
        lines.append(f"- SpMM forward on synthetic:large, F = 64, goal <= 1/2 of torch.sparse/MKL's time: gnnc {fmt(fused * 1e3)} ms, "
                     f"torch.sparse {fmt(sparse['seconds']['median'] * 1e3)} ms ({fmt(ratio)}x): **{'met' if ratio >= 2 else 'not met'}**"
                     + ("" if r["peer"] == "torch.sparse CSR" else f"; the strongest peer is {r['peer']} ({fmt(r['pyg']['seconds']['median'] * 1e3)} ms)") + ".")
    losing = [r for r in found if r["fused"]["seconds"]["median"] > r["no_fuse"]["seconds"]["median"]]
    lines.append(f"- Fusion never loses (fused <= op by op on every row above): **{'met' if not losing else 'not met'}**"
                 + ("" if not losing else ": slower on " + ", ".join(
                     f"{r['workload']} {r['graph']} F={r['width']} {r['pass_']} "
                     f"({fmt(r['no_fuse']['seconds']['median'] / r['fused']['seconds']['median'])}x)" for r in losing)) + ".")
    for r in found:
        if (r["workload"], r["graph"], r["pass_"]) == ("gat", "synthetic:large", "forward+backward"):
            ratio = r["no_fuse"]["seconds"]["median"] / r["fused"]["seconds"]["median"]
            lines.append(f"- GAT forward+backward on synthetic:large, goal fused >= 1.5x op by op: {fmt(ratio)}x: "
                         f"**{'met' if ratio >= 1.5 else 'not met'}**.")
    for r in gnnc["records"]:
        if (r["workload"], r["graph"], r["width"], r["pass"], r["variant"]) == ("spmm", "synthetic:large", 64, "forward", "fused"):
            lines.append(f"- SpMM forward on synthetic:large at F = 64 reaches {100 * r['fraction_of_copy']:.1f}% of the measured "
                         f"copy bandwidth ({fmt(r['gbps'])} of {fmt(gnnc['copy_gbps'])} GB/s) on {device}.")
    return "\n".join(lines) + ("\n" if lines else "")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    ap.add_argument("--graphs", default="synthetic:large", help="comma-separated; any name gnnc bench takes (default synthetic:large)")
    ap.add_argument("--workloads", default=",".join(PRIMITIVES + ("gcn", "gat")), help="primitives and ModelSpec names")
    ap.add_argument("--widths", default="64", help="feature widths of the primitives (default 64)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count())
    ap.add_argument("--gnnc", default=os.path.join(REPO, ".build", "release", "gnnc"))
    ap.add_argument("--pyg-python", default=os.environ.get("GNNC_PYG_PYTHON") or os.path.normpath(os.path.join(REPO, "..", "venv-pyg", "bin", "python")))
    ap.add_argument("--specs", default=os.path.join(REPO, "ModelSpecs"))
    ap.add_argument("--data-dir", default=os.environ.get("GNNC_DATA_DIR") or os.path.normpath(os.path.join(REPO, "..", "shared", "datasets", "planetoid")))
    ap.add_argument("--out", help="Markdown file (default: stdout)")
    ap.add_argument("--json", help="both sides' raw results")
    ap.add_argument("--wait-idle", type=float, default=0, help="seconds to wait for idle CPUs before starting")
    ap.add_argument("--dgl-python", help="a python with DGL (its own venv): also time DGL's message passing on the primitives")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--dgl-worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--export-graph", help=argparse.SUPPRESS)
    ap.add_argument("--graph-file", help=argparse.SUPPRESS)
    ap.add_argument("--graph", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.workloads = [w for w in args.workloads.split(",") if w]
    args.widths = [int(w) for w in str(args.widths).split(",") if w]
    unknown = [w for w in args.workloads if w not in PRIMITIVES + SPECS]
    if unknown:
        ap.error(f"unknown workloads {unknown}; choose from {', '.join(PRIMITIVES + SPECS)}")
    if args.worker:
        return worker(args)
    if args.dgl_worker:
        return dgl_worker(args)
    args.graphs = split_graphs(args.graphs)

    import run_benchmarks as rb
    busy = rb.wait_idle(args.wait_idle) if args.wait_idle > 0 else rb.cpu_busy()
    started = datetime.datetime.now(datetime.timezone.utc)
    versions, why = rb.pyg_versions(args.pyg_python)
    if versions is None:
        raise SystemExit(f"cannot run the PyG side: {why} (--pyg-python; Benchmarks/setup_pyg.sh makes a venv)")
    with tempfile.TemporaryDirectory() as tmp:
        gnnc, gnnc_cmd = run_gnnc(args, tmp)
    pyg, infos, pyg_cmds, dgl_info = [], [], [], None
    for graph in args.graphs:
        with tempfile.TemporaryDirectory() as tmp:
            export = os.path.join(tmp, "graph.npz") if args.dgl_python else None
            result, cmd = run_pyg(args, graph, export)
            pyg += result["records"]
            infos.append(result["info"])
            pyg_cmds.append(cmd)
            if args.dgl_python:
                result, cmd = run_dgl(args, graph, export)
                pyg += result["records"]
                dgl_info = result["info"]
                pyg_cmds.append(cmd)
    machine = rb.machine_info()
    version = rb.gnnc_version(args.gnnc)
    text, found = table(gnnc, pyg)
    this = shlex.join([os.path.relpath(sys.argv[0], REPO)] + sys.argv[1:]) if argv is None else "pyg_compare.py " + shlex.join(argv)
    md = (f"### gnnc bench vs PyTorch Geometric, {args.device} ({started:%Y-%m-%d %H:%M} UTC)\n\n| | |\n|---|---|\n"
          f"| device | gnnc: {gnnc.get('device', 'cpu')}, {gnnc['machine']}; PyG: {infos[0]['device_name']} |\n"
          f"| machine | `{machine['uname']}`, {machine['cpu']}, {machine['usable_cores']} cores usable, {machine['memory']} |\n"
          f"| CPUs busy before the run | {100 * busy:.0f}% (other processes) |\n"
          f"| gnnc | commit `{version['commit'][:12]}`{' (uncommitted changes)' if version['dirty'] else ''}, {args.gnnc} |\n"
          f"| PyG | torch {versions['torch']}, torch_geometric {versions['torch_geometric']}, python {versions['python']} |\n"
          f"| DGL | {'not run (no --dgl-python)' if dgl_info is None else 'dgl ' + dgl_info['dgl'] + ', torch ' + dgl_info['torch'] + ' (its own venv)'} |\n"
          f"| threads | {args.threads} (OMP_NUM_THREADS both, torch.set_num_threads) |\n"
          f"| timing | {args.warmup} warm-up, median of {args.repeats} |\n"
          f"| copy bandwidth | {fmt(gnnc['copy_gbps'])} GB/s (gnnc's measurement, read + write) |\n"
          f"| command | `python3 {this}` |\n\n" + text + "\n" + goals(found, gnnc, args.device))
    if args.out:
        with open(args.out + ".tmp", "w", encoding="utf-8") as f:
            f.write(md)
        os.replace(args.out + ".tmp", args.out)
    else:
        print(md)
    if args.json:
        with open(args.json + ".tmp", "w", encoding="utf-8") as f:
            json.dump(dict(gnnc=gnnc, pyg=pyg, pyg_info=infos, commands=dict(gnnc=gnnc_cmd, pyg=pyg_cmds),
                           versions=dict(gnnc=version, pyg=versions), machine=machine, rows=found), f, indent=1)
        os.replace(args.json + ".tmp", args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main() or 0)
