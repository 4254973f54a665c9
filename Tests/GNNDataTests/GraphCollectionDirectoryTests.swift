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
}
