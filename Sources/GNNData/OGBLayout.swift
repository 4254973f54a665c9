// The OGB node-property-prediction folder as downloaded (raw/*.csv.gz, split/<name>/*.csv.gz), read as a dataset directory.
import GNNRuntime

/// `ogbn-*` folders: `raw/edge.csv.gz`, `raw/node-feat.csv.gz`, `raw/node-label.csv.gz`,
/// `raw/num-node-list.csv.gz`, optional `raw/edge-feat.csv.gz`, and
/// `split/<scheme>/{train,valid,test}.csv.gz` (node indices). Uncompressed `.csv` files are accepted too.
enum OGBLayout {
    /// OGB's `add_inverse_edge` for the node datasets whose edges are stored one way (master.csv):
    /// their graphs are undirected, so each edge's reverse is added, as OGB's own loaders do.
    static let addInverseEdge: [String: Bool] = [
        "ogbn-arxiv": false, "ogbn-products": true, "ogbn-proteins": true, "ogbn-papers100m": false,
    ]

    static func matches(_ dir: String) -> Bool {
        file(dir, "raw/edge") != nil && POSIXFiles.isDirectory(dir + "/split")
    }

    /// `raw/edge.csv.gz`, else `raw/edge.csv`: the relative path that exists.
    static func file(_ dir: String, _ stem: String) -> String? {
        [stem + ".csv.gz", stem + ".csv"].first { FileBytes.isRegularFile(dir + "/" + $0) }
    }

    static func manifest(_ dir: String) throws(DatasetError) -> DatasetManifest {
        func need(_ stem: String, _ what: String) throws(DatasetError) -> String {
            guard let f = file(dir, stem) else { throw DatasetError("\(dir): an OGB folder (it has raw/edge.csv.gz and split/) without \(stem).csv.gz (\(what))") }
            return f
        }
        let schemes = POSIXFiles.listDirectory(dir + "/split").filter { POSIXFiles.isDirectory(dir + "/split/" + $0) }.sorted()
        guard schemes.count == 1, let scheme = schemes.first else {
            throw DatasetError("\(dir)/split: " + (schemes.isEmpty ? "no split folder (OGB ships one, e.g. split/time)"
                : "several splits (\(schemes.joined(separator: ", "))); keep the one to train on, or describe the files in \(DatasetManifest.manifestFile)"))
        }
        let key = DatasetManifest.baseName(dir).lowercased().replacingOccurrences("_", "-")
        var m = DatasetManifest(name: DatasetManifest.baseName(dir), directory: dir, edges: try need("raw/edge", "the edges"),
                                nodeFeatures: try need("raw/node-feat", "node features; gnnc needs them"),
                                labels: try need("raw/node-label", "the labels"), edgeFeatures: file(dir, "raw/edge-feat"),
                                layout: "OGB node-property-prediction layout, split/\(scheme)")
        m.undirected = addInverseEdge[key] ?? false
        if m.undirected { m.layout += ", each edge's reverse added (OGB's add_inverse_edge for \(key))" }
        for (part, stem) in [(DatasetManifest.Part.train, "train"), (.val, "valid"), (.test, "test")] {
            m.splits[part] = DatasetManifest.Split(file: try need("split/\(scheme)/\(stem)", "the \(stem) nodes"), isMask: false)
        }
        if let n = file(dir, "raw/num-node-list") { m.numNodes = try numNodes(dir, n) }
        return m
    }

    /// The single count in `raw/num-node-list.csv.gz` (OGB writes one row per graph; a node dataset has one graph).
    static func numNodes(_ dir: String, _ file: String) throws(DatasetError) -> Int {
        let t = try TableReader.integers(dir + "/" + file, display: file, what: "the node count")
        guard t.rows == 1, t.columns == 1, t.values[0] > 0 else {
            throw .inFile(file, "expected one positive node count (a node-prediction dataset is one graph), found \(t.rows) rows of \(t.columns)")
        }
        return t.values[0]
    }
}
