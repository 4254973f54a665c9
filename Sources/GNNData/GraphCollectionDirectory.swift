// Many graphs in the directory layout of one (docs/datasets.md): edges and node features over all nodes, each node's graph id, a label per graph.

/// A dataset directory that holds a `graph_ids` file (`.npy`, `.csv` or `.csv.gz`, one 0-based
/// graph id per node, non-decreasing: PyG's `batch` vector), or whose `dataset.json` names one, is
/// a graph collection: `edges` and `node_features` (or their conventional names) cover every node,
/// `graph_labels` gives a label per graph, and `train_graphs`, `val_graphs`, `test_graphs` (graph
/// indices) optionally fix the split instead of the folds.
public enum GraphCollectionDirectory {
    static let names: [(key: String, names: [String])] = [
        ("graph_ids", ["graph_ids", "batch"]), ("graph_labels", ["graph_labels"]),
        ("train_graphs", ["train_graphs"]), ("val_graphs", ["val_graphs"]), ("test_graphs", ["test_graphs"]),
    ]
    static let splitKeys = ["train_graphs", "val_graphs", "test_graphs"]

    /// The files of a collection, relative to its directory.
    struct Files {
        var manifest: DatasetManifest
        var graphIds: String
        var graphLabels: String
        /// train, val, test graph-index files, when the split is fixed.
        var split: [String]?
    }

    /// The file holding `key` in `dir`, if one of its names exists (two are an error).
    static func find(_ dir: String, _ key: String) throws(DatasetError) -> String? {
        let candidates = names.first { $0.key == key }?.names ?? []
        let hits = candidates.flatMap { n in DatasetManifest.extensions.map { n + $0 } }.filter { FileBytes.isRegularFile(dir + "/" + $0) }
        if hits.count > 1 { throw DatasetError("\(dir): both \(hits[0]) and \(hits[1]) could be the \(key.replacingOccurrences("_", " ")); keep one") }
        return hits.first
    }

    public static func matches(_ dir: String) -> Bool {
        if let keys = DatasetManifest.jsonKeys(dir), keys.contains("graph_ids") { return true }
        return ((try? find(dir, "graph_ids")) ?? nil) != nil
    }

    public static func load(_ directory: String) throws(DatasetError) -> GraphCollection {
        let dir = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        let files: Files
        if FileBytes.isRegularFile(dir + "/" + DatasetManifest.manifestFile) {
            // A manifest names every file: one that leaves out the graph ids beside a graph_ids file is ambiguous.
            if let keys = DatasetManifest.jsonKeys(dir), !keys.contains("graph_ids"), let ids = try find(dir, "graph_ids") {
                throw DatasetError("\(dir): \(ids) is here but \(DatasetManifest.manifestFile) does not name \"graph_ids\": name it there (a graph collection) or remove \(ids)",
                                   file: DatasetManifest.manifestFile)
            }
            files = try fromJSON(dir)
        } else {
            files = try conventional(dir)
        }
        let m = files.manifest, idsFile = files.graphIds, labelsFile = files.graphLabels
        let features = try TableReader.floats(m.path(m.nodeFeatures), display: m.nodeFeatures, what: "node features")
        let n = features.rows
        guard n > 0 else { throw .inFile(m.nodeFeatures, "no rows: a graph needs at least one node") }
        // Node ids are 32-bit in the kernels.
        guard n <= Int(Int32.max) else { throw .inFile(m.nodeFeatures, "\(n) nodes: at most \(Int32.max)") }
        let ids = try TableReader.integers(m.path(idsFile), display: idsFile, what: "graph ids")
        guard ids.columns == 1, ids.rows == n else { throw .inFile(idsFile, "\(ids.rows) x \(ids.columns): one graph id per node (\(n) nodes in \(m.nodeFeatures)) expected") }
        let labels = try TableReader.labels(m.path(labelsFile), display: labelsFile)
        guard labels.columns == 1 else { throw .inFile(labelsFile, "\(labels.columns) columns: one label per graph") }
        let g = labels.rows
        let nodePtr = try ranges(ids, graphs: g, labelsFile: labelsFile)
        let edges = try EdgeList.read(m, numNodes: n)
        var notes = ["layout: \(m.layout)"] + edges.report()
        let (src, dst, edgePtr) = try groupEdges(edges, ids, graphs: g)
        if let i = labels.values.firstIndex(where: { $0 < 0 || $0 >= DatasetManifest.maxClasses }) {
            throw labels.error(i, 0, "graph label \(labels.values[i]) is outside 0...\(DatasetManifest.maxClasses - 1)")
        }
        let classes = (labels.values.max() ?? 0) + 1
        guard classes >= 2 else { throw .inFile(labelsFile, "the labels name 1 class; classification needs at least 2") }
        var data = GraphCollection(name: m.name, nodePtr: nodePtr, edgePtr: edgePtr, src: src, dst: dst,
                                   features: features.values, numFeatures: features.columns, labels: labels.values.map { Int32($0) },
                                   numClasses: classes)
        if let split = files.split {
            data.fixedSplit = try fixedSplit(dir, split, graphs: g)
            notes.append("split: \(split.joined(separator: ", ")) (no folds)")
        }
        data.notes = notes
        try data.validate(dir)
        return data
    }

