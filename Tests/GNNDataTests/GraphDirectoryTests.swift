// Users' dataset directories: .npy, CSV, gzip, dataset.json and the OGB layout read into the same Dataset,
// and every kind of bad input refused with its file and position.
import XCTest
import GNNData
import GNNTestSupport

final class GraphDirectoryTests: XCTestCase {
    func load(_ f: DatasetFixture) throws -> Dataset { try GraphDirectory.load(f.directory) }

    /// The message of the error loading `f` throws (fails the test when it loads).
    func failure(_ f: DatasetFixture, file: StaticString = #filePath, line: UInt = #line) -> String {
        do { _ = try GraphDirectory.load(f.directory); XCTFail("loaded", file: file, line: line); return "" } catch { return error.message }
    }

    func testNPYFilesByConventionalNamesLoadEveryPiece() throws {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph()
        let d = try load(f)
        XCTAssertEqual(d.name, "graph")
        XCTAssertEqual([d.numNodes, d.numEdges, d.numFeatures, d.numClasses], [6, 12, 3, 2])
        XCTAssertEqual(Array(d.src.prefix(4)), [0, 1, 1, 2])
        XCTAssertEqual(Array(d.dst.prefix(4)), [1, 0, 2, 1])
        XCTAssertEqual(Array(d.features[3..<6]), [1, 1.25, 1.5])
        XCTAssertEqual(d.labels, [0, 1, 0, 1, 0, 1])
        XCTAssertEqual([d.trainIndex, d.valIndex, d.testIndex], [[0, 1], [2, 3], [4, 5]])
        XCTAssertEqual(d.numEdgeFeatures, 0)
        XCTAssertEqual(d.notes, ["layout: files named by convention (docs/datasets.md)"])
    }

    func testCSVFilesGiveTheSameDatasetAsNPY() throws {
        let a = try DatasetFixture(self), b = try DatasetFixture(self)
        try a.writeSmallGraph()
        try b.writeSmallGraph(csv: true)
        let x = try load(a), y = try load(b)
        XCTAssertEqual(x.features, y.features)
        XCTAssertEqual([x.src, x.dst], [y.src, y.dst])
        XCTAssertEqual(x.labels, y.labels)
        XCTAssertEqual([x.trainIndex, x.valIndex, x.testIndex], [y.trainIndex, y.valIndex, y.testIndex])
    }

    func testManifestNamesTheFilesMasksAndClassCount() throws {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph()
        try f.writeBool("tr.npy", [true, true, true, false, false, false])
        try f.write("va.csv", "0\n0\n0\n1\n0\n0\n")
        try f.writeInt32("te.npy", shape: [2], [5, 4])
        try FileManager.default.removeItem(atPath: f.path("train_idx.npy"))
        try f.write("dataset.json", """
            {"name": "ring", "edges": "edges.npy", "node_features": "node_features.npy", "labels": "labels.npy",
             "num_classes": 4, "train_mask": "tr.npy", "val_mask": "va.csv", "test": "te.npy"}
            """)
        let d = try load(f)
        XCTAssertEqual(d.name, "ring")
        XCTAssertEqual(d.numClasses, 4)
        XCTAssertEqual([d.trainIndex, d.valIndex, d.testIndex], [[0, 1, 2], [3], [5, 4]])
    }

    func testEdgesAsEByTwoInt32AndFortranOrderFloat64Features() throws {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph()
        try f.writeInt32("edges.npy", shape: [3, 2], [0, 1, 1, 2, 5, 0])
        // Column-major [6, 2]: column 0 is 0..5, column 1 is 10..15.
        try f.writeNPY("node_features.npy", descr: "<f8", shape: [6, 2], fortran: true,
                       data: (0..<12).flatMap { f.bytes(Double($0 < 6 ? $0 : $0 + 4).bitPattern) })
        let d = try load(f)
        XCTAssertEqual([d.src, d.dst], [[0, 1, 5], [1, 2, 0]])
        XCTAssertEqual(Array(d.features.prefix(4)), [0, 10, 1, 11])
    }

    func testEdgeFeaturesFromCSVColumnsOrTheirOwnFile() throws {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph()
        try FileManager.default.removeItem(atPath: f.path("edges.npy"))
        try f.write("edges.csv", "0,1,0.5,1\n1,2,0.25,2\n2,3,1e-1,3\n")
        var d = try load(f)
        XCTAssertEqual(d.numEdgeFeatures, 2)
        XCTAssertEqual(d.edgeFeatures, [0.5, 1, 0.25, 2, 0.1, 3])
        try f.write("edges.csv", "0,1\n1,2\n2,3\n")
        try f.writeFloat32("edge_attr.npy", shape: [3], [7, 8, 9])
        d = try load(f)
        XCTAssertEqual([d.numEdgeFeatures], [1])
        XCTAssertEqual(d.edgeFeatures, [7, 8, 9])
        try f.writeFloat32("edge_attr.npy", shape: [2], [7, 8])
        XCTAssertEqual(failure(f), "edge_attr.npy: 2 rows for 3 edges (edges.csv): one row per edge, in the same order")
    }

