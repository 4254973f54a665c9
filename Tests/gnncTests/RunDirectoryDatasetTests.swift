// `gnnc run --dataset DIR`: a user's graph directory trains through the binary; a bad one exits 1
// with the file and position, a missing one is a usage error (exit 2); nothing is written.
import XCTest
import Foundation
import GNNTestSupport

final class RunDirectoryDatasetTests: XCTestCase {
    func run(_ args: [String], in dir: URL) throws -> GnncResult {
        try gnnc(arguments: ["run"] + args, in: dir, environment: ["GNNC_CACHE_DIR": dir.path + "/cache"], timeout: 300)
    }

    /// A 60-node graph in CSV: two rings whose labels follow the ring, features that say so noisily.
    func writeGraph(_ f: DatasetFixture) throws {
        var edges = "src,dst\n", features = "", labels = ""
        for v in 0..<60 {
            let ring = v / 30, next = ring * 30 + (v % 30 + 1) % 30
            edges += "\(v),\(next)\n\(next),\(v)\n"
            features += "\(ring == 0 ? 1 : 0),\(ring == 1 ? 1 : 0),\(Double(v % 7) / 7)\n"
            labels += "\(ring)\n"
        }
        try f.write("edges.csv", edges)
        try f.write("features.csv", features)
        try f.write("labels.csv", labels)
        try f.write("train_idx.csv", "0\n1\n30\n31\n")
        try f.write("val_idx.csv", (10..<20).map(String.init).joined(separator: "\n") + "\n")
        try f.write("test_idx.csv", (40..<60).map(String.init).joined(separator: "\n") + "\n")
    }

    func testADirectoryTrainsAndTheReportDescribesIt() throws {
        let dir = try makeTempDirectory()
        let f = try DatasetFixture(self, name: "rings")
        try writeGraph(f)
        let r = try run([Inputs.spec("gcn"), "--dataset", f.directory, "--epochs", "30", "--json", "r.json"], in: dir)
        assertExit(r, 0)
        assertContains(r.stdout, "dataset rings: 60 nodes, 120 edges, 3 features, 2 classes; split 4/10/20")
        assertContains(r.stdout, "  note: layout: files named by convention (docs/datasets.md)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.json"))) as? [String: Any]
        let dataset = try XCTUnwrap(json?["dataset"] as? [String: Any])
        XCTAssertEqual(dataset["nodes"] as? Int, 60)
        XCTAssertEqual(dataset["classes"] as? Int, 2)
    }

    func testABadFileExitsOneNamingTheFileAndLine() throws {
        let dir = try makeTempDirectory()
        let f = try DatasetFixture(self, name: "rings")
        try writeGraph(f)
        try f.write("labels.csv", (0..<60).map { $0 == 41 ? "two" : "1" }.joined(separator: "\n"))
        let r = try run([Inputs.spec("gcn"), "--dataset", f.directory, "--json", "r.json"], in: dir)
        assertExit(r, 1)
        assertContains(r.stderr, "labels.csv: line 42, column 1: 'two' is not a number")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.json").path), "no report for a refused dataset")
    }

    func testAMissingDirectoryIsAUsageError() throws {
        let dir = try makeTempDirectory()
        let r = try run([Inputs.spec("gcn"), "--dataset", "./no-such-graph"], in: dir)
        assertExit(r, 2)
        assertContains(r.stderr, "--dataset: dataset directory ./no-such-graph does not exist or is not a directory")
    }
}
