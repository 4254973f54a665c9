// Loads a user's graph from a directory (docs/datasets.md): every array checked, every refusal naming the file and position.
import GNNRuntime

public enum GraphDirectory {
    /// A `--dataset` value that names a directory rather than a built-in dataset: it contains a
    /// `/`, starts with `.`, or is an existing directory that is not a built-in name (`cora`
    /// means Cora even where a folder `cora` exists; `./cora` is the folder).
    public static func isPath(_ name: String) -> Bool {
        if name.contains("/") || name.hasPrefix(".") { return true }
        if name.hasPrefix("synthetic:") || Planetoid.names.contains(name.lowercased()) { return false }
        return POSIXFiles.isDirectory(name)
    }

    /// Finds the layout (checking that its files exist) without reading the arrays.
    public static func validate(_ directory: String) throws(DatasetError) { _ = try DatasetManifest.locate(directory) }

    public static func load(_ directory: String) throws(DatasetError) -> Dataset {
        let m = try DatasetManifest.locate(directory)
        var notes = ["layout: " + m.layout]
        let features = try TableReader.floats(m.path(m.nodeFeatures), display: m.nodeFeatures, what: "node features")
        let n = features.rows
        guard n > 0 else { throw .inFile(m.nodeFeatures, "no rows: a graph needs at least one node") }
        if let declared = m.numNodes, declared != n {
            throw .inFile(m.nodeFeatures, "\(n) rows, but the dataset has \(declared) nodes (num_nodes)")
        }
        var graph = try EdgeList.read(m, numNodes: n)
        let (labels, numClasses, unlabelled) = try readLabels(m, numNodes: n)
        var split: [DatasetManifest.Part: [Int]] = [:]
        for part in DatasetManifest.Part.allCases { split[part] = try readSplit(m, part, numNodes: n) }
        try checkSplits(m, split, labels: labels)
        notes += graph.report(undirected: m.undirected)
        if m.undirected { notes.append(graph.makeUndirected()) }
        if unlabelled > 0 { notes.append("\(m.labels): \(unlabelled) unlabelled nodes (-1 or NaN), in no split") }
        var data = Dataset(name: m.name, numNodes: n, numFeatures: features.columns, numClasses: numClasses, features: features.values,
                           labels: labels.map { Int32(max($0, 0)) }, src: graph.src, dst: graph.dst,
                           trainIndex: split[.train]!, valIndex: split[.val]!, testIndex: split[.test]!)
        data.edgeFeatures = graph.features
        data.numEdgeFeatures = graph.featureWidth
        data.notes = notes
        return data
    }

    /// Labels as a node-length column; classes counted from them unless the manifest gives the count.
    static func readLabels(_ m: DatasetManifest, numNodes n: Int) throws(DatasetError) -> ([Int], Int, Int) {
        let t = try TableReader.labels(m.path(m.labels), display: m.labels)
        guard t.columns == 1 else {
            throw .inFile(m.labels, "\(t.columns) columns: one class per node is expected (multi-label targets are not supported)")
        }
        guard t.rows == n else { throw .inFile(m.labels, "\(t.rows) labels for \(n) nodes (\(m.nodeFeatures) has \(n) rows)") }
        // A bound that keeps the class count and the Int32 labels the trainer binds from overflowing.
        if let i = t.values.firstIndex(where: { $0 < -1 || $0 >= DatasetManifest.maxClasses }) {
            throw t.error(i, 0, "label \(t.values[i]) is outside -1...\(DatasetManifest.maxClasses - 1) (-1 marks an unlabelled node)")
        }
        let highest = t.values.max() ?? -1
        let classes = m.numClasses ?? (highest + 1)
        guard classes >= 2 else { throw .inFile(m.labels, "the labels name \(max(classes, 0)) class\(classes == 1 ? "" : "es"); classification needs at least 2") }
        var unlabelled = 0
        for (i, y) in t.values.enumerated() {
            if y == -1 { unlabelled += 1; continue }
            guard (0..<classes).contains(y) else {
                throw t.error(i, 0, "label \(y) is outside 0...\(classes - 1)" + (m.numClasses != nil ? " (num_classes is \(classes))" : "") + "; -1 marks an unlabelled node")
            }
        }
        return (t.values, classes, unlabelled)
    }

    /// A split's node indices, from an index list or a 0/1 mask over the nodes.
    static func readSplit(_ m: DatasetManifest, _ part: DatasetManifest.Part, numNodes n: Int) throws(DatasetError) -> [Int] {
        let s = m.splits[part]!
        let t = try TableReader.integers(m.path(s.file), display: s.file, what: "\(part.rawValue) \(s.isMask ? "mask" : "indices")")
        guard t.columns == 1 else { throw .inFile(s.file, "\(t.columns) columns: a split is one column") }
        if s.isMask {
            guard t.rows == n else { throw .inFile(s.file, "\(t.rows) entries for \(n) nodes: a mask has one 0/1 entry per node") }
            var out: [Int] = []
            for (i, v) in t.values.enumerated() {
                guard v == 0 || v == 1 else { throw t.error(i, 0, "\(v) in a mask (0 or 1 expected)") }
                if v == 1 { out.append(i) }
            }
            guard !out.isEmpty else { throw .inFile(s.file, "the \(part.rawValue) mask selects no node") }
            return out
        }
        guard !t.values.isEmpty else { throw .inFile(s.file, "the \(part.rawValue) split lists no node") }
        var seen = [Int32](repeating: -1, count: n)
        for (i, v) in t.values.enumerated() {
            guard (0..<n).contains(v) else { throw t.error(i, 0, "node \(v) is outside 0...\(n - 1)") }
            if seen[v] >= 0 { throw t.error(i, 0, "node \(v) is listed twice in the \(part.rawValue) split (also at \(t.location(Int(seen[v]), 0)))") }
            seen[v] = Int32(truncatingIfNeeded: i)
        }
        return t.values
    }

    /// Splits must be disjoint and hold labelled nodes only.
    static func checkSplits(_ m: DatasetManifest, _ split: [DatasetManifest.Part: [Int]], labels: [Int]) throws(DatasetError) {
        var owner = [UInt8](repeating: 0, count: labels.count)
        for (k, part) in DatasetManifest.Part.allCases.enumerated() {
            let file = m.splits[part]!.file
            for v in split[part]! {
                if labels[v] == -1 { throw .inFile(file, "node \(v) is in the \(part.rawValue) split but unlabelled in \(m.labels)") }
                if owner[v] != 0 {
                    let other = DatasetManifest.Part.allCases[Int(owner[v]) - 1]
                    throw .inFile(file, "node \(v) is in both the \(other.rawValue) split (\(m.splits[other]!.file)) and the \(part.rawValue) split")
                }
                owner[v] = UInt8(k + 1)
            }
        }
    }
}
