// The TU text format read as PyG's read_tu_data reads it, from fixtures the tests write; and its refusals, located.
import XCTest
import GNNData
import GNNTestSupport

final class TUDatasetTests: XCTestCase {
    /// Three graphs: a triangle (labels 7), a path with a self-loop and a repeated edge (label 3),
    /// and a graph of one node (label 7); node labels 1..3 in one column, 2 attribute columns.
    func writeToy(_ f: DatasetFixture, attributes: Bool = true, nodeLabels: Bool = true) throws {
        try f.write("TOY_A.txt", "1, 2\n2, 1\n2, 3\n3, 2\n1, 3\n3, 1\n5, 4\n4, 5\n5, 5\n4, 5\n")
        try f.write("TOY_graph_indicator.txt", "1\n1\n1\n2\n2\n3\n")
        try f.write("TOY_graph_labels.txt", "7\n3\n7\n")
        if nodeLabels { try f.write("TOY_node_labels.txt", "1\n2\n3\n1\n1\n2\n") }
        if attributes { try f.write("TOY_node_attributes.txt", "0.5, 1\n1.5, 2\n2.5, 3\n3.5, 4\n4.5, 5\n5.5, 6\n") }
    }

    func testReadsGraphsEdgesFeaturesAndLabelsAsPyGDoes() throws {
        let f = try DatasetFixture(self, name: "TOY")
        try writeToy(f)
        XCTAssertTrue(TUDataset.isTU(f.directory))
        let d = try TUDataset.load(f.directory)
        XCTAssertEqual(d.name, "TOY")
        XCTAssertEqual(d.nodePtr, [0, 3, 5, 6])
        // Self-loop (5, 5) removed, the repeated (4, 5) merged, sorted by (row, col), 0-based.
        XCTAssertEqual(d.src, [0, 0, 1, 1, 2, 2, 3, 4])
        XCTAssertEqual(d.dst, [1, 2, 0, 2, 0, 1, 4, 3])
        XCTAssertEqual(d.edgePtr, [0, 6, 8, 8])
        // Labels 3 and 7 mapped through their sorted distinct values.
        XCTAssertEqual(d.labels, [1, 0, 1])
        XCTAssertEqual(d.numClasses, 2)
        // Attributes, then the node labels one-hot (values 1...3 shifted to 0...2).
        XCTAssertEqual(d.numFeatures, 5)
        XCTAssertEqual(Array(d.features[0..<10]), [0.5, 1, 1, 0, 0, 1.5, 2, 0, 1, 0])
        XCTAssertEqual(Array(d.features[25..<30]), [5.5, 6, 0, 1, 0])
        XCTAssertEqual(d.notes, ["TU format (TOY_*.txt)", "1 self-loop removed", "1 repeated edge merged", "2 node attribute columns",
                                 "node labels one-hot: 3 columns", "graph labels 3, 7 mapped to 0..<2"])
    }

    func testWithoutNodeDataEveryNodeGetsAOne() throws {
        let f = try DatasetFixture(self, name: "TOY")
        try writeToy(f, attributes: false, nodeLabels: false)
        let d = try TUDataset.load(f.directory)
        XCTAssertEqual(d.numFeatures, 1)
        XCTAssertEqual(d.features, [1, 1, 1, 1, 1, 1])
        XCTAssertTrue(d.notes.contains("no node attributes or labels: one feature column of ones"))
    }

    /// The error loading the toy set after `damage` changed it.
    func failure(_ damage: (DatasetFixture) throws -> Void, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let f = try DatasetFixture(self, name: "TOY")
        try writeToy(f)
        try damage(f)
        do { _ = try TUDataset.load(f.directory); XCTFail("loaded", file: file, line: line); return "" } catch { return error.message }
    }

    func testBadFilesAreRefusedNamingFileAndLine() throws {
        XCTAssertEqual(try failure { try $0.write("TOY_A.txt", "1, 2\n2, 9\n") },
                       "TOY_A.txt: line 2, column 2: node 9 is outside 1...6 (the graph indicator has 6 nodes)")
        XCTAssertEqual(try failure { try $0.write("TOY_A.txt", "1, 2\n3, 4\n") },
                       "TOY_A.txt: line 2, column 2: edge (3, 4) joins graph 1 to graph 2: an edge stays inside its graph")
        XCTAssertEqual(try failure { try $0.write("TOY_A.txt", "1, 2, 3\n") }, "TOY_A.txt: 3 columns, expected 2 (row, col)")
        XCTAssertEqual(try failure { try $0.write("TOY_A.txt", "1, 2\n2, x\n") }.hasPrefix("TOY_A.txt: line 2, column 2:"), true)
        XCTAssertEqual(try failure { try $0.write("TOY_graph_indicator.txt", "1\n1\n2\n1\n2\n3\n") },
                       "TOY_graph_indicator.txt: line 4, column 1: graph id 1 after 2: a graph's nodes must be consecutive, in graph order")
        XCTAssertEqual(try failure { try $0.write("TOY_graph_indicator.txt", "1\n1\n1\n2\n2\n4\n") },
                       "TOY_graph_indicator.txt: line 6, column 1: graph id 4 is outside 1...3 (the graph labels file has 3 rows)")
        XCTAssertEqual(try failure { try $0.write("TOY_graph_labels.txt", "7\n7\n7\n") },
                       "TOY_graph_labels.txt: every graph has label 7: classification needs at least 2 classes")
        XCTAssertEqual(try failure { try $0.write("TOY_node_labels.txt", "1\n2\n3\n") },
                       "TOY_node_labels.txt: 3 rows of node labels, but the graph indicator has 6 nodes")
        XCTAssertEqual(try failure { try $0.write("TOY_node_attributes.txt", "0.5, 1\n1.5, nan\n2.5, 3\n3.5, 4\n4.5, 5\n5.5, 6\n") },
                       "TOY_node_attributes.txt: line 2, column 2: nan is not a finite number (node attributes must be)")
        let missing = try failure { try FileManager.default.removeItem(atPath: $0.path("TOY_graph_labels.txt")) }
        XCTAssertTrue(missing.hasSuffix("/TOY: TOY_A.txt is here but TOY_graph_labels.txt is missing (the TU format needs both)"), missing)
    }
}
