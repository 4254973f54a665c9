// Planetoid (Cora, CiteSeer, PubMed) from the raw `ind.<name>.*` files, assembled as PyG's read_planetoid_data does.

import GNNRuntime

public enum Planetoid {
    /// The datasets published in this format.
    public static let names = ["cora", "citeseer", "pubmed"]
    /// The eight files of one dataset: `ind.<name>.<part>`.
    public static let parts = ["x", "tx", "allx", "y", "ty", "ally", "graph", "test.index"]
    /// The most nodes, and feature elements (N x F), a load may allocate. PubMed needs 19717
    /// and 9.9M; a damaged file that claims far more is refused instead of exhausting memory.
    public static let maxNodes = 1 << 24
    public static let maxFeatureElements = 1 << 28
    /// PyG's validation split: the 500 nodes after the training nodes.
    public static let validationCount = 500

    /// Loads `ind.<name>.*` from `directory` (the name is lower-cased, as the file names are).
    ///
    /// As PyG: x = vstack(allx, tx) where tx row i belongs to node test_index[i]; the range of
    /// the test index is filled with zero rows (label 0) where it has gaps (CiteSeer); labels
    /// are the first argmax of the one-hot rows; edges come from the adjacency dict, made
    /// symmetric, without self-loops or duplicates, sorted by (src, dst) like `coalesce`;
    /// train = 0..<len(y), val = the next 500, test = the sorted test index.
    ///
    /// A dataset with pinned digests (`PlanetoidDownload.pinnedSHA256`: Cora, CiteSeer) must
    /// match them, wherever its files come from: a flipped byte that still parses, or another
    /// dataset's files under this name, would otherwise train silently. `acceptModified` takes
    /// such files knowingly (`--accept-modified-data`). The check runs after the files parse and
    /// fit together, so damage that breaks them is reported where it is.
    public static func load(name: String, directory: String, acceptModified: Bool = false) throws(DatasetError) -> Dataset {
        let raw = try PlanetoidFiles(name: name.lowercased(), directory: directory)
        let dataset = try raw.assemble()
        if !acceptModified { try checkDigests(raw.digests, directory: directory) }
        return dataset
    }

    /// The pinned file whose digest is `digest` (CiteSeer's files renamed as Cora's), if any.
    static func identity(of digest: String?) -> String? {
        PlanetoidDownload.pinnedSHA256.first { $0.value == digest }?.key
    }

    /// Every file whose digest differs from its pinned one, in one error.
    static func checkDigests(_ digests: [String: String], directory: String) throws(DatasetError) {
        let modified = digests.keys.sorted().filter { file in
            PlanetoidDownload.pinnedSHA256[file].map { $0 != digests[file] } ?? false
        }
        guard let first = modified.first else { return }
        let others = modified.dropFirst()
        throw DatasetError.inFile(first, "SHA-256 \(digests[first] ?? "") differs from the public original's pinned \(PlanetoidDownload.pinnedSHA256[first] ?? "") (in \(directory)): "
                                  + (identity(of: digests[first]).map { "it is the public \($0) under another name" }
                                     ?? "the file is modified or damaged, or another dataset's file under this name")
                                  + (others.isEmpty ? "" : "; also modified: \(others.joined(separator: ", "))")
                                  + ". Restore the originals, or pass --accept-modified-data to use these files knowingly")
    }
}

/// The eight files of one dataset, parsed and type-checked but not yet assembled.
struct PlanetoidFiles {
    let prefix: String
    let x: CSRMatrix, tx: CSRMatrix, allx: CSRMatrix
    let y: NumpyArray, ty: NumpyArray, ally: NumpyArray
    let graph: [(node: Int, neighbours: [Int])]
    let testIndex: [Int]
    /// SHA-256 of each file as read, by file name.
    private(set) var digests: [String: String] = [:]

