// Bad dataset directories: each refusal names the file and the row/column (or element, or JSON line:col) at fault.
import XCTest
import GNNData
import GNNTestSupport

final class GraphDirectoryErrorTests: XCTestCase {
    /// The error loading a small graph after `damage` changed it.
    func failure(_ damage: (DatasetFixture) throws -> Void, csv: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph(csv: csv)
        try damage(f)
        do { _ = try GraphDirectory.load(f.directory); XCTFail("loaded", file: file, line: line); return "" } catch { return error.message }
    }

    func testNodeIdsOutOfRangeNameTheElementOrLine() throws {
        XCTAssertEqual(try failure { try $0.writeInt64("edges.npy", shape: [2, 3], [0, 1, 2, 1, 2, 9]) },
                       "edges.npy: element [1, 2]: node 9 is outside 0...5 (node_features.npy has 6 rows)")
        XCTAssertEqual(try failure({ try $0.write("edges.csv", "src,dst\n0,1\n1,-3\n") }, csv: true),
                       "edges.csv: line 3, column 2 ('dst'): node -3 is outside 0...5 (node_features.csv has 6 rows)")
    }

    func testWrongDtypesShapesAndTruncatedFiles() throws {
        XCTAssertEqual(try failure { try $0.writeFloat32("edges.npy", shape: [2, 1], [0, 1]) },
                       "edges.npy: dtype float32: node ids must be integers (int32 or int64)")
        XCTAssertEqual(try failure { try $0.writeInt64("edges.npy", shape: [3, 3], Array(repeating: 0, count: 9)) },
                       "edges.npy: shape (3, 3): edges must be [2, E] (PyG's edge_index) or [E, 2]")
        XCTAssertEqual(try failure { try $0.writeNPY("edges.npy", descr: "<i8", shape: [2, 4], data: Array(repeating: 0, count: 40)) },
                       "edges.npy: shape (2, 4) of int64 needs 64 bytes of data, the file holds 40: the header does not match the data")
        // A header claiming 10^15 elements is refused before anything is allocated.
        XCTAssertEqual(try failure { try $0.writeNPY("labels.npy", descr: "<i8", shape: [1_000_000_000_000_000], data: Array(repeating: 0, count: 48)) },
                       "labels.npy: shape (1000000000000000,) of int64 needs 8000000000000000 bytes of data, the file holds 48: the header does not match the data")
        XCTAssertEqual(try failure { try $0.writeNPY("labels.npy", descr: "<c8", shape: [6], data: []) },
                       "labels.npy: dtype '<c8' is not supported (bool, int8 to int64, uint8 to uint64, float16, float32, float64 are)")
        XCTAssertEqual(try failure { try $0.writeBytes("labels.npy", Array("not numpy".utf8)) },
                       "labels.npy: not a .npy file (no \\x93NUMPY magic at the start)")
        XCTAssertEqual(try failure { try $0.writeFloat32("labels.npy", shape: [6], [0, 1, 0.5, 1, 0, 1]) },
                       "labels.npy: element 2: label 0.5 is not an integer")
        XCTAssertEqual(try failure { try $0.writeInt64("labels.npy", shape: [5], [0, 1, 0, 1, 0]) },
                       "labels.npy: 5 labels for 6 nodes (node_features.npy has 6 rows)")
    }

    func testNonFiniteFeaturesAndLabelsOutOfRange() throws {
        XCTAssertEqual(try failure { try $0.writeFloat32("node_features.npy", shape: [6, 3], (0..<18).map { $0 == 7 ? .nan : 1 }) },
                       "node_features.npy: element [2, 1]: nan is not a finite number (node features must be)")
        XCTAssertEqual(try failure({ try $0.write("node_features.csv", "1,2,3\n1,inf,3\n1,2,3\n1,2,3\n1,2,3\n1,2,3\n") }, csv: true),
                       "node_features.csv: line 2, column 2: inf is not a finite number (node features must be)")
        XCTAssertEqual(try failure { f in
            try f.write("dataset.json", """
                {"edges": "edges.npy", "node_features": "node_features.npy", "labels": "labels.npy", "num_classes": 2,
                 "train": "train_idx.npy", "val": "val_idx.npy", "test": "test_idx.npy"}
                """)
            try f.writeInt64("labels.npy", shape: [6], [0, 1, 0, 5, 0, 1])
        }, "labels.npy: element 3: label 5 is outside 0...1 (num_classes is 2); -1 marks an unlabelled node")
    }

    func testCSVRowsWithTheWrongColumnsOrNotNumbers() throws {
        XCTAssertEqual(try failure({ try $0.write("node_features.csv", "1,2,3\n1,2\n") }, csv: true),
                       "node_features.csv: line 2: 2 columns, expected 3 (node features)")
        XCTAssertEqual(try failure({ try $0.write("edges.csv", "0,1\n1,x2\n") }, csv: true),
                       "edges.csv: line 2, column 2: 'x2' is not an integer")
        XCTAssertEqual(try failure({ try $0.write("edges.csv", "0,1\n\n1,2\n") }, csv: true),
                       "edges.csv: line 2 is empty (blank lines may only end the file)")
        XCTAssertEqual(try failure({ try $0.write("edges.csv", "0,1\n1,99999999999999999999\n") }, csv: true),
                       "edges.csv: line 2, column 2: '99999999999999999999' does not fit a 64-bit integer")
    }

