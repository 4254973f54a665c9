// Many graphs in the directory layout of one: graph_ids per node, graph_labels per graph, an optional fixed split; refusals located.
import XCTest
import GNNData
import GNNTestSupport

final class GraphCollectionDirectoryTests: XCTestCase {
    /// Three graphs over 7 nodes: a triangle (label 1), an edge (label 0), a path of two edges (label 1);
    /// the file lists the last graph's edges first, so grouping by graph is seen.
    func write(_ f: DatasetFixture, split: Bool = false) throws {
        try f.write("edges.csv", "src,dst\n4,5\n5,6\n0,1\n1,2\n2,0\n3,3\n")
        try f.writeFloat32("node_features.npy", shape: [7, 2], (0..<14).map { Float($0) })
        try f.writeInt64("graph_ids.npy", shape: [7], [0, 0, 0, 1, 2, 2, 2])
        try f.write("graph_labels.csv", "1\n0\n1\n")
        if split {
            try f.write("train_graphs.csv", "0\n")
            try f.write("val_graphs.csv", "1\n")
            try f.write("test_graphs.csv", "2\n")
        }
    }

    func testGraphIdsMakeACollectionWithEdgesGroupedByGraph() throws {
        let f = try DatasetFixture(self, name: "three")
        try write(f)
        XCTAssertTrue(Datasets.isGraphCollection(f.directory))
        let d = try Datasets.loadCollection(f.directory)
        XCTAssertEqual(d.name, "three")
        XCTAssertEqual(d.nodePtr, [0, 3, 4, 7])
        XCTAssertEqual(d.edgePtr, [0, 3, 4, 6])
        XCTAssertEqual(d.src, [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(d.dst, [1, 2, 0, 3, 5, 6])
        XCTAssertEqual(d.labels, [1, 0, 1])
        XCTAssertEqual(d.numClasses, 2)
        XCTAssertEqual(d.numFeatures, 2)
        XCTAssertNil(d.fixedSplit)
        XCTAssertTrue(d.notes.contains { $0.contains("self-loop") }, "\(d.notes)")
    }

    func testAFixedSplitReplacesTheFolds() throws {
        let f = try DatasetFixture(self, name: "three")
        try write(f, split: true)
        let d = try Datasets.loadCollection(f.directory)
        XCTAssertEqual(d.fixedSplit, GraphSplit(train: [0], val: [1], test: [2]))
    }

    func failure(_ damage: (DatasetFixture) throws -> Void, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let f = try DatasetFixture(self, name: "three")
        try write(f, split: true)
        try damage(f)
        do { _ = try Datasets.loadCollection(f.directory); XCTFail("loaded", file: file, line: line); return "" } catch { return error.message }
    }

    func testBadCollectionsAreRefusedAtTheirPlace() throws {
        XCTAssertEqual(try failure { try $0.write("edges.csv", "src,dst\n0,1\n2,3\n") },
                       "edges.csv: line 3, column 2 ('dst'): edge 2 -> 3 joins graph 0 to graph 1: an edge stays inside its graph")
        XCTAssertEqual(try failure { try $0.writeInt64("graph_ids.npy", shape: [7], [0, 0, 1, 0, 2, 2, 2]) },
                       "graph_ids.npy: element 3: graph 0 after graph 1: a graph's nodes must be consecutive, in graph order")
        XCTAssertEqual(try failure { try $0.writeInt64("graph_ids.npy", shape: [7], [0, 0, 0, 1, 2, 2, 3]) },
                       "graph_ids.npy: element 6: graph 3 is outside 0...2 (graph_labels.csv has 3 labels)")
        XCTAssertEqual(try failure { try $0.writeInt64("graph_ids.npy", shape: [6], [0, 0, 0, 1, 2, 2]) },
                       "graph_ids.npy: 6 x 1: one graph id per node (7 nodes in node_features.npy) expected")
        XCTAssertEqual(try failure { try $0.write("test_graphs.csv", "1\n") }, "test_graphs.csv: line 1, column 1: graph 1 is also in val_graphs.csv")
        XCTAssertTrue(try failure { try FileManager.default.removeItem(atPath: $0.path("val_graphs.csv")) }
                        .hasSuffix("a fixed split needs train_graphs, val_graphs and test_graphs; found only train_graphs.csv, test_graphs.csv"))
        XCTAssertTrue(try failure { try FileManager.default.removeItem(atPath: $0.path("graph_labels.csv")) }
                        .hasSuffix("graph_ids.npy is here but no graph_labels file (one label per graph; looked for graph_labels.npy|.csv|.csv.gz)"))
        XCTAssertEqual(try failure { try $0.write("graph_labels.csv", "1\n-2\n1\n") },
                       "graph_labels.csv: line 2, column 1: graph label -2 is outside 0...1073741823")
    }

    /// dataset.json names the files (any names), as for one graph: a collection when it has
    /// "graph_ids".
    func testDatasetJSONNamesTheFiles() throws {
        let f = try DatasetFixture(self, name: "three")
        try write(f, split: true)
        for (a, b) in [("edges.csv", "e.csv"), ("node_features.npy", "feat.npy"), ("graph_ids.npy", "which.npy"),
                       ("graph_labels.csv", "y.csv"), ("train_graphs.csv", "tr.csv"), ("val_graphs.csv", "va.csv"), ("test_graphs.csv", "te.csv")] {
            try FileManager.default.moveItem(atPath: f.path(a), toPath: f.path(b))
        }
        try f.write("dataset.json", """
            {"name": "mine", "edges": "e.csv", "node_features": "feat.npy", "graph_ids": "which.npy", "graph_labels": "y.csv",
             "train_graphs": "tr.csv", "val_graphs": "va.csv", "test_graphs": "te.csv"}
            """)
        XCTAssertTrue(Datasets.isGraphCollection(f.directory))
        let d = try Datasets.loadCollection(f.directory)
        XCTAssertEqual(d.name, "mine")
        XCTAssertEqual(d.nodePtr, [0, 3, 4, 7])
        XCTAssertEqual(d.src, [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(d.labels, [1, 0, 1])
        XCTAssertEqual(d.fixedSplit, GraphSplit(train: [0], val: [1], test: [2]))
        XCTAssertEqual(d.notes.first, "layout: graph collection, files named by dataset.json")
        XCTAssertTrue(d.notes.contains("split: tr.csv, va.csv, te.csv (no folds)"), "\(d.notes)")
        // A node dataset's manifest (no graph_ids) is not a collection.
        try f.write("dataset.json", #"{"edges": "e.csv"}"#)
        XCTAssertFalse(Datasets.isGraphCollection(f.directory))
    }

    func testBadCollectionManifestsAreRefusedAtTheirPlace() throws {
        func refusal(_ json: String) throws -> String {
            try failure { try $0.write("dataset.json", json) }
        }
        let base = #""edges": "edges.csv", "node_features": "node_features.npy", "graph_ids": "graph_ids.npy""#
        XCTAssertEqual(try refusal("{\(base), \"graph_labels\": \"graph_labels.csv\", \"labels\": \"y.csv\"}"),
                       "dataset.json:1:128: unknown key \"labels\" for a graph collection; known: name, edges, node_features, edge_features, graph_ids, graph_labels, train_graphs, val_graphs, test_graphs")
        XCTAssertTrue(try refusal("{\(base)}").hasSuffix(": no \"graph_labels\" in dataset.json (a graph collection needs edges, node_features, graph_ids, graph_labels)"))
        XCTAssertTrue(try refusal("{\(base), \"graph_labels\": \"nope.csv\"}").hasPrefix("dataset.json:1:108: \"graph_labels\": nope.csv does not exist in "))
        XCTAssertEqual(try refusal("{\(base), \"graph_labels\": \"graph_labels.csv\", \"train_graphs\": \"train_graphs.csv\"}"),
                       "dataset.json: a fixed split needs train_graphs, val_graphs and test_graphs; found only train_graphs")
        XCTAssertEqual(try refusal("{\(base), \"graph_labels\": 3}"), "dataset.json:1:108: \"graph_labels\" must be a file name (a string), not a number")
        // A manifest that leaves out the graph ids beside a graph_ids file is ambiguous.
        XCTAssertTrue(try refusal(#"{"edges": "edges.csv", "node_features": "node_features.npy", "labels": "graph_labels.csv"}"#)
                        .hasSuffix("graph_ids.npy is here but dataset.json does not name \"graph_ids\": name it there (a graph collection) or remove graph_ids.npy"))
    }
}
