#!/usr/bin/env python3
"""gnnc vs PyTorch Geometric: time every ModelSpec on Cora and synthetic:small, side by side.

For each spec in ModelSpecs/ and each dataset, runs `gnnc run SPEC --dataset D --json F` in its
own process, then (when the PyG python can import torch_geometric) Benchmarks/pyg_models.py
for the same model, hyper-parameters and dataset in its own process, and writes a markdown
table (median training-step time per epoch, median inference time, peak RSS, accuracy) with a
header saying when, where and with what it ran.

    python3 Benchmarks/run_benchmarks.py --out Benchmarks/RESULTS.md --json /tmp/bench.json

This driver uses the python3 standard library only; torch is needed only by the PyG python
(--pyg-python, default $GNNC_PYG_PYTHON, then ../venv-pyg/bin/python beside the repository;
make it with Benchmarks/setup_pyg.sh). See Benchmarks/README.md.
"""
import argparse
import datetime
import json
import os
import platform
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PYG_MODELS = ("gcn", "gat", "sage", "gin", "sgc", "appnp",
              "gatv2", "transformer", "gcnii", "gin_eps", "sage_max", "resgated", "cheb", "pna", "gcn_ew", "gine", "gin_graph")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def sh(cmd, cwd=None, timeout=60):
    """stdout of a command, stripped; '' when it fails."""
    try:
        return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def cpu_times():
    """(busy, total) jiffies of all CPUs from /proc/stat, or None off Linux."""
    try:
        with open("/proc/stat", encoding="utf-8") as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = v[3] + (v[4] if len(v) > 4 else 0)  # idle + iowait
    return sum(v) - idle, sum(v)


def cpu_busy(interval=1.0):
    """Fraction of all CPUs busy over `interval` seconds (this process is asleep meanwhile)."""
    a = cpu_times()
    time.sleep(interval)
    b = cpu_times()
    if a is None or b is None or b[1] == a[1]:
        return float("nan")
    return (b[0] - a[0]) / (b[1] - a[1])


def wait_idle(max_wait, threshold=0.1):
    """Waits (up to max_wait seconds) until other processes use under `threshold` of the CPUs;
    returns the last busy fraction seen."""
    deadline = time.monotonic() + max_wait
    busy = cpu_busy()
    warned = False
    while busy > threshold and time.monotonic() < deadline:
        if not warned:
            log(f"  waiting for the CPUs to be idle ({100 * busy:.0f}% busy) ...")
            warned = True
        busy = cpu_busy(2.0)
    return busy


def loadavg():
    try:
        return os.getloadavg()
    except OSError:
        return (float("nan"),) * 3


# ---------------------------------------------------------------------------------------------
# The machine and the versions

def machine_info():
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        cpu = platform.processor()
    mem = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return dict(uname=" ".join(platform.uname()) if not shutil.which("uname") else sh(["uname", "-a"]),
                cpu=cpu, cores=os.cpu_count(), usable_cores=affinity, memory=mem)


def gnnc_version(gnnc):
    commit = sh(["git", "rev-parse", "HEAD"], cwd=REPO)
    dirty = sh(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO)
    subject = sh(["git", "log", "-1", "--format=%s"], cwd=REPO)
    return dict(commit=commit or "unknown", dirty=bool(dirty), subject=subject, binary=gnnc,
                swift=sh(["swift", "--version"]).splitlines()[0] if shutil.which("swift") else "",
                cc=(sh(["cc", "--version"]).splitlines() or [""])[0])


def pyg_versions(python):
    """dict of versions, or None with the reason when torch_geometric cannot be imported."""
    if not python or not (os.path.exists(python) or shutil.which(python)):
        return None, f"no PyG python at {python!r}"
    code = ("import json, platform, resource, torch, torch_geometric, torch_geometric.nn, numpy; "
            "print(json.dumps(dict(python=platform.python_version(), torch=torch.__version__, "
            "torch_geometric=torch_geometric.__version__, numpy=numpy.__version__, "
            "import_rss_bytes=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)))")
    try:
        p = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.SubprocessError) as e:
        return None, f"{python}: {e}"
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["?"])[-1]
        return None, f"{python} cannot import torch_geometric ({last})"
    return json.loads(p.stdout.strip().splitlines()[-1]), None


# ---------------------------------------------------------------------------------------------
# One run, in its own process