    /// The files by their conventional names.
    static func conventional(_ dir: String) throws(DatasetError) -> Files {
        guard let idsFile = try find(dir, "graph_ids") else { throw DatasetError("\(dir): no graph_ids file (one graph id per node)") }
        guard let labelsFile = try find(dir, "graph_labels") else {
            throw DatasetError("\(dir): \(idsFile) is here but no graph_labels file (one label per graph; looked for graph_labels.npy|.csv|.csv.gz)")
        }
        let split = try splitKeys.map { (k) throws(DatasetError) in try find(dir, k) }
        guard split.allSatisfy({ $0 == nil }) || split.allSatisfy({ $0 != nil }) else {
            throw DatasetError("\(dir): a fixed split needs train_graphs, val_graphs and test_graphs; found only \(split.compactMap { $0 }.joined(separator: ", "))")
        }
        return Files(manifest: try DatasetManifest.conventionalGraphs(dir, labels: labelsFile), graphIds: idsFile,
                     graphLabels: labelsFile, split: split.contains { $0 != nil } ? split.compactMap { $0 } : nil)
    }

    /// The files `dataset.json` names: `edges`, `node_features`, `graph_ids`, `graph_labels`
    /// (required), `edge_features`, the three split keys (all or none), `name`.
    static func fromJSON(_ dir: String) throws(DatasetError) -> Files {
        let members = try DatasetManifest.jsonMembers(dir)
        let display = DatasetManifest.manifestFile
        let known = ["name", "edges", "node_features", "edge_features", "graph_ids", "graph_labels"] + splitKeys
        var pieces: [String: ManifestValue] = [:]
        for m in members {
            guard known.contains(m.key) else {
                throw DatasetError("\(display):\(m.keyLine):\(m.keyColumn): unknown key \"\(m.key)\" for a graph collection; known: \(known.joined(separator: ", "))", file: display)
            }
            pieces[m.key] = m.value
        }
        for key in known.dropFirst() where pieces[key] != nil { _ = try DatasetManifest.file(dir, key, pieces[key]!, display: display) }
        func required(_ key: String) throws(DatasetError) -> String {
            guard let v = pieces[key] else { throw DatasetError("\(dir): no \"\(key)\" in \(display) (a graph collection needs edges, node_features, graph_ids, graph_labels)", file: display) }
            return try DatasetManifest.file(dir, key, v, display: display)
        }
        var manifest = DatasetManifest(name: DatasetManifest.baseName(dir), directory: dir, edges: try required("edges"),
                                       nodeFeatures: try required("node_features"), labels: try required("graph_labels"),
                                       edgeFeatures: try pieces["edge_features"].map { (v) throws(DatasetError) in try DatasetManifest.file(dir, "edge_features", v, display: display) },
                                       numClasses: nil, numNodes: nil, layout: "graph collection, files named by \(display)")
        if let v = pieces["name"] {
            guard case .string(let s) = v.kind, !s.isEmpty else { throw DatasetError("\(display):\(v.line):\(v.column): \"name\" must be a non-empty string", file: display) }
            manifest.name = s
        }
        let given = splitKeys.filter { pieces[$0] != nil }
        guard given.isEmpty || given.count == 3 else {
            throw DatasetError("\(display): a fixed split needs train_graphs, val_graphs and test_graphs; found only \(given.joined(separator: ", "))", file: display)
        }
        return Files(manifest: manifest, graphIds: try required("graph_ids"), graphLabels: manifest.labels,
                     split: given.isEmpty ? nil : try splitKeys.map { (k) throws(DatasetError) in try required(k) })
    }