    func testSelfLoopsAndRepeatedEdgesAreReportedAndKept() throws {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph()
        try FileManager.default.removeItem(atPath: f.path("edges.npy"))
        try f.write("edges.csv", "src,dst\n0,1\n2,2\n0,1\n3,4\n0,1\n4,4\n")
        let d = try load(f)
        XCTAssertEqual(d.numEdges, 6)
        XCTAssertEqual(Array(d.notes.dropFirst()), [
            "edges.csv: 2 self-loops (first at line 3, column 1 ('src'): 2 -> 2); kept (`self_loops = add` in a spec's graph block replaces them)",
            "edges.csv: 2 repeated edges (first at line 4, column 1 ('src'): 0 -> 1, as at line 2, column 1 ('src')); kept, each copy is a message",
        ])
    }

    func testUndirectedAddsReversesAndRemovesRepeatsAsToUndirected() throws {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph()
        try f.writeInt64("edges.npy", shape: [2, 4], [0, 1, 3, 1, /**/ 1, 0, 2, 0])
        try f.writeFloat32("edge_features.npy", shape: [4, 1], [10, 11, 12, 13])
        try f.write("dataset.json", """
            {"edges": "edges.npy", "node_features": "node_features.npy", "labels": "labels.npy", "edge_features": "edge_features.npy",
             "train": "train_idx.npy", "val": "val_idx.npy", "test": "test_idx.npy", "undirected": true}
            """)
        let d = try load(f)
        XCTAssertEqual(d.src, [0, 1, 2, 3])
        XCTAssertEqual(d.dst, [1, 0, 3, 2])
        XCTAssertEqual(d.edgeFeatures, [10, 11, 12, 12])
        XCTAssertTrue(d.notes.contains("undirected: 4 edges in the file, 4 after adding reverses and removing repeats (PyG's to_undirected)"))
    }

    func testOGBLayoutWithGzipAndConcatenatedMembers() throws {
        let f = try DatasetFixture(self, name: "ogbn_products")
        try f.writeGzip("raw/edge.csv.gz", "0,1\n1,2\n2,3\n")
        try f.writeGzip("raw/node-feat.csv.gz", (0..<5).map { "\($0),0.5" }.joined(separator: "\n") + "\n")
        try f.writeGzip("raw/node-label.csv.gz", "0\n1\n2\n0\n1\n")
        try f.writeGzip("raw/num-node-list.csv.gz", "5\n")
        try f.writeGzip("split/sales_ranking/train.csv.gz", "0\n1\n")
        try f.writeGzip("split/sales_ranking/valid.csv.gz", "2\n")
        // Two gzip members in one file read as one stream, as gzip -dc reads them.
        try f.writeGzip("split/sales_ranking/a.csv.gz", "3\n")
        try f.writeGzip("split/sales_ranking/b.csv.gz", "4\n")
        let a = try Data(contentsOf: URL(fileURLWithPath: f.path("split/sales_ranking/a.csv.gz")))
        let b = try Data(contentsOf: URL(fileURLWithPath: f.path("split/sales_ranking/b.csv.gz")))
        try (a + b).write(to: URL(fileURLWithPath: f.path("split/sales_ranking/test.csv.gz")))
        let d = try load(f)
        XCTAssertEqual([d.numNodes, d.numFeatures, d.numClasses], [5, 2, 3])
        XCTAssertEqual(d.testIndex, [3, 4])
        // ogbn-products stores each undirected edge once: its reverse is added (add_inverse_edge).
        XCTAssertEqual(d.src, [0, 1, 1, 2, 2, 3])
        XCTAssertEqual(d.dst, [1, 0, 2, 1, 3, 2])
        XCTAssertTrue(d.notes[0].hasPrefix("layout: OGB node-property-prediction layout, split/sales_ranking"), d.notes[0])
        // A damaged member is an error naming the file.
        try Data(a.prefix(a.count - 6)).write(to: URL(fileURLWithPath: f.path("split/sales_ranking/test.csv.gz")))
        XCTAssertEqual(failure(f), "split/sales_ranking/test.csv.gz: the gzip data ends early (the file is truncated)")
        try Data("plain".utf8).write(to: URL(fileURLWithPath: f.path("split/sales_ranking/test.csv.gz")))
        XCTAssertEqual(failure(f), "split/sales_ranking/test.csv.gz: not valid gzip data: incorrect header check")
    }

    func testDatasetsLoadTakesAPathAndValidatesItWithoutReading() throws {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph()
        XCTAssertEqual(try Datasets.load(f.directory).numNodes, 6)
        XCTAssertTrue(GraphDirectory.isPath("./graph") && GraphDirectory.isPath("data/graph") && !GraphDirectory.isPath("cora"))
        XCTAssertThrowsError(try Datasets.validateName(f.directory + "-missing")) { e in
            XCTAssertEqual((e as? DatasetError)?.message, "dataset directory \(f.directory)-missing does not exist or is not a directory")
        }
    }
}