def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_process(cmd, env, timeout, log_path, idle_wait):
    busy = wait_idle(idle_wait)
    la = loadavg()[0]
    all0, child0 = cpu_times(), children_cpu()
    t0 = time.perf_counter()
    try:
        with open(log_path, "w", encoding="utf-8") as logf:
            p = subprocess.run(cmd, cwd=REPO, env=env, stdout=logf, stderr=subprocess.STDOUT, timeout=timeout,
                               stdin=subprocess.DEVNULL)
        rc = p.returncode
    except subprocess.TimeoutExpired:
        rc = "timeout"
    wall = time.perf_counter() - t0
    all1, child1 = cpu_times(), children_cpu()
    others = float("nan")
    if all0 and all1 and wall > 0:  # CPU time the machine spent on anything but this run, per core
        spent = (all1[0] - all0[0]) / os.sysconf("SC_CLK_TCK")
        others = max(0.0, spent - (child1 - child0)) / (wall * (os.cpu_count() or 1))
    tail = ""
    try:
        with open(log_path, encoding="utf-8", errors="replace") as f:
            lines = [l.rstrip() for l in f.read().splitlines() if l.strip()]
        tail = "\n".join(lines[-5:])
    except OSError:
        pass
    return dict(command=shlex.join(cmd), exit_code=rc, wall_seconds=wall, loadavg_at_start=la,
                cpu_busy_before=busy, others_cpu_during=others, log_tail=tail)


def is_directory(dataset):
    """gnnc's rule: a dataset value with a '/' or a leading '.' is a directory (docs/datasets.md)."""
    return "/" in dataset or dataset.startswith(".")


def needs_edge_data(spec):
    """Whether the spec's model declares an edge input (bound only from a dataset's edge features)."""
    import re
    text = re.sub(r"//[^\n]*", "", open(spec, encoding="utf-8").read())
    m = re.search(r"\bmodel\s+\w+\s*(<[^>]*>)?\s*\(([^)]*)\)", text)
    return bool(m and "edge[" in m.group(2))


def returns_graph(spec):
    """Whether the spec's model returns graph logits (a graph classifier, trained on graph collections)."""
    import re
    text = re.sub(r"//[^\n]*", "", open(spec, encoding="utf-8").read())
    return bool(re.search(r"\bmodel\s+\w+\s*(<[^>]*>)?\s*\([^)]*\)\s*->\s*graph\[", text))


def is_graph_dataset(dataset):
    """gnnc's rule (Datasets.isGraphCollection): synthetic-graphs:..., or a directory holding one DS_A.txt."""
    import glob
    return dataset.startswith("synthetic-graphs:") or (is_directory(dataset) and len(glob.glob(os.path.join(dataset, "*_A.txt"))) == 1)


def file_tag(dataset):
    """A file-name part for a dataset: `synthetic_small`, or a directory dataset's last component."""
    if is_directory(dataset):
        return os.path.basename(os.path.normpath(dataset))
    return dataset.replace(":", "_")


def run_gnnc(args, spec, dataset, tmp, env):
    out = os.path.join(tmp, f"gnnc-{os.path.basename(spec)}-{file_tag(dataset)}.json")
    cmd = [args.gnnc, "run", os.path.relpath(spec, REPO), "--dataset", dataset, "--runs", str(args.runs),
           "--seed", str(args.seed), "--json", out]
    if returns_graph(spec):
        cmd += ["--folds", str(args.folds)]
    if args.epochs is not None:
        cmd += ["--epochs", str(args.epochs)]
    if args.data_dir:
        cmd += ["--data-dir", args.data_dir]
    rec = run_process(cmd, env, args.timeout, out + ".log", args.wait_idle)
    if rec["exit_code"] == 0 and os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            rec["result"] = json.load(f)
    return rec


