// A user's graph directory trains exactly as the built-in dataset it was written from: Cora exported
// to .npy (as a NumPy user would write it) gives the same losses, epoch for epoch, as --dataset cora.
import XCTest
import GNNData
import GNNDiagnostics
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

    /// gcn_ew.gnn (GCNConv with edge_weight) on Cora whose every edge weighs 1 is GCN: the weighted
    /// in-degree is the in-degree and each message is multiplied by 1, so every epoch's loss and
    /// accuracy equal gcn.gnn's on the built-in Cora. With the weights halved they do not.
    func testGCNWithUnitEdgeWeightsTrainsAsGCN() throws {
        let f = try DatasetFixture(self, name: "cora-unit-weights")
        try exportCora(to: f)
        let d = try Planetoid.load(name: "cora", directory: try planetoidDirectory())
        try f.writeFloat32("edge_features.npy", shape: [d.numEdges, 1], [Float](repeating: 1, count: d.numEdges))
        let cache = f.directory + "-cache"
        func run(_ spec: String, _ dataset: String) throws -> RunReport {
            var o = RunOptions(specPath: repoRoot() + "/ModelSpecs/\(spec).gnn", dataset: dataset, dataDirectory: try planetoidDirectory(), epochs: 8, runs: 1)
            o.settings = Settings.process.with(["GNNC_CACHE_DIR": cache])
            return try RunDriver.run(o) { _, _ in }
        }
        let weighted = try run("gcn_ew", f.directory), plain = try run("gcn", "cora")
        XCTAssertEqual(weighted.datasetSummary?.edgeFeatures, 1)
        for (a, b) in zip(weighted.runs[0].epochs, plain.runs[0].epochs) {
            XCTAssertEqual(a.loss, b.loss, accuracy: 1e-6 * b.loss, "epoch \(a.epoch)")
            XCTAssertEqual(a.testAccuracy, b.testAccuracy, "epoch \(a.epoch)")
        }
        // Halved weights: the messages shrink, the loops still weigh 1, so the model differs.
        try f.writeFloat32("edge_features.npy", shape: [d.numEdges, 1], [Float](repeating: 0.5, count: d.numEdges))
        let halved = try run("gcn_ew", f.directory)
        XCTAssertNotEqual(halved.runs[0].epochs.last?.loss, plain.runs[0].epochs.last?.loss)
    }

    /// gine.gnn's D is bound from the dataset's edge feature width; its training runs on a directory
    /// graph with two features per edge and refuses the same graph without them.
    func testGINETakesItsEdgeWidthFromTheDataset() throws {
        let f = try DatasetFixture(self)
        try f.writeSmallGraph()
        try f.writeFloat32("edge_features.npy", shape: [12, 2], (0..<24).map { Float($0 % 5) / 4 })
        var o = RunOptions(specPath: repoRoot() + "/ModelSpecs/gine.gnn", dataset: f.directory, epochs: 3, runs: 1)
        o.settings = Settings.process.with(["GNNC_CACHE_DIR": f.directory + "-cache"])
        let report = try RunDriver.run(o) { _, _ in }
        XCTAssertEqual(report.dims, ["F": 3, "C": 2, "D": 2])
        XCTAssertTrue(report.runs[0].epochs.allSatisfy { $0.loss.isFinite })
        try FileManager.default.removeItem(atPath: f.path("edge_features.npy"))
        XCTAssertThrowsError(try RunDriver.run(o) { _, _ in }) { error in
            guard case RunFailure.diagnostics(let out)? = error as? RunFailure else { return XCTFail("\(error)") }
            XCTAssertEqual(out.diagnostics.map(\.id), [.inputNotInDataset])
            XCTAssertTrue(out.diagnostics[0].message.hasPrefix("input 'e' of GINE is edge data, but graph has no edge features"), out.diagnostics[0].message)
        }
    }
}