    /// Each graph's node range; ids must be 0-based, non-decreasing and below the label count.
    static func ranges(_ ids: DataTable<Int>, graphs g: Int, labelsFile: String) throws(DatasetError) -> [Int] {
        var counts = [Int](repeating: 0, count: g)
        var previous = 0
        for (row, id) in ids.values.enumerated() {
            guard (0..<g).contains(id) else { throw ids.error(row, 0, "graph \(id) is outside 0...\(g - 1) (\(labelsFile) has \(g) labels)") }
            guard id >= previous else { throw ids.error(row, 0, "graph \(id) after graph \(previous): a graph's nodes must be consecutive, in graph order") }
            previous = id
            counts[id] += 1
        }
        var ptr = [0]
        for c in counts { ptr.append(ptr.last! + c) }
        return ptr
    }

    /// The edges grouped by graph (stably: each graph keeps its edges' file order); an edge joining
    /// two graphs is refused at its place.
    static func groupEdges(_ edges: EdgeList, _ ids: DataTable<Int>, graphs g: Int) throws(DatasetError) -> ([Int32], [Int32], [Int]) {
        var edgePtr = [Int](repeating: 0, count: g + 1)
        for e in 0..<edges.count {
            let a = ids.values[edges.src[e]], b = ids.values[edges.dst[e]]
            guard a == b else { throw edges.table.error(e, 1, "edge \(edges.src[e]) -> \(edges.dst[e]) joins graph \(a) to graph \(b): an edge stays inside its graph") }
            edgePtr[a + 1] += 1
        }
        for k in 0..<g { edgePtr[k + 1] += edgePtr[k] }
        var next = Array(edgePtr.dropLast())
        var src = [Int32](repeating: 0, count: edges.count), dst = src
        for e in 0..<edges.count {
            let k = ids.values[edges.src[e]]
            src[next[k]] = Int32(edges.src[e]); dst[next[k]] = Int32(edges.dst[e])
            next[k] += 1
        }
        return (src, dst, edgePtr)
    }

    /// The train, val and test graph-index files: disjoint graph indices.
    static func fixedSplit(_ dir: String, _ files: [String], graphs g: Int) throws(DatasetError) -> GraphSplit {
        var owner = [String?](repeating: nil, count: g)
        var parts: [[Int]] = []
        for file in files {
            let t = try TableReader.integers(dir + "/" + file, display: file, what: "graph indices")
            guard t.columns == 1 else { throw .inFile(file, "\(t.columns) columns: a split is one column of graph indices") }
            for (i, v) in t.values.enumerated() {
                guard (0..<g).contains(v) else { throw t.error(i, 0, "graph \(v) is outside 0...\(g - 1)") }
                if let other = owner[v] { throw t.error(i, 0, "graph \(v) is also in \(other)") }
                owner[v] = file
            }
            parts.append(t.values)
        }
        return GraphSplit(train: parts[0], val: parts[1], test: parts[2])
    }
}

extension DatasetManifest {
    /// The node-level files of a graph collection directory by their conventional names (edges,
    /// node features, optional edge features); `labels` is the graph labels file.
    static func conventionalGraphs(_ dir: String, labels: String) throws(DatasetError) -> DatasetManifest {
        func find(_ key: String) throws(DatasetError) -> String? {
            let names = conventionalNames.first { $0.key == key }?.names ?? []
            let hits = names.flatMap { n in extensions.map { n + $0 } }.filter { FileBytes.isRegularFile(dir + "/" + $0) }
            if hits.count > 1 { throw DatasetError("\(dir): both \(hits[0]) and \(hits[1]) could be the \(key.replacingOccurrences("_", " ")); keep one") }
            return hits.first
        }
        guard let edges = try find("edges") else { throw DatasetError("\(dir): no edges file (looked for edges, edge_index .npy|.csv|.csv.gz)") }
        guard let x = try find("node_features") else {
            throw DatasetError("\(dir): no node features file (looked for node_features, features, x .npy|.csv|.csv.gz)")
        }
        return DatasetManifest(name: baseName(dir), directory: dir, edges: edges, nodeFeatures: x, labels: labels,
                               edgeFeatures: try find("edge_features"), numClasses: nil, numNodes: nil,
                               layout: "graph collection, files named by convention (docs/datasets.md)")
    }
}