def run_pyg(args, model, spec, dataset, tmp, env):
    out = os.path.join(tmp, f"pyg-{model}-{file_tag(dataset)}.json")
    if returns_graph(spec):
        # Graph classification: its own driver (batches of graphs, folds), the same JSON keys.
        cmd = [args.pyg_python, os.path.join(HERE, "pyg_graph_models.py"), "--model", model, "--dataset", dataset,
               "--spec", os.path.relpath(spec, REPO), "--runs", str(args.runs), "--folds", str(args.folds),
               "--seed", str(args.seed), "--threads", str(args.threads), "--warmup", str(args.warmup), "--json", out]
    else:
        cmd = [args.pyg_python, os.path.join(HERE, "pyg_models.py"), "--model", model, "--dataset", dataset,
               "--spec", os.path.relpath(spec, REPO), "--runs", str(args.runs), "--seed", str(args.seed),
               "--threads", str(args.threads), "--warmup", str(args.warmup),
               "--synthetic-features", args.synthetic_features, "--json", out]
    if args.sgc_cached and not returns_graph(spec):
        cmd += ["--sgc-cached"]
    if args.pyg_adj_t and not returns_graph(spec):
        cmd += ["--adj-t"]
    if args.epochs is not None:
        cmd += ["--epochs", str(args.epochs)]
    if args.data_dir and not returns_graph(spec):  # Planetoid files; graph collections need none
        cmd += ["--data-dir", args.data_dir]
    rec = run_process(cmd, env, args.timeout, out + ".log", args.wait_idle)
    if rec["exit_code"] == 0 and os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            rec["result"] = json.loads(f.read().strip().splitlines()[-1])
    return rec


# ---------------------------------------------------------------------------------------------
# The table

def ms(s):
    return "—" if s is None else (f"{s * 1000:.1f}" if s * 1000 >= 10 else f"{s * 1000:.2f}")


def mb(b):
    return "—" if b is None else f"{b / 1e6:.0f}"


def accuracy(res, runs):
    if res is None:
        return "—"
    a = res["test_accuracy_at_best_val"]
    return f"{100 * a['mean']:.1f}" + (f" ± {100 * a['std']:.1f}" if runs > 1 else "")


def failed(rec):
    return f"failed ({'timed out' if rec['exit_code'] == 'timeout' else 'exit ' + str(rec['exit_code'])})"


