// A user's graph directory trains exactly as the built-in dataset it was written from: Cora exported
// to .npy (as a NumPy user would write it) gives the same losses, epoch for epoch, as --dataset cora.
import XCTest
import GNNData
import GNNTraining
import GNNRuntime
import GNNTestSupport

final class DirectoryDatasetTrainingTests: XCTestCase {
    /// Cora's arrays in the conventional file names: edges [2, E] int64, features [N, F] float32, labels and splits int64.
    func exportCora(to f: DatasetFixture) throws {
        let d = try Planetoid.load(name: "cora", directory: try planetoidDirectory())
        try f.writeInt64("edges.npy", shape: [2, d.numEdges], (d.src + d.dst).map(Int64.init))
        try f.writeFloat32("node_features.npy", shape: [d.numNodes, d.numFeatures], d.features)
        try f.writeInt64("labels.npy", shape: [d.numNodes], d.labels.map(Int64.init))
        for (name, index) in [("train_idx.npy", d.trainIndex), ("val_idx.npy", d.valIndex), ("test_idx.npy", d.testIndex)] {
            try f.writeInt64(name, shape: [index.count], index.map(Int64.init))
        }
    }

    func testCoraWrittenAsNPYTrainsLikeTheBuiltInCora() throws {
        let f = try DatasetFixture(self, name: "my-cora")
        try exportCora(to: f)
        let cache = f.directory + "-cache"
        func run(_ dataset: String) throws -> RunReport {
            var o = RunOptions(specPath: repoRoot() + "/ModelSpecs/gcn.gnn", dataset: dataset, dataDirectory: try planetoidDirectory(), epochs: 10, runs: 1)
            o.settings = Settings.process.with(["GNNC_CACHE_DIR": cache])
            return try RunDriver.run(o) { _, _ in }
        }
        let mine = try run(f.directory), builtIn = try run("cora")
        XCTAssertEqual(mine.runs[0].epochs.map(\.loss), builtIn.runs[0].epochs.map(\.loss))
        XCTAssertEqual(mine.runs[0].epochs.map(\.testAccuracy), builtIn.runs[0].epochs.map(\.testAccuracy))
        XCTAssertEqual(mine.datasetSummary?.line, "my-cora: 2708 nodes, 10556 edges, 1433 features, 7 classes; split 140/500/1000")
        XCTAssertTrue(mine.summary.contains("dataset my-cora: 2708 nodes") && mine.summary.contains("  note: layout: files named by convention"), mine.summary)
        XCTAssertTrue(mine.json.contains("\"dataset\": {\"name\": \"my-cora\", \"nodes\": 2708, \"edges\": 10556"), mine.json)
    }
}
