"""The seeded synthetic graph generator of ../shared/bench/SYNTHETIC.md, in numpy.

Bit for bit the graph `gnnc run --dataset synthetic:...` builds: all arithmetic on uint64 arrays,
wrapping modulo 2^64. Only numpy is needed (no torch), so the check below runs anywhere:

    python3 Benchmarks/synthetic.py --check      # the test vectors of SYNTHETIC.md, small and large
"""
import sys

import numpy as np

GAMMA = np.uint64(0x9E3779B97F4A7C15)
M1 = np.uint64(0xBF58476D1CE4E5B9)
M2 = np.uint64(0x94D049BB133111EB)
NODE_MULTIPLIER = np.uint64(2654435761)
TAG_SRC, TAG_DST, TAG_FEATURES, TAG_LABELS = 1, 2, 3, 4

SIZES = {
    # name: (N, E, F, C, seed)
    "small": (20_000, 200_000, 128, 16, 1),
    "large": (100_000, 2_000_000, 128, 16, 1),
}


def _u(x):
    return np.uint64(x)


def mix64(z):
    """splitmix64's finaliser on a uint64 array (wrapping)."""
    with np.errstate(over="ignore"):
        z = (z ^ (z >> _u(30))) * M1
        z = (z ^ (z >> _u(27))) * M2
        return z ^ (z >> _u(31))


def stream(seed, tag, count, start=0):
    """Outputs start ..< start+count of the splitmix64 stream with state0 = seed*256 + tag:
    output k = mix64(state0 + (k+1)*GAMMA)."""
    with np.errstate(over="ignore"):
        state0 = _u(seed) * _u(256) + _u(tag)
        k = np.arange(start + 1, start + count + 1, dtype=np.uint64)
        return mix64(state0 + k * GAMMA)


def node(r, n):
    """node(r, N) of SYNTHETIC.md on a uint64 array: power-law-ish id, spread by a bijection."""
    n = _u(n)
    with np.errstate(over="ignore"):
        a = r >> _u(32)
        t = (a * a) >> _u(32)
        raw = (t * n) >> _u(32)
        return (raw * NODE_MULTIPLIER) % n


def parse_name(name):
    """`synthetic:small`, `synthetic:large` or `synthetic:N,E,F,C,SEED` -> (N, E, F, C, seed)."""
    if not name.startswith("synthetic:"):
        raise ValueError(f"{name!r} is not a synthetic dataset")
    body = name[len("synthetic:"):]
    if body in SIZES:
        return SIZES[body]
    fields = body.split(",")
    if len(fields) != 5 or not all(f.isdigit() for f in fields):
        raise ValueError(f"{name!r}: expected synthetic:small, synthetic:large or synthetic:N,E,F,C,SEED")
    return tuple(int(f) for f in fields)


def edges(n, e, seed, chunk=1 << 22):
    """(src, dst) as int64 arrays in generation order; duplicates kept, self-loops moved to dst+1."""
    src = np.empty(e, dtype=np.int64)
    dst = np.empty(e, dtype=np.int64)
    for lo in range(0, e, chunk):
        cnt = min(chunk, e - lo)
        s = node(stream(seed, TAG_SRC, cnt, lo), n)
        d = node(stream(seed, TAG_DST, cnt, lo), n)
        loop = s == d
        d[loop] = (d[loop] + _u(1)) % _u(n)
        src[lo:lo + cnt] = s.astype(np.int64)
        dst[lo:lo + cnt] = d.astype(np.int64)
    return src, dst


def feature_draws(n, f, seed):
    """The 24-bit q values, row-major N x F, as uint64."""
    return stream(seed, TAG_FEATURES, n * f) >> _u(40)


def features(n, f, seed):
    """x[i][j] = Float32(q) / 2^24 - 0.5 (exact in float32)."""
    q = feature_draws(n, f, seed)
    return (q.astype(np.float32) * np.float32(2.0 ** -24) - np.float32(0.5)).reshape(n, f)


def labels(n, c, seed):
    with np.errstate(over="ignore"):
        return (((stream(seed, TAG_LABELS, n) >> _u(32)) * _u(c)) >> _u(32)).astype(np.int64)


def split(n):
    """gnnc's split (SyntheticGraph.split): train = [0, N/10), val = [N/10, 2N/10), test = the rest."""
    tenth = n // 10
    return np.arange(0, tenth), np.arange(tenth, 2 * tenth), np.arange(2 * tenth, n)


def generate(name):
    """dict with num_nodes, num_classes, x (float32 N x F), y, src, dst, train/val/test index arrays."""
    n, e, f, c, seed = parse_name(name)
    src, dst = edges(n, e, seed)
    train, val, test = split(n)
    return dict(name=name, num_nodes=n, num_features=f, num_classes=c, x=features(n, f, seed),
                y=labels(n, c, seed), src=src, dst=dst, train=train, val=val, test=test)