def table(rows, runs):
    head = ["model", "dataset", "gnnc epoch ms", "PyG epoch ms", "speed-up", "gnnc inference ms",
            "PyG inference ms", "gnnc peak RSS MB", "PyG peak RSS MB", "gnnc acc %", "PyG acc %"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * 2 + ["---:"] * (len(head) - 2)) + "|"]
    for r in rows:
        g, p = r.get("gnnc"), r.get("pyg")
        gr, pr = (g or {}).get("result"), (p or {}).get("result")
        cells = [r["model"], r["dataset"]]
        if gr:
            cells += [ms(gr["median_epoch_seconds"])]
        else:
            cells += ["skipped" if g is None else failed(g)]
        if pr:
            cells += [ms(pr["median_epoch_seconds"])]
        else:
            cells += ["skipped" if p is None else failed(p)]
        if gr and pr and gr["median_epoch_seconds"]:
            cells += [f"{pr['median_epoch_seconds'] / gr['median_epoch_seconds']:.2f}×"]
        else:
            cells += ["—"]
        cells += [ms(gr["median_inference_seconds"]) if gr else "—", ms(pr["median_inference_seconds"]) if pr else "—",
                  mb(gr["peak_rss_bytes"]) if gr else "—", mb(pr["peak_rss_bytes"]) if pr else "—",
                  accuracy(gr, runs), accuracy(pr, runs)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def details(rows):
    head = ["model", "dataset", "gnnc compile s", "gnnc kernels compiled / cached", "gnnc wall s", "PyG wall s",
            "gnnc best epoch", "PyG best epoch", "other processes' CPU during (gnnc / PyG)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * 2 + ["---:"] * (len(head) - 2)) + "|"]
    for r in rows:
        g, p = r.get("gnnc") or {}, r.get("pyg") or {}
        gr, pr = g.get("result"), p.get("result")
        k = gr.get("kernels", {}) if gr else {}
        lines.append("| " + " | ".join([
            r["model"], r["dataset"],
            f"{gr['compile_seconds']:.2f}" if gr else "—",
            f"{k.get('compiled', '?')} / {k.get('loaded_from_cache', '?')}" if gr else "—",
            f"{g['wall_seconds']:.1f}" if g else "—", f"{p['wall_seconds']:.1f}" if p else "—",
            ", ".join(str(x["best_epoch"]) for x in gr["runs"]) if gr else "—",
            ", ".join(str(x["best_epoch"]) for x in pr["runs"]) if pr else "—",
            " / ".join(f"{100 * x['others_cpu_during']:.0f}%" if x else "—" for x in (g, p)),
        ]) + " |")
    return "\n".join(lines)


def markdown(meta, rows, args):
    m, gv, pv = meta["machine"], meta["gnnc"], meta["pyg"]
    out = [f"# gnnc vs PyTorch Geometric ({meta['date']})", ""]
    out += ["| | |", "|---|---|",
            f"| date | {meta['date']} |",
            f"| machine | `{m['uname']}` |",
            f"| CPU | {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['memory']} |",
            f"| CPUs busy before the first run | {100 * meta['cpu_busy_start']:.0f}% (other processes) |",
            f"| load average at start / end | {' '.join(f'{x:.2f}' for x in meta['loadavg_start'])} / "
            f"{' '.join(f'{x:.2f}' for x in meta['loadavg_end'])} |",
            f"| gnnc | commit `{gv['commit'][:12]}`{' (uncommitted changes)' if gv['dirty'] else ''} "
            f"({gv['subject']}), {gv['swift']}, kernels by {gv['cc']} |",
            (f"| PyG | torch {pv['torch']}, torch_geometric {pv['torch_geometric']}, numpy {pv['numpy']}, "
             f"python {pv['python']}, `{args.pyg_python}`; peak RSS of python after importing torch and "
             f"torch_geometric: {mb(pv['import_rss_bytes'])} MB |" if pv else f"| PyG | not run: {meta['pyg_note']} |"),
            f"| threads | gnnc: OMP_NUM_THREADS={args.threads}; PyG: torch.set_num_threads({args.threads}), "
            f"OMP_NUM_THREADS={args.threads} |",
            f"| runs x epochs | {args.runs} x {'the spec' + chr(39) + 's epochs' if args.epochs is None else args.epochs} "
            f"(seed {args.seed}{'' if args.runs == 1 else ' onwards'}) |",
            f"| PyG's graph input | {'the CSR adjacency (`--pyg-adj-t`: its sparse path, MKL SpMM)' if args.pyg_adj_t else 'edge_index (gather/scatter message passing)'} |",
            f"| command | `{meta['command']}` |", ""]
    out += [table(rows, args.runs), ""]
    out += ["- **epoch ms**: median wall time of one training step (forward, loss, backward, Adam update) over the "
            f"epochs of all runs, leaving out the first {args.warmup} epochs of each run (warm-up) on both sides "
            "(gnnc's `median_epoch_seconds` does the same). **speed-up** = PyG epoch / gnnc epoch "
            "(above 1: gnnc is faster).",
            "- **inference ms**: median time of the evaluation forward pass over the whole graph (dropout off; "
            "PyG under `torch.no_grad()`), once per epoch.",
            "- **peak RSS**: `getrusage(RUSAGE_SELF).ru_maxrss` of the run's own process, one process per "
            "(system, model, dataset); it includes loading the data, and gnnc's compilation, and the torch import.",
            "- **acc**: test accuracy at the epoch gnnc's Trainer selects (best validation accuracy; ties to the "
            "lower validation loss, then the earlier epoch)"
            + (", mean ± std over runs." if args.runs > 1 else ", one run (seed " + str(args.seed) + ")."),
            "- Same hyper-parameters on both sides: read from the spec's `const`s and `train` block; PyG uses the "
            "standard layers (GCNConv, GATConv, SAGEConv, GINConv, SGConv, APPNP, GATv2Conv, TransformerConv, "
            "GCN2Conv, GINConv(train_eps), SAGEConv(max), ResGatedGraphConv, ChebConv, PNAConv) initialised as the "
            "specs' `init` clauses say (the six first: glorot weights and zero biases; the others: the PyG layers' "
            "own initialisation, which is what their specs write out). GCN/APPNP/GCNII cache the normalised "
            "adjacency (gnnc hoists the degree norm the same way; ChebConv cannot); "
            + ("SGConv is cached (S^K x computed once, as PyG's examples/sgc.py; gnnc propagates every "
                        "step)." if args.sgc_cached else "SGConv is not cached, since gnnc propagates the features "
                                                         "every step (`--sgc-cached` times PyG's cached variant)."),
            "- `synthetic:small` (N = 20 000, E = 200 000, F = 128, C = 16) is the graph of "
            "`../shared/bench/SYNTHETIC.md`, built bit for bit on both sides (Benchmarks/synthetic.py checks the "
            "test vectors), split by node id (10% train, 10% val, 80% test). Its labels are drawn independently "
            "of the graph and features, so accuracy there is chance (about 6%) and only the times mean anything. "
            + ("PyG's synthetic features are raw (not row-normalised)." if args.synthetic_features == "raw"
               else "PyG row-normalises the synthetic features when the spec says so, as gnnc does."),
            ""]
    out += ["Details (the last column: CPU time other processes took during the run, as a share of all "
            "cores; above about 10% the run's times are disturbed):", "", details(rows), ""]
    if meta.get("disturbed_runs"):
        out += ["**Disturbed** by other processes (over 10% of the CPUs): " + ", ".join(meta["disturbed_runs"])
                + ". Rerun those on a quiet machine before quoting their times.", ""]
    notes = [f"- {r['model']} on {r['dataset']}, {side}: `{rec['command']}`\n\n  ```\n  "
             + rec["log_tail"].replace("\n", "\n  ") + "\n  ```"
             for r in rows for side in ("gnnc", "pyg") for rec in [r.get(side)] if rec and "result" not in rec]
    if notes:
        out += ["Failed runs (last lines of their output):", ""] + notes + [""]
    if meta.get("pyg_note"):
        out += [f"PyG columns skipped: {meta['pyg_note']}.", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------

def default_pyg_python():
    env = os.environ.get("GNNC_PYG_PYTHON")
    if env:
        return env
    venv = os.path.normpath(os.path.join(REPO, "..", "venv-pyg", "bin", "python"))
    return venv if os.path.exists(venv) else sys.executable


def default_data_dir():
    env = os.environ.get("GNNC_DATA_DIR")
    if env:
        return env
    d = os.path.normpath(os.path.join(REPO, "..", "shared", "datasets", "planetoid"))
    return d if os.path.isdir(d) else None


def main(argv=None):
    p = argparse.ArgumentParser(description="Time gnnc and PyG on every ModelSpec, side by side.")
    p.add_argument("--runs", type=int, default=1, help="runs (seeds) per model and dataset (default 1)")
    p.add_argument("--epochs", type=int, help="override every spec's epochs (default: the spec's)")
    p.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    p.add_argument("--folds", type=int, default=10, help="graph classifiers: cross-validation folds; run r tests on fold r (default 10)")
    p.add_argument("--models", help="comma-separated spec names (default: every ModelSpecs/*.gnn)")
    p.add_argument("--datasets", default="cora,synthetic:small",
                   help="comma-separated: names, or dataset directories (Benchmarks/make_datasets.py writes cora-weighted and cora-edge4) (default cora,synthetic:small)")
    p.add_argument("--gnnc", default=os.path.join(REPO, ".build", "release", "gnnc"),
                   help="the gnnc binary (default .build/release/gnnc)")
    p.add_argument("--pyg-python", default=default_pyg_python(),
                   help="python with torch and torch_geometric (default $GNNC_PYG_PYTHON, then ../venv-pyg/bin/python)")
    p.add_argument("--data-dir", default=default_data_dir(),
                   help="Planetoid raw files (default $GNNC_DATA_DIR, then ../shared/datasets/planetoid)")
    p.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                   help="OMP_NUM_THREADS for both, torch.set_num_threads for PyG (default: the core count)")
    p.add_argument("--warmup", type=int, default=5, help="PyG epochs per run left out of the medians (default 5)")
    p.add_argument("--synthetic-features", choices=("raw", "spec"), default="spec",
                   help="PyG synthetic features: NormalizeFeatures when the spec says so, as gnnc (spec, default) or raw")
    p.add_argument("--sgc-cached", action="store_true",
                   help="PyG's SGConv with cached=True (S^K x once, as PyG's examples/sgc.py); default: every step, as gnnc")
    p.add_argument("--pyg-adj-t", action="store_true",
                   help="PyG's layers get the CSR adjacency (its sparse path: MKL's SpMM) instead of edge_index; models "
                        "whose layers take none, or compute other logits from it, fail their PyG run")
    p.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                   help="before each run, wait up to SECONDS for other processes to leave the CPUs idle (default 0)")
    p.add_argument("--timeout", type=float, default=3600, help="seconds per run before it is killed (default 3600)")
    p.add_argument("--skip-gnnc", action="store_true", help="run PyG only")
    p.add_argument("--skip-pyg", action="store_true", help="run gnnc only")
    p.add_argument("--out", help="write the markdown here (default: stdout)")
    p.add_argument("--json", help="write the raw results (both JSON reports per row, commands, logs) here")
    p.add_argument("--keep-logs", help="keep every run's JSON and output in this directory")
    args = p.parse_args(argv)

    spec_dir = os.path.join(REPO, "ModelSpecs")
    names = [m.strip() for m in args.models.split(",")] if args.models else \
        sorted(f[:-4] for f in os.listdir(spec_dir) if f.endswith(".gnn"))
    datasets = [d.strip() for d in args.datasets.split(",") if d.strip()]
    for n in names:
        if not os.path.exists(os.path.join(spec_dir, n + ".gnn")):
            p.error(f"no spec ModelSpecs/{n}.gnn")

    if not args.skip_gnnc and not os.path.exists(args.gnnc):
        p.error(f"no gnnc binary at {args.gnnc} (swift build -c release, or --gnnc PATH, or --skip-gnnc)")
    pyg_v, pyg_note = (None, "--skip-pyg") if args.skip_pyg else pyg_versions(args.pyg_python)
    if pyg_note and not args.skip_pyg:
        log(f"note: PyG columns skipped: {pyg_note}")

    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads))
    if args.data_dir:
        env["GNNC_DATA_DIR"] = args.data_dir

    argv_used = sys.argv if argv is None else ["run_benchmarks.py"] + list(argv)
    meta = dict(date=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                machine=machine_info(), gnnc=gnnc_version(args.gnnc), pyg=pyg_v, pyg_note=pyg_note,
                cpu_busy_start=cpu_busy(), loadavg_start=loadavg(), command=shlex.join(["python3", os.path.relpath(argv_used[0], REPO)]
                                                              + list(argv_used[1:])))
    if meta["cpu_busy_start"] > 0.1:
        log(f"warning: the CPUs are {100 * meta['cpu_busy_start']:.0f}% busy before the first run: other processes "
            "will disturb the times (--wait-idle SECONDS waits for them)")

    tmp = args.keep_logs or tempfile.mkdtemp(prefix="gnnc-bench-")
    os.makedirs(tmp, exist_ok=True)
    rows = []
    try:
        for name in names:
            spec = os.path.join(spec_dir, name + ".gnn")
            for ds in datasets:
                if needs_edge_data(spec) and not is_directory(ds):
                    log(f"skip {name} on {ds}: its model takes edge data, which only a dataset directory carries")
                    continue
                if returns_graph(spec) != is_graph_dataset(ds):
                    log(f"skip {name} on {ds}: a graph classifier trains on graph collections, a node classifier on one graph")
                    continue
                row = dict(model=name, dataset=file_tag(ds) if is_directory(ds) else ds)
                if not args.skip_gnnc:
                    log(f"gnnc {name} {ds} ...")
                    row["gnnc"] = run_gnnc(args, spec, ds, tmp, env)
                    log(f"  {summary(row['gnnc'])}")
                if pyg_v:
                    if name in PYG_MODELS:
                        log(f"pyg  {name} {ds} ...")
                        row["pyg"] = run_pyg(args, name, spec, ds, tmp, env)
                        log(f"  {summary(row['pyg'])}")
                    else:
                        log(f"  no PyG mirror of {name}")
                rows.append(row)
                if args.json:  # after every row, so a long run that is stopped keeps what it did
                    write(args.json, json.dumps(dict(meta, rows=rows), indent=1) + "\n")
    finally:
        if not args.keep_logs:
            shutil.rmtree(tmp, ignore_errors=True)
    meta["loadavg_end"] = loadavg()
    noisy = [f"{r['model']}/{r['dataset']}/{s}" for r in rows for s in ("gnnc", "pyg")
             if r.get(s) and r[s]["wall_seconds"] >= 1 and r[s]["others_cpu_during"] > 0.1]
    if noisy:
        log("warning: other processes used over 10% of the CPUs during " + ", ".join(noisy)
            + ": those times are disturbed")
    meta["disturbed_runs"] = noisy
    md = markdown(meta, rows, args)
    if args.json:
        write(args.json, json.dumps(dict(meta, rows=rows), indent=1) + "\n")
    if args.out:
        write(args.out, md + "\n")
        log(f"wrote {args.out}")
    else:
        print(md)
    bad = [r for r in rows for s in ("gnnc", "pyg") if r.get(s) and "result" not in r[s]]
    return 3 if bad else 0


def summary(rec):
    r = rec.get("result")
    if not r:
        return f"{failed(rec)}: {rec['log_tail'].splitlines()[-1] if rec['log_tail'] else ''}"
    return (f"epoch {ms(r['median_epoch_seconds'])} ms, inference {ms(r['median_inference_seconds'])} ms, "
            f"peak RSS {mb(r['peak_rss_bytes'])} MB, acc {100 * r['test_accuracy_at_best_val']['mean']:.1f}%, "
            f"wall {rec['wall_seconds']:.1f} s")


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


if __name__ == "__main__":
    sys.exit(main())
