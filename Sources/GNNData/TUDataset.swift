// The TU graph-classification text format (DS_A.txt, DS_graph_indicator.txt, DS_graph_labels.txt, ...) read as PyG reads it.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A directory holding `DS_A.txt` (one `row, col` edge per line, 1-based node ids),
/// `DS_graph_indicator.txt` (each node's 1-based graph), `DS_graph_labels.txt` (each graph's
/// label) and optionally `DS_node_labels.txt` (integer columns) and `DS_node_attributes.txt`
/// (float columns). As PyG's `read_tu_data`: self-loops are removed, repeated edges merged and
/// the edges sorted by (row, col); each node-label column is shifted to start at 0 and one-hot
/// encoded; graph labels are mapped to 0..<C through their sorted distinct values. Features are
/// the node attributes, then the node labels' one-hot columns (PyG's `use_node_attr=True`); a
/// dataset with neither gets one column of ones. Edge labels and attributes are not read.
public enum TUDataset {
    /// The dataset prefix `DS` when `dir` holds exactly one `DS_A.txt`.
    public static func prefix(in dir: String) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return nil }
        let found = names.filter { $0.hasSuffix("_A.txt") }.map { String($0.dropLast("_A.txt".count)) }
        return found.count == 1 ? found[0] : nil
    }

    public static func isTU(_ dir: String) -> Bool { prefix(in: dir) != nil }

    public static func load(_ dir: String) throws(DatasetError) -> GraphCollection {
        guard let ds = prefix(in: dir) else { throw DatasetError("\(dir): no TU dataset (exactly one DS_A.txt) in this directory") }
        func file(_ suffix: String) -> (path: String, display: String) { ("\(dir)/\(ds)_\(suffix).txt", "\(ds)_\(suffix).txt") }
        func exists(_ suffix: String) -> Bool { FileManager.default.fileExists(atPath: file(suffix).path) }
        for required in ["graph_indicator", "graph_labels"] where !exists(required) {
            throw DatasetError("\(dir): \(ds)_A.txt is here but \(ds)_\(required).txt is missing (the TU format needs both)")
        }
        let indicator = try column(file("graph_indicator"), what: "graph ids")
        let graphLabels = try column(file("graph_labels"), what: "graph labels")
        let numGraphs = graphLabels.rows, numNodes = indicator.rows
        // Node ids are 32-bit in the kernels (and a pair key below is their product).
        guard numNodes <= Int(Int32.max) else { throw .inFile(indicator.display, "\(numNodes) nodes: at most \(Int32.max)") }
        let nodePtr = try graphRanges(indicator, graphs: numGraphs)
        let edges = try TableReader.integers(file("A").path, display: file("A").display, what: "edges (row, col)")
        guard edges.columns == 2 else { throw .inFile(edges.display, "\(edges.columns) columns, expected 2 (row, col)") }
        var notes: [String] = []
        let (src, dst, edgePtr) = try coalescedEdges(edges, indicator, numNodes: numNodes, numGraphs: numGraphs, notes: &notes)
        var columns: [(values: [Float], width: Int)] = []
        if exists("node_attributes") {
            let a = try TableReader.floats(file("node_attributes").path, display: file("node_attributes").display, what: "node attributes")
            try expectRows(a.rows, numNodes, a.display, "node attributes")
            columns.append((a.values, a.columns))
            notes.append("\(a.columns) node attribute column\(a.columns == 1 ? "" : "s")")
        }
        if exists("node_labels") {
            let l = try TableReader.integers(file("node_labels").path, display: file("node_labels").display, what: "node labels")
            try expectRows(l.rows, numNodes, l.display, "node labels")
            let hot = try oneHot(l)
            columns.append(hot)
            notes.append("node labels one-hot: \(hot.width) column\(hot.width == 1 ? "" : "s")")
        }
        if columns.isEmpty {
            columns.append(([Float](repeating: 1, count: numNodes), 1))
            notes.append("no node attributes or labels: one feature column of ones")
        }
        let (labels, classes) = try remapLabels(graphLabels, notes: &notes)
        var data = GraphCollection(name: ds, nodePtr: nodePtr, edgePtr: edgePtr, src: src, dst: dst,
                                   features: concatenate(columns, rows: numNodes), numFeatures: columns.map(\.width).reduce(0, +),
                                   labels: labels, numClasses: classes)
        data.notes = ["TU format (\(ds)_*.txt)"] + notes
        try data.validate(dir)
        return data
    }

    static func column(_ f: (path: String, display: String), what: String) throws(DatasetError) -> DataTable<Int> {
        let t = try TableReader.integers(f.path, display: f.display, what: what)
        guard t.columns == 1 else { throw .inFile(t.display, "\(t.columns) columns, expected 1 (\(what))") }
        return t
    }

    static func expectRows(_ rows: Int, _ nodes: Int, _ display: String, _ what: String) throws(DatasetError) {
        guard rows == nodes else { throw .inFile(display, "\(rows) rows of \(what), but the graph indicator has \(nodes) nodes") }
    }

    /// Each graph's node range from the 1-based, non-decreasing graph ids (a graph with no node is empty).
    static func graphRanges(_ indicator: DataTable<Int>, graphs: Int) throws(DatasetError) -> [Int] {
        var counts = [Int](repeating: 0, count: graphs)
        var previous = 1
        for row in 0..<indicator.rows {
            let g = indicator.values[row]
            guard (1...max(graphs, 1)).contains(g) else {
                throw indicator.error(row, 0, "graph id \(g) is outside 1...\(graphs) (the graph labels file has \(graphs) rows)")
            }
            guard g >= previous else {
                throw indicator.error(row, 0, "graph id \(g) after \(previous): a graph's nodes must be consecutive, in graph order")
            }
            previous = g
            counts[g - 1] += 1
        }
        var ptr = [0]
        for c in counts { ptr.append(ptr.last! + c) }
        return ptr
    }

    /// 0-based edges without self-loops, repeats merged, sorted by (row, col); each inside one graph.
    static func coalescedEdges(_ a: DataTable<Int>, _ indicator: DataTable<Int>, numNodes: Int, numGraphs: Int, notes: inout [String])
        throws(DatasetError) -> (src: [Int32], dst: [Int32], edgePtr: [Int]) {
        var keys: [Int] = []
        keys.reserveCapacity(a.rows)
        var loops = 0
        for row in 0..<a.rows {
            let u = a.values[2 * row], v = a.values[2 * row + 1]
            for (c, id) in [u, v].enumerated() where !(1...max(numNodes, 1)).contains(id) || numNodes == 0 {
                throw a.error(row, c, "node \(id) is outside 1...\(numNodes) (the graph indicator has \(numNodes) nodes)")
            }
            let gu = indicator.values[u - 1], gv = indicator.values[v - 1]
            guard gu == gv else { throw a.error(row, 1, "edge (\(u), \(v)) joins graph \(gu) to graph \(gv): an edge stays inside its graph") }
            if u == v { loops += 1; continue }
            keys.append((u - 1) * numNodes + (v - 1))
        }
        keys.sort()
        var src: [Int32] = [], dst: [Int32] = []
        var repeats = 0
        for (i, k) in keys.enumerated() {
            if i > 0 && keys[i - 1] == k { repeats += 1; continue }
            src.append(Int32(k / numNodes)); dst.append(Int32(k % numNodes))
        }
        if loops > 0 { notes.append("\(loops) self-loop\(loops == 1 ? "" : "s") removed") }
        if repeats > 0 { notes.append("\(repeats) repeated edge\(repeats == 1 ? "" : "s") merged") }
        // Sorted by source, and a graph's nodes are consecutive: each graph's edges are too.
        var edgePtr = [Int](repeating: 0, count: numGraphs + 1)
        for s in src { edgePtr[indicator.values[Int(s)]] += 1 }
        for g in 0..<numGraphs { edgePtr[g + 1] += edgePtr[g] }
        return (src, dst, edgePtr)
    }

    /// Each column shifted to start at 0 and one-hot encoded, the columns side by side.
    static func oneHot(_ l: DataTable<Int>) throws(DatasetError) -> (values: [Float], width: Int) {
        var lows: [Int] = [], widths: [Int] = []
        for c in 0..<l.columns {
            let col = (0..<l.rows).map { l.values[$0 * l.columns + c] }
            let lo = col.min() ?? 0, hi = col.max() ?? 0
            guard hi - lo < 1 << 16 else { throw l.error(col.firstIndex(of: hi) ?? 0, c, "node labels span \(lo)...\(hi): more than 65536 values to one-hot encode") }
            lows.append(lo); widths.append(hi - lo + 1)
        }
        let width = widths.reduce(0, +)
        var out = [Float](repeating: 0, count: l.rows * width)
        for r in 0..<l.rows {
            var offset = 0
            for c in 0..<l.columns {
                out[r * width + offset + l.values[r * l.columns + c] - lows[c]] = 1
                offset += widths[c]
            }
        }
        return (out, width)
    }

    /// Graph labels mapped to their rank among the distinct values (PyG: `unique(sorted=True, return_inverse=True)`).
    static func remapLabels(_ t: DataTable<Int>, notes: inout [String]) throws(DatasetError) -> ([Int32], Int) {
        let distinct = Array(Set(t.values)).sorted()
        guard distinct.count >= 2 else { throw .inFile(t.display, "every graph has label \(distinct.first ?? 0): classification needs at least 2 classes") }
        guard distinct.count <= 1 << 20 else { throw .inFile(t.display, "\(distinct.count) distinct graph labels: too many classes") }
        let rank = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, Int32($0)) })
        if distinct != Array(0..<distinct.count) {
            notes.append("graph labels \(distinct.prefix(4).map(String.init).joined(separator: ", "))\(distinct.count > 4 ? ", ..." : "") mapped to 0..<\(distinct.count)")
        }
        return (t.values.map { rank[$0] ?? 0 }, distinct.count)
    }

    static func concatenate(_ columns: [(values: [Float], width: Int)], rows: Int) -> [Float] {
        let width = columns.map(\.width).reduce(0, +)
        var out = [Float](repeating: 0, count: rows * width)
        var offset = 0
        for c in columns {
            for r in 0..<rows { for j in 0..<c.width { out[r * width + offset + j] = c.values[r * c.width + j] } }
            offset += c.width
        }
        return out
    }
}