def edge_checksum(src, dst, n):
    with np.errstate(over="ignore"):
        e1 = np.arange(1, len(src) + 1, dtype=np.uint64)
        return int(np.sum(e1 * (src.astype(np.uint64) * _u(n) + dst.astype(np.uint64)), dtype=np.uint64))


def feature_checksum(q):
    with np.errstate(over="ignore"):
        return int(np.sum(q, dtype=np.uint64))


# Test vectors of SYNTHETIC.md (seed 1).
VECTORS = {
    "small": dict(first_edges=[(4767, 14275), (3966, 2564), (9337, 226), (3171, 10228), (14051, 7605)],
                  edge_checksum=3970216107862326386, feature_checksum=21491508462202,
                  duplicate_edges=512, max_in_out=(1502, 1460), zero_in_degree=28,
                  label_counts=[1350, 1200, 1213, 1202, 1238, 1279, 1222, 1221, 1265, 1224, 1218, 1269, 1296,
                                1293, 1273, 1237]),
    "large": dict(first_edges=[(59596, 7136), (55591, 84342), (53968, 36891), (58899, 51140), (13299, 9547)],
                  edge_checksum=949491908441029038, feature_checksum=107373313100756,
                  duplicate_edges=2448, max_in_out=(6335, 6346), zero_in_degree=0),
}


def check(sizes=("small", "large")):
    """Asserts the test vectors; returns a list of lines describing what was checked."""
    out = []
    assert int(mix64(np.array([GAMMA], dtype=np.uint64))[0]) == 0xE220A8397B1DCDAF
    firsts = {1: [0x7329322350602724, 0x85192A2D3A2B7FEB, 0xEEE6F7C85C299D76], 2: [0x1E09F8A031519DA4],
              3: [0xFFDD8D3D3394CB38], 4: [0xBEBD1E51F35AEE1B]}
    for tag, want in firsts.items():
        got = [int(v) for v in stream(1, tag, len(want))]
        assert got == want, (tag, [hex(v) for v in got])
    out.append("splitmix64 and stream vectors: ok")
    for size in sizes:
        n, e, f, c, seed = SIZES[size]
        v = VECTORS[size]
        src, dst = edges(n, e, seed)
        assert list(zip(src[:5].tolist(), dst[:5].tolist())) == v["first_edges"], (size, src[:5], dst[:5])
        assert edge_checksum(src, dst, n) == v["edge_checksum"], size
        assert feature_checksum(feature_draws(n, f, seed)) == v["feature_checksum"], size
        x0 = features(1, 4, seed)[0]  # the first row's first 4 draws are the same for any size
        assert np.allclose(x0, [0.49947435, 0.42989892, -0.02488643, -0.03822964], atol=1e-7), x0
        key = src * n + dst
        assert len(key) - len(np.unique(key)) == v["duplicate_edges"], size
        indeg, outdeg = np.bincount(dst, minlength=n), np.bincount(src, minlength=n)
        assert (int(indeg.max()), int(outdeg.max())) == v["max_in_out"], size
        assert int((indeg == 0).sum()) == v["zero_in_degree"], size
        y = labels(n, c, seed)
        assert y[:8].tolist() == [11, 15, 15, 9, 12, 11, 1, 0], y[:8]
        if "label_counts" in v:
            assert np.bincount(y, minlength=c).tolist() == v["label_counts"], size
        out.append(f"synthetic:{size}: first edges, edge_checksum, feature_checksum, x[0,0:4], y[0:8], "
                   f"duplicates, max degrees, in-degree-0 count{', label counts' if 'label_counts' in v else ''}: ok")
    return out


# ---------------------------------------------------------------------------------------------
# Synthetic graph classification (docs/datasets.md, "Synthetic graph classification"): the graphs
# `gnnc run --dataset synthetic-graphs:...` builds (Sources/GNNData/SyntheticGraphs.swift), and the
# stratified folds of GraphFolds.stratified. Plain Python integers masked to 64 bits.

MASK = (1 << 64) - 1
TAG_SIZES, TAG_TREE, TAG_EXTRA, TAG_GRAPH_FEATURES = 5, 6, 7, 8
GRAPH_SIZES = {"small": (1000, 8, 4, 1)}  # name: (G, F, C, seed)
MOTIFS = [
    (6, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0)]),  # 6-cycle
    (5, [(0, 1), (1, 2), (2, 3), (3, 0), (0, 4), (1, 4)]),  # house
    (4, [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]),  # K4
    (5, [(0, 1), (1, 2), (2, 0), (0, 3), (3, 4), (4, 0)]),  # bowtie
]