    /// Found by review: a huge integer label trapped converting to Int32; an empty .npy split and
    /// a graph without nodes were accepted; spaces inside a number were dropped.
    func testHugeLabelsEmptySplitsNoNodesAndSpacesInsideNumbers() throws {
        XCTAssertEqual(try failure { try $0.writeInt64("labels.npy", shape: [6], [0, 1, 0, 4_294_967_296, 0, 1]) },
                       "labels.npy: element 3: label 4294967296 is outside -1...1073741823 (-1 marks an unlabelled node)")
        XCTAssertEqual(try failure { try $0.writeInt64("val_idx.npy", shape: [0], []) }, "val_idx.npy: the val split lists no node")
        XCTAssertEqual(try failure { try $0.writeFloat32("node_features.npy", shape: [0, 3], []) },
                       "node_features.npy: no rows: a graph needs at least one node")
        XCTAssertEqual(try failure({ try $0.write("labels.csv", "0\n1\n0\n1 0\n0\n1\n") }, csv: true),
                       "labels.csv: line 4, column 1: '1 0' is not a number")
    }

    /// A first row is a header only when none of its fields is a number; a UTF-8 byte-order mark is skipped.
    func testHeadersAndByteOrderMarks() throws {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph(csv: true)
        try f.writeBytes("edges.csv", [0xEF, 0xBB, 0xBF] + Array("0,1\n1,2\n".utf8))
        let d = try GraphDirectory.load(f.directory)
        XCTAssertEqual([d.src, d.dst], [[0, 1], [1, 2]], "the first edge survives the mark")
        XCTAssertEqual(try failure({ try $0.write("edges.csv", ",1\n1,2\n") }, csv: true), "edges.csv: line 1, column 1: '' is not an integer")
    }

    func testSplitsThatOverlapRepeatOrHoldUnlabelledNodes() throws {
        XCTAssertEqual(try failure { try $0.writeInt64("test_idx.npy", shape: [2], [3, 4]) },
                       "test_idx.npy: node 3 is in both the val split (val_idx.npy) and the test split")
        XCTAssertEqual(try failure { try $0.writeInt64("train_idx.npy", shape: [3], [0, 1, 0]) },
                       "train_idx.npy: element 2: node 0 is listed twice in the train split (also at element 0)")
        XCTAssertEqual(try failure { try $0.writeInt64("train_idx.npy", shape: [2], [0, 6]) },
                       "train_idx.npy: element 1: node 6 is outside 0...5")
        XCTAssertEqual(try failure { try $0.writeInt64("labels.npy", shape: [6], [0, -1, 0, 1, 0, 1]) },
                       "train_idx.npy: node 1 is in the train split but unlabelled in labels.npy")
        XCTAssertEqual(try failure { f in
            try FileManager.default.removeItem(atPath: f.path("val_idx.npy"))
            try f.write("val_mask.csv", "0\n0\n2\n0\n0\n0\n")
        }, "val_mask.csv: line 3, column 1: 2 in a mask (0 or 1 expected)")
    }

    func testMissingAmbiguousAndMisnamedPieces() throws {
        XCTAssertEqual(try failure { try FileManager.default.removeItem(atPath: $0.path("labels.npy")) }.replacingOccurrences(of: #"^.*: no"#, with: "no", options: .regularExpression),
                       "no labels file (looked for labels.npy|.csv|.csv.gz, y.npy|.csv|.csv.gz)")
        let both = try failure { try $0.write("edges.csv", "0,1\n") }
        XCTAssertTrue(both.hasSuffix("both edges.npy and edges.csv could be the edges; keep one, or name it in dataset.json"), both)
        XCTAssertTrue(try failure { try FileManager.default.removeItem(atPath: $0.path("test_idx.npy")) }
            .hasSuffix("no test split: give test_idx (node indices) or test_mask (0/1 per node)"))
    }

    func testManifestErrorsHaveLineAndColumn() throws {
        XCTAssertEqual(try failure { try $0.write("dataset.json", "{\n  \"edges\": \"edges.npy\",\n  \"lables\": \"labels.npy\"\n}") },
                       "dataset.json:3:3: unknown key \"lables\"; known: name, num_classes, num_nodes, undirected, edges, node_features, labels, "
                       + "edge_features, train, val, test, train_mask, val_mask, test_mask")
        let missing = try failure { try $0.write("dataset.json", "{\"edges\": \"edges.npy\", \"labels\": \"nope.npy\"}") }
        XCTAssertTrue(missing.hasPrefix("dataset.json:1:34: \"labels\": nope.npy does not exist in /") && missing.hasSuffix("/graph"), missing)
        XCTAssertEqual(try failure { try $0.write("dataset.json", "{\"edges\": 3}") },
                       "dataset.json:1:11: \"edges\" must be a file name (a string), not a number")
        XCTAssertEqual(try failure { try $0.write("dataset.json", "{\"edges\": \"edges.npy\",\n \"undirected\": yes}") },
                       "dataset.json:2:16: expected a JSON value")
        XCTAssertEqual(try failure { try $0.write("dataset.json", "[1, 2]") },
                       "dataset.json:1:1: the manifest must be an object, not an array")
    }
}