    init(name: String, directory: String) throws(DatasetError) {
        prefix = name
        var digests: [String: String] = [:]
        func bytes(_ file: String) throws(DatasetError) -> [UInt8] {
            let contents = try FileBytes.contents(directory + "/" + file, display: file)
            digests[file] = SHA256.hexDigest(contents)
            return contents
        }
        func read(_ part: String) throws(DatasetError) -> (PickleValue, String) {
            let file = "ind.\(name).\(part)"
            return (try Pickle.load(try bytes(file), file: file), file)
        }
        func csr(_ part: String) throws(DatasetError) -> CSRMatrix {
            let (v, file) = try read(part)
            return try CSRMatrix(v, file: file)
        }
        func array(_ part: String) throws(DatasetError) -> NumpyArray {
            let (v, file) = try read(part)
            return try NumpyArray(v, file: file, field: "labels")
        }
        x = try csr("x"); tx = try csr("tx"); allx = try csr("allx")
        y = try array("y"); ty = try array("ty"); ally = try array("ally")
        let (g, graphFile) = try read("graph")
        graph = try PlanetoidFiles.adjacency(g, file: graphFile)
        let indexFile = "ind.\(name).test.index"
        testIndex = try PlanetoidFiles.indices(try bytes(indexFile), file: indexFile)
        self.digests = digests
    }

    func file(_ part: String) -> String { "ind.\(prefix).\(part)" }
    func fail(_ part: String, _ what: String) -> DatasetError { .inFile(file(part), what) }

    func assemble() throws(DatasetError) -> Dataset {
        try checkShapes()
        let (lowest, numNodes) = try testRange()
        let f = allx.columns
        let (elements, overflow) = numNodes.multipliedReportingOverflow(by: f)
        guard !overflow, elements <= Planetoid.maxFeatureElements else {
            throw fail("test.index", "\(numNodes) nodes x \(f) features is more than this reader allows (\(Planetoid.maxFeatureElements))")
        }
        let trainCount = y.shape[0], valEnd = trainCount + Planetoid.validationCount
        guard valEnd <= lowest else {
            throw fail("y", "\(trainCount) training + \(Planetoid.validationCount) validation nodes overlap the test nodes from \(lowest)")
        }
        let (src, dst) = try edges(numNodes: numNodes)
        return Dataset(name: prefix, numNodes: numNodes, numFeatures: f, numClasses: ally.shape[1],
                       features: features(numNodes: numNodes), labels: labels(numNodes: numNodes), src: src, dst: dst,
                       trainIndex: Array(0..<trainCount), valIndex: Array(trainCount..<valEnd), testIndex: testIndex.sorted())
    }

    // MARK: - Checks

    /// Every count that must agree between the files, each failure naming the file that disagrees.
    func checkShapes() throws(DatasetError) {
        let f = allx.columns
        for (part, m) in [("x", x), ("tx", tx)] where m.columns != f {
            throw fail(part, "has \(m.columns) feature columns but \(file("allx")) has \(f)")
        }
        for (part, a) in [("y", y), ("ty", ty), ("ally", ally)] where a.shape.count != 2 || a.shape[1] < 1 {
            throw fail(part, "expected a 2-d one-hot label array, found shape \(a.shape)")
        }
        for (part, a) in [("y", y), ("ty", ty)] where a.shape[1] != ally.shape[1] {
            throw fail(part, "has \(a.shape[1]) classes but \(file("ally")) has \(ally.shape[1])")
        }
        for (part, a, m, mPart) in [("y", y, x, "x"), ("ty", ty, tx, "tx"), ("ally", ally, allx, "allx")] where a.shape[0] != m.rows {
            throw fail(part, "has \(a.shape[0]) label rows but \(file(mPart)) has \(m.rows) feature rows")
        }
        guard testIndex.count == tx.rows else {
            throw fail("test.index", "has \(testIndex.count) indices but \(file("tx")) has \(tx.rows) rows")
        }
    }

    /// The test nodes must follow the allx nodes, once each; their span (gaps included) fixes N.
    func testRange() throws(DatasetError) -> (lowest: Int, numNodes: Int) {
        let sorted = testIndex.sorted()
        guard let lo = sorted.first, let hi = sorted.last else { throw fail("test.index", "has no indices") }
        guard lo == allx.rows else {
            throw fail("test.index", "the smallest test index is \(lo), but the test nodes must start right after the \(allx.rows) rows of \(file("allx"))")
        }
        guard hi - lo < Planetoid.maxNodes else { throw fail("test.index", "index \(hi) is out of range") }
        for k in 1..<sorted.count where sorted[k] == sorted[k - 1] {
            throw fail("test.index", "node \(sorted[k]) is listed twice")
        }
        return (lo, allx.rows + (hi - lo + 1))
    }

