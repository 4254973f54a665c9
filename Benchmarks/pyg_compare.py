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
    PyG: torch_geometric.utils.scatter and softmax (its gather/scatter message passing).
  * ModelSpecs (gcn, gat, sage, gin, sgc, appnp): Benchmarks/pyg_models.py's models (the spec's
    architecture with PyG's standard layers), x: N x F_graph, labels in [0, C).
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


def worker(args):
    import torch
    import torch.nn.functional as F
    import torch_geometric
    from pyg_models import build_model, read_spec

    torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    g = load_graph(args.graph, args.data_dir)
    n, c = g["n"], g["c"]
    src, dst = g["src"].to(device), g["dst"].to(device)
    edge_index = torch.stack([src, dst])
    graph_bytes = edge_index.numel() * edge_index.element_size()
    mask = torch.arange(n, device=device) % 3 == 0
    mem = Memory(device)
    out = []
    for w in args.workloads:
        for width in (args.widths if w in PRIMITIVES else [g["f"]]):
            for p in PASSES:
                base = mem.baseline()
                gen = torch.Generator().manual_seed(11)
                x_bytes = n * width * 4
                rotation = 1 if x_bytes >= ROTATION_BYTES else min(ROTATION_BYTES // x_bytes + 1, 16)
                xs = [(torch.rand(n, width, generator=gen) * 0.5).to(device) for _ in range(rotation)]
                classes = width if w in PRIMITIVES else c
                labels = torch.randint(0, classes, (n,), generator=gen).to(device)
                training = p != "forward"
                if w in PRIMITIVES:
                    fn = primitive(w)
                    if training:
                        for x in xs:
                            x.requires_grad_(True)

                    def forward(x, fn=fn):
                        return fn(x, src, dst, n)
                else:
                    cfg = read_spec(os.path.join(args.specs, w + ".gnn"), w)
                    net = build_model(w, cfg, g["f"], c).to(device)
                    net.train(training)

                    def forward(x, net=net):
                        return net(x, edge_index)
                state = dict(k=0)

                def call():
                    x = xs[state["k"] % rotation]
                    state["k"] += 1
                    if not training:
                        with torch.no_grad():
                            return forward(x)
                    if w not in PRIMITIVES:
                        net.zero_grad(set_to_none=True)
                    else:
                        x.grad = None
                    logits = forward(x)
                    F.cross_entropy(logits[mask], labels[mask]).backward()
                times = timer(device, args.warmup, args.repeats, call)
                # One copy of x counts, as gnnc's peak counts one set of buffers.
                peak = mem.peak_of(call, base)
                peak = None if peak is None else peak - (rotation - 1) * x_bytes
                record = dict(workload=w, graph=args.graph, width=width, pass_=p, seconds=times, rotation=rotation,
                              peak_bytes=None if peak is None else peak + graph_bytes)
                log(f"  PyG {w} {args.graph} F={width} {p}: median {times['median'] * 1e3:.3g} ms, "
                    f"peak {'-' if peak is None else f'{(peak + graph_bytes) / 2**20:.1f} MiB'}")
                out.append(record)
                del xs, labels, forward, call
                if w not in PRIMITIVES:
                    del net
    info = dict(torch=torch.__version__, torch_geometric=torch_geometric.__version__, device=str(device),
                device_name=torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
                threads=torch.get_num_threads(), edges=int(src.numel()), nodes=n)
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


def run_pyg(args, graph):
    cmd = [args.pyg_python, os.path.abspath(__file__), "--worker", "--device", args.device, "--graph", graph,
           "--workloads", ",".join(args.workloads), "--widths", ",".join(map(str, args.widths)),
           "--repeats", str(args.repeats), "--warmup", str(args.warmup), "--threads", str(args.threads),
           "--specs", args.specs]
    if args.data_dir:
        cmd += ["--data-dir", args.data_dir]
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


def table(gnnc, pyg):
    rows = ["| workload | graph | F | pass | gnnc fused ms | gnnc no-fuse ms | PyG ms | PyG / fused | PyG / no-fuse "
            "| fused peak MiB | no-fuse peak MiB | PyG peak MiB | PyG / fused peak |",
            "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    found = []
    for p in pyg:
        def pick(variant):
            for r in gnnc["records"]:
                if (r["workload"], r["graph"], r["width"], r["pass"], r["variant"]) == (p["workload"], p["graph"], p["width"], p["pass_"], variant):
                    return r
            return None
        f, nf = pick("fused"), pick("no-fuse")
        if f is None or nf is None:
            continue
        fm, nm, pm = f["seconds"]["median"], nf["seconds"]["median"], p["seconds"]["median"]
        mib = lambda b: None if b is None else b / 2 ** 20
        mem_ratio = None if p["peak_bytes"] is None else p["peak_bytes"] / f["peak_bytes"]
        rows.append(f"| {p['workload']} | {p['graph']} | {p['width']} | {p['pass_']} | {fmt(fm * 1e3)} | {fmt(nm * 1e3)} | "
                    f"{fmt(pm * 1e3)} | {fmt(pm / fm)}x | {fmt(pm / nm)}x | {fmt(mib(f['peak_bytes']))} | {fmt(mib(nf['peak_bytes']))} | "
                    f"{fmt(mib(p['peak_bytes']))} | {fmt(mem_ratio)}x |")
        found.append(dict(workload=p["workload"], graph=p["graph"], width=p["width"], pass_=p["pass_"], fused=f, no_fuse=nf, pyg=p,
                          speedup=pm / fm, memory_ratio=mem_ratio))
    return "\n".join(rows) + "\n", found


def goals(found, gnnc, device):
    lines = []
    gat = [r for r in found if r["workload"] == "gat" and r["pass_"] == "forward+backward" and r["graph"] == "synthetic:large"]
    for r in gat:
        ok = r["speedup"] >= 3 and r["memory_ratio"] is not None and r["memory_ratio"] >= 4
        lines.append(f"- GAT forward+backward on synthetic:large, goal >= 3x faster than PyG with <= 1/4 of its peak memory: "
                     f"{fmt(r['speedup'])}x faster, PyG's peak / gnnc's = {fmt(r['memory_ratio'])}: **{'met' if ok else 'not met'}**.")
    spmm = [r for r in gnnc["records"] if r["workload"] == "spmm" and r["graph"] == "synthetic:large" and r["width"] == 64
            and r["pass"] == "forward" and r["variant"] == "fused"]
    for r in spmm:
        frac = r["fraction_of_copy"]
        where = "the goal is for a GPU" if device != "cuda" else ("**met**" if frac >= 0.6 else "**not met**")
        lines.append(f"- SpMM forward on synthetic:large at F = 64, goal >= 60% of the measured copy bandwidth on GPU: "
                     f"{100 * frac:.1f}% ({fmt(r['gbps'])} of {fmt(gnnc['copy_gbps'])} GB/s) on {device}: {where}.")
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
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--graph", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.workloads = [w for w in args.workloads.split(",") if w]
    args.widths = [int(w) for w in str(args.widths).split(",") if w]
    unknown = [w for w in args.workloads if w not in PRIMITIVES + SPECS]
    if unknown:
        ap.error(f"unknown workloads {unknown}; choose from {', '.join(PRIMITIVES + SPECS)}")
    if args.worker:
        return worker(args)
    args.graphs = split_graphs(args.graphs)

    import run_benchmarks as rb
    busy = rb.wait_idle(args.wait_idle) if args.wait_idle > 0 else rb.cpu_busy()
    started = datetime.datetime.now(datetime.timezone.utc)
    versions, why = rb.pyg_versions(args.pyg_python)
    if versions is None:
        raise SystemExit(f"cannot run the PyG side: {why} (--pyg-python; Benchmarks/setup_pyg.sh makes a venv)")
    with tempfile.TemporaryDirectory() as tmp:
        gnnc, gnnc_cmd = run_gnnc(args, tmp)
    pyg, infos, pyg_cmds = [], [], []
    for graph in args.graphs:
        result, cmd = run_pyg(args, graph)
        pyg += result["records"]
        infos.append(result["info"])
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