def mix64_int(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


class SplitMix64:
    """The project's splitmix64 (Sources/GNNIR/SplitMix64.swift) on Python integers."""

    def __init__(self, state):
        self.state = state & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        return mix64_int(self.state)

    def int(self, n):
        return self.next() % n


def graph_stream(seed, tag):
    return SplitMix64((seed * 256 + tag) & MASK)


def below(r, m):
    return ((r >> 32) * m) >> 32


def parse_graphs_name(name):
    """`synthetic-graphs:small` or `synthetic-graphs:G,F,C,SEED` -> (G, F, C, seed)."""
    prefix = "synthetic-graphs:"
    if not name.startswith(prefix):
        raise ValueError(f"{name!r} is not a synthetic graph collection")
    body = name[len(prefix):]
    if body in GRAPH_SIZES:
        return GRAPH_SIZES[body]
    fields = body.split(",")
    if len(fields) != 4 or not all(f.isdigit() for f in fields):
        raise ValueError(f"{name!r}: expected {prefix}small or {prefix}G,F,C,SEED")
    return tuple(int(f) for f in fields)


def generate_graphs(name):
    """dict: node_ptr, edge_ptr (lists of G+1), src, dst (int64 arrays, global node ids), x (float32
    nodes x F), y (int64 per graph), num_classes, num_features."""
    g_count, f, c, seed = parse_graphs_name(name)
    sizes, tree = graph_stream(seed, TAG_SIZES), graph_stream(seed, TAG_TREE)
    extra, draws = graph_stream(seed, TAG_EXTRA), graph_stream(seed, TAG_GRAPH_FEATURES)
    node_ptr, edge_ptr, src, dst, y, x = [0], [0], [], [], [], []
    for _ in range(g_count):
        k = below(sizes.next(), c)
        n = 10 + below(sizes.next(), 21)
        pairs = [(below(tree.next(), i), i) for i in range(1, n)]
        for _ in range(n // 5):
            a, b = below(extra.next(), n), below(extra.next(), n)
            if a != b:
                pairs.append((a, b))
        nodes, motif_edges = MOTIFS[k]
        pairs += [(n + a, n + b) for a, b in motif_edges]
        pairs.append((below(tree.next(), n), n))
        base = node_ptr[-1]
        for a, b in pairs:
            src += [base + a, base + b]
            dst += [base + b, base + a]
        for _ in range(n + nodes):
            x.append([1.0] + [(draws.next() >> 40) / 2.0 ** 24 - 0.5 for _ in range(1, f)])
        node_ptr.append(base + n + nodes)
        edge_ptr.append(len(src))
        y.append(k)
    return dict(name=name, node_ptr=node_ptr, edge_ptr=edge_ptr, src=np.array(src, dtype=np.int64),
                dst=np.array(dst, dtype=np.int64), x=np.array(x, dtype=np.float32).reshape(-1, f),
                y=np.array(y, dtype=np.int64), num_classes=c, num_features=f)


def stratified_folds(labels, k, seed=12345):
    """GraphFolds.stratified: each class's graphs shuffled (Fisher-Yates, splitmix64), dealt
    round-robin into k folds, the dealing continuing across classes; each fold sorted."""
    folds = [[] for _ in range(k)]
    rng = SplitMix64(seed)
    nxt = 0
    labels = [int(v) for v in labels]
    for c in sorted(set(labels)):
        members = [i for i, v in enumerate(labels) if v == c]
        for i in range(len(members) - 1, 0, -1):
            j = rng.int(i + 1)
            members[i], members[j] = members[j], members[i]
        for g in members:
            folds[nxt].append(g)
            nxt = (nxt + 1) % k
    return [sorted(f) for f in folds]


def fold_split(folds, i):
    """Fold i: test = fold i, validation = fold i-1 (mod k), training = the rest (sorted)."""
    k = len(folds)
    v = (i + k - 1) % k
    train = sorted(g for j, f in enumerate(folds) if j not in (i, v) for g in f)
    return train, folds[v], folds[i]


def graphs_checksums(d):
    """The test vectors docs/datasets.md lists (and GNNDataTests checks in Swift)."""
    with np.errstate(over="ignore"):
        e1 = np.arange(1, len(d["src"]) + 1, dtype=np.uint64)
        edge = int(np.sum(e1 * (d["src"].astype(np.uint64) * _u(1 << 20) + d["dst"].astype(np.uint64)), dtype=np.uint64))
    return dict(nodes=d["node_ptr"][-1], edges=len(d["src"]), edge_checksum=edge,
                label_counts=np.bincount(d["y"], minlength=d["num_classes"]).tolist(),
                first_labels=d["y"][:8].tolist(), x_row0=d["x"][0].tolist())


if __name__ == "__main__" and sys.argv[1:2] == ["--graphs"]:
    d = generate_graphs(sys.argv[2] if len(sys.argv) > 2 else "synthetic-graphs:small")
    for key, value in graphs_checksums(d).items():
        print(f"{key}: {value}")
    folds = stratified_folds(d["y"], 10)
    print("fold sizes:", [len(f) for f in folds], "fold 0 first graphs:", folds[0][:5])
    sys.exit(0)

if __name__ == "__main__":
    if sys.argv[1:] in (["--check"], ["--check", "small"], ["--check", "large"]):
        for line in check(tuple(sys.argv[2:]) or ("small", "large")):
            print(line)
    else:
        print("usage: python3 synthetic.py --check [small|large]", file=sys.stderr)
        sys.exit(2)