    // MARK: - Assembly

    /// allx rows first; tx row i goes to node test_index[i]; gap rows stay zero.
    func features(numNodes: Int) -> [Float] {
        var out = [Float](repeating: 0, count: numNodes * allx.columns)
        for r in 0..<allx.rows { allx.scatterRow(r, into: &out, at: r) }
        for (i, node) in testIndex.enumerated() { tx.scatterRow(i, into: &out, at: node) }
        return out
    }

    /// The first argmax of each one-hot row (torch's max(dim=1)); gap nodes get 0, as an
    /// all-zero row's argmax is 0 in PyG.
    func labels(numNodes: Int) -> [Int32] {
        var out = [Int32](repeating: 0, count: numNodes)
        for r in 0..<ally.shape[0] { out[r] = PlanetoidFiles.argmax(ally, row: r) }
        for (i, node) in testIndex.enumerated() { out[node] = PlanetoidFiles.argmax(ty, row: i) }
        return out
    }

    static func argmax(_ a: NumpyArray, row: Int) -> Int32 {
        let c = a.shape[1]
        var best = 0
        for j in 1..<c where a.double(row * c + j) > a.double(row * c + best) { best = j }
        return Int32(best)
    }

    /// Both directions of every dict entry, self-loops dropped, deduplicated, sorted by (src, dst).
    func edges(numNodes n: Int) throws(DatasetError) -> (src: [Int], dst: [Int]) {
        var keys: [Int] = []
        for (u, vs) in graph {
            for v in vs {
                guard u < n, v < n else { throw fail("graph", "edge \(u) -> \(v) names a node outside 0..<\(n)") }
                if u != v { keys.append(u * n + v); keys.append(v * n + u) }
            }
        }
        keys.sort()
        var src: [Int] = [], dst: [Int] = []
        for (k, key) in keys.enumerated() where k == 0 || keys[k - 1] != key {
            src.append(key / n); dst.append(key % n)
        }
        return (src, dst)
    }

    // MARK: - Parsing the non-array files

    /// The adjacency dict: non-negative int keys to lists (or tuples) of non-negative ints.
    static func adjacency(_ v: PickleValue, file: String) throws(DatasetError) -> [(node: Int, neighbours: [Int])] {
        guard case .dict(let d) = v else { throw .inFile(file, "expected a dict of node -> neighbour list, found \(v.kind)") }
        var out: [(node: Int, neighbours: [Int])] = []
        for (key, value) in d.entries {
            guard let u = key.int, u >= 0 else { throw .inFile(file, "key \(key.int.map(String.init) ?? key.kind) is not a node id") }
            let items: [PickleValue]
            switch value {
            case .list(let l): items = l.items
            case .tuple(let t): items = t
            default: throw .inFile(file, "the neighbours of node \(u) are \(value.kind), expected a list")
            }
            var neighbours: [Int] = []
            for item in items {
                guard let w = item.int, w >= 0 else { throw .inFile(file, "a neighbour of node \(u) is \(item.int.map(String.init) ?? item.kind), not a node id") }
                neighbours.append(w)
            }
            out.append((u, neighbours))
        }
        return out
    }

    /// One non-negative integer per line; blank lines and surrounding spaces are ignored.
    static func indices(_ bytes: [UInt8], file: String) throws(DatasetError) -> [Int] {
        var out: [Int] = []
        for (k, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let text = String(decoding: line, as: UTF8.self).filter { $0 != " " && $0 != "\r" && $0 != "\t" }
            if text.isEmpty { continue }
            guard let i = Int(text), i >= 0 else { throw .inFile(file, "line \(k + 1): '\(text.prefix(40))' is not a node index") }
            out.append(i)
        }
        return out
    }
}
