// A dataset directory's edges and their features: read, range-checked, self-loops and repeats counted, made undirected on request.

/// Directed edges src -> dst with optional per-edge features (row-major E x featureWidth), and
/// where each edge came from, so a report can name its line or element.
struct EdgeList {
    var src: [Int], dst: [Int]
    var features: [Float] = []
    var featureWidth = 0
    var table: DataTable<Int>

    var count: Int { src.count }

    /// Reads `m.edges` (.npy [2, E] or [E, 2]; CSV `src,dst[,feature...]`) and `m.edgeFeatures`.
    static func read(_ m: DatasetManifest, numNodes n: Int) throws(DatasetError) -> EdgeList {
        var list = TableReader.isNPY(m.edges) ? try npy(m) : try csv(m)
        for e in 0..<list.count {
            for (c, v) in [(0, list.src[e]), (1, list.dst[e])] where !(0..<n).contains(v) {
                throw list.table.error(e, c, "node \(v) is outside 0...\(n - 1) (\(m.nodeFeatures) has \(n) rows)")
            }
        }
        if let f = m.edgeFeatures {
            guard list.featureWidth == 0 else { throw .inFile(f, "\(m.edges) already carries edge features in its columns after src,dst; give them once") }
            let t = try TableReader.floats(m.path(f), display: f, what: "edge features")
            guard t.rows == list.count else { throw .inFile(f, "\(t.rows) rows for \(list.count) edges (\(m.edges)): one row per edge, in the same order") }
            list.features = t.values; list.featureWidth = t.columns
        }
        return list
    }

    /// [2, E] (PyG's edge_index; also when E is 2) or [E, 2].
    static func npy(_ m: DatasetManifest) throws(DatasetError) -> EdgeList {
        var r = try NPYReader(m.path(m.edges), display: m.edges)
        let shape = r.header.shape
        guard shape.count == 2, shape[0] == 2 || shape[1] == 2 else {
            throw .inFile(m.edges, "shape \(r.header.shapeText): edges must be [2, E] (PyG's edge_index) or [E, 2]")
        }
        let values = try r.readIntegers("node ids")
        let byRow = shape[0] == 2
        let e = byRow ? shape[1] : shape[0]
        var src = [Int](repeating: 0, count: e), dst = src
        for i in 0..<e {
            src[i] = byRow ? values[i] : values[2 * i]
            dst[i] = byRow ? values[e + i] : values[2 * i + 1]
        }
        let table = DataTable<Int>(values: [], rows: e, columns: 2, display: m.edges, place: .npy(dimensions: 2, transposed: byRow))
        return EdgeList(src: src, dst: dst, table: table)
    }

    /// `src,dst` then any number of feature columns (the first row fixes how many).
    static func csv(_ m: DatasetManifest) throws(DatasetError) -> EdgeList {
        var reader = CSVReader(try openStream(m.path(m.edges), display: m.edges))
        var src: [Int] = [], dst: [Int] = [], features: [Float] = []
        var width = -1, firstLine = 0
        while try reader.next() {
            if width < 0 {
                try reader.expectFields(2, orMore: true, "src,dst then optional edge features")
                width = reader.fields.count - 2; firstLine = reader.line
            }
            try reader.expectFields(width + 2, "src,dst" + (width > 0 ? " and \(width) edge feature\(width == 1 ? "" : "s")" : ""))
            src.append(try reader.integer(0)); dst.append(try reader.integer(1))
            for c in 0..<width {
                let v = try reader.number(2 + c)
                guard v.isFinite, Float(v).isFinite else { throw .inFile(m.edges, "\(reader.location(2 + c)): \(reader.text(2 + c)) is not a finite float32 number") }
                features.append(Float(v))
            }
        }
        guard !src.isEmpty else { throw .inFile(m.edges, "no edges") }
        let table = DataTable<Int>(values: [], rows: src.count, columns: 2 + max(width, 0), display: m.edges,
                                   place: .csv(firstLine: firstLine, header: reader.header))
        return EdgeList(src: src, dst: dst, features: features, featureWidth: max(width, 0), table: table)
    }

    /// Self-loops and repeated edges, counted with the first of each named. Both are kept: a spec's
    /// `self_loops = add` replaces self-loops; a repeated edge counts once per copy, as in PyG
    /// without `coalesce()`.
    func report(undirected: Bool = false) -> [String] {
        var notes: [String] = []
        let loops = (0..<count).filter { src[$0] == dst[$0] }
        if let first = loops.first {
            notes.append("\(table.display): \(loops.count) self-loop\(loops.count == 1 ? "" : "s") (first at \(table.location(first, 0)): \(src[first]) -> \(dst[first])); kept (`self_loops = add` in a spec's graph block replaces them)")
        }
        let repeats = repeatedEdges()
        if let (first, earlier) = repeats.first {
            notes.append("\(table.display): \(repeats.count) repeated edge\(repeats.count == 1 ? "" : "s") (first at \(table.location(first, 0)): \(src[first]) -> \(dst[first]), as at \(table.location(earlier, 0)))" + (undirected ? "; removed (\"undirected\")" : "; kept, each copy is a message"))
        }
        return notes
    }

    /// (edge, an earlier edge with the same endpoints) for every repeat, in edge order.
    func repeatedEdges() -> [(Int, Int)] {
        let order = (0..<count).sorted { (src[$0], dst[$0], $0) < (src[$1], dst[$1], $1) }
        var out: [(Int, Int)] = []
        var groupStart = 0
        for k in order.indices.dropFirst() {
            if src[order[k]] == src[order[k - 1]] && dst[order[k]] == dst[order[k - 1]] {
                out.append((order[k], order[groupStart]))
            } else {
                groupStart = k
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// PyG's `to_undirected`: the edges and their reverses, sorted by (src, dst), each pair once;
    /// a pair's features are those of its first stored occurrence in the file, else those of the
    /// first edge it reverses.
    mutating func makeUndirected() -> String {
        let before = count
        // (src, dst, 0 for a stored edge or 1 for a reverse, edge): a stored edge wins over a reverse.
        var all = [(Int, Int, Int, Int)]()
        all.reserveCapacity(2 * before)
        for e in 0..<before { all.append((src[e], dst[e], 0, e)); all.append((dst[e], src[e], 1, e)) }
        all.sort { ($0.0, $0.1, $0.2, $0.3) < ($1.0, $1.1, $1.2, $1.3) }
        var s: [Int] = [], d: [Int] = [], f: [Float] = []
        for (k, t) in all.enumerated() where k == 0 || t.0 != all[k - 1].0 || t.1 != all[k - 1].1 {
            s.append(t.0); d.append(t.1)
            if featureWidth > 0 { f.append(contentsOf: features[(t.3 * featureWidth)..<((t.3 + 1) * featureWidth)]) }
        }
        src = s; dst = d; features = f
        return "undirected: \(before) edges in the file, \(count) after adding reverses and removing repeats (PyG's to_undirected)"
    }
}
