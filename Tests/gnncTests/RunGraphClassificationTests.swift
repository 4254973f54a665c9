// `gnnc run` with a graph classifier: the GIN ModelSpec on the synthetic collection and on a TU
// directory the test writes, fold by fold; mismatched model and dataset kinds are refused.
import XCTest
import Foundation
import GNNTestSupport

final class RunGraphClassificationTests: XCTestCase {
    func run(_ args: [String], in dir: URL) throws -> GnncResult {
        try gnnc(arguments: ["run"] + args, in: dir, environment: ["GNNC_CACHE_DIR": dir.path + "/cache"], timeout: 300)
    }

    func testGINTrainsOnSyntheticGraphsFoldByFold() throws {
        let dir = try makeTempDirectory()
        let r = try run([Inputs.spec("gin_graph"), "--dataset", "synthetic-graphs:60,3,2,1", "--epochs", "2", "--runs", "2", "--folds", "5",
                         "--json", "r.json"], in: dir)
        assertExit(r, 0)
        assertContains(r.stdout, "dataset synthetic-graphs:60,3,2,1: 60 graphs, ")
        assertContains(r.stdout, "3 features, 2 classes; 5 folds, split 36/12/12 graphs")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.json"))) as? [String: Any]
        let dataset = try XCTUnwrap(json?["dataset"] as? [String: Any])
        XCTAssertEqual(dataset["graphs"] as? Int, 60)
        XCTAssertEqual(dataset["folds"] as? Int, 5)
        XCTAssertEqual((json?["runs"] as? [Any])?.count, 2)
    }

    func testATUDirectoryTrains() throws {
        let dir = try makeTempDirectory()
        let f = try DatasetFixture(self, name: "RINGS")
        // 12 graphs: 6-rings (label 2) and triangles with a tail (label 5), 1-based, both directions.
        var a = "", indicator = "", labels = "", base = 0
        for g in 0..<12 {
            let ring = g % 2 == 0
            let pairs = ring ? (0..<6).map { ($0, ($0 + 1) % 6) } : [(0, 1), (1, 2), (2, 0), (2, 3)]
            let n = ring ? 6 : 4
            for (u, v) in pairs { a += "\(base + u + 1), \(base + v + 1)\n\(base + v + 1), \(base + u + 1)\n" }
            indicator += String(repeating: "\(g + 1)\n", count: n)
            labels += ring ? "2\n" : "5\n"
            base += n
        }
        try f.write("RINGS_A.txt", a)
        try f.write("RINGS_graph_indicator.txt", indicator)
        try f.write("RINGS_graph_labels.txt", labels)
        let r = try run([Inputs.spec("gin_graph"), "--dataset", f.directory, "--epochs", "2", "--folds", "3"], in: dir)
        assertExit(r, 0)
        assertContains(r.stdout, "dataset RINGS: 12 graphs, 60 nodes, 120 edges, 1 features, 2 classes; 3 folds, split 4/4/4 graphs")
        assertContains(r.stdout, "  note: graph labels 2, 5 mapped to 0..<2")
    }

    /// The directory layout of one graph plus graph_ids and graph_labels; a fixed split replaces the folds.
    func testAGraphIdsDirectoryWithAFixedSplitTrains() throws {
        let dir = try makeTempDirectory()
        let f = try DatasetFixture(self, name: "pairs")
        var edges = "src,dst\n", ids = "", labels = "", features = ""
        for g in 0..<9 {
            // Label 1: a triangle; label 0: a path of three nodes.
            let b = 3 * g, triangle = g % 3 != 0
            for (u, v) in triangle ? [(0, 1), (1, 2), (2, 0)] : [(0, 1), (1, 2)] { edges += "\(b + u),\(b + v)\n\(b + v),\(b + u)\n" }
            ids += "\(g)\n\(g)\n\(g)\n"
            labels += triangle ? "1\n" : "0\n"
            features += "1\n1\n1\n"
        }
        try f.write("edges.csv", edges)
        try f.write("features.csv", features)
        try f.write("graph_ids.csv", ids)
        try f.write("graph_labels.csv", labels)
        try f.write("train_graphs.csv", "0\n1\n2\n3\n4\n")
        try f.write("val_graphs.csv", "5\n6\n")
        try f.write("test_graphs.csv", "7\n8\n")
        let r = try run([Inputs.spec("gin_graph"), "--dataset", f.directory, "--epochs", "2", "--runs", "2"], in: dir)
        assertExit(r, 0)
        assertContains(r.stdout, "dataset pairs: 9 graphs, 27 nodes, 48 edges, 1 features, 2 classes; split 5/2/2 graphs")
        assertContains(r.stdout, "  note: split: train_graphs.csv, val_graphs.csv, test_graphs.csv (no folds)")
    }

    func testModelAndDatasetKindsMustAgree() throws {
        let dir = try makeTempDirectory()
        let nodeModel = try run([Inputs.spec("gcn"), "--dataset", "synthetic-graphs:small", "--epochs", "1"], in: dir)
        assertExit(nodeModel, 1)
        assertContains(nodeModel.stderr, "'synthetic-graphs:small' is a graph-classification dataset (many graphs, a label per graph): train it with a model that returns graph[C]")
        let graphModel = try run([Inputs.spec("gin_graph"), "--dataset", "synthetic:100,300,4,2,1", "--epochs", "1"], in: dir)
        assertExit(graphModel, 1)
        assertContains(graphModel.stderr, "'synthetic:100,300,4,2,1' is not a graph-classification dataset")
        let folds = try run([Inputs.spec("gin_graph"), "--dataset", "synthetic-graphs:5,3,2,1", "--epochs", "1"], in: dir)
        assertExit(folds, 2)
        assertContains(folds.stderr, "--folds 10: synthetic-graphs:5,3,2,1 has 5 graphs; k-fold runs need 2 <= k <= the graph count")
        // One graph: no folds at all (2...1 is no range), refused rather than trapped.
        let one = try run([Inputs.spec("gin_graph"), "--dataset", "synthetic-graphs:1,3,2,1", "--epochs", "1", "--folds", "2"], in: dir)
        assertExit(one, 2)
        assertContains(one.stderr, "--folds 2: synthetic-graphs:1,3,2,1 has 1 graph; k-fold runs need 2 <= k <= the graph count")
    }
}
