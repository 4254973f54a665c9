// Trains GCN on Cora end to end (spec, Planetoid reader, fused CPU kernels, Adam) and checks the
// accuracy reaches PyG's level; the data comes from GNNC_DATA_DIR, and CI fails if it is missing.
import XCTest
import GNNCompiler
import GNNTraining
import GNNExecution
import GNNRuntime
import GNNTestSupport

final class CoraTrainingTests: XCTestCase {
    func dataDirectory() throws -> String { try planetoidDirectory() }

    func testGCNOnCoraReachesEightyPercent() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-cora-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: cache) }
        var options = RunOptions(specPath: repoRoot() + "/ModelSpecs/gcn.gnn", dataset: "cora", dataDirectory: try dataDirectory(), runs: 2)
        options.settings = Settings.process.with(["GNNC_CACHE_DIR": cache])
        let report = try RunDriver.run(options) { _, _ in }
        XCTAssertEqual(report.runs.count, 2)
        XCTAssertEqual(report.epochs, 200)
        let (mean, _) = RunReport.meanStd(report.runs.map(\.testAccuracyAtBestVal))
        XCTAssertGreaterThanOrEqual(mean, 0.80, report.summary)
        // The same seed gives the same run, bit for bit.
        var short = options
        (short.epochs, short.runs) = (20, 1)
        let again = try RunDriver.run(short) { _, _ in }
        XCTAssertEqual(again.runs[0].epochs.map(\.loss), Array(report.runs[0].epochs.prefix(20).map(\.loss)))
    }

    /// The train block's other losses on Cora, through the same driver as `gnnc run`. nll of GCN
    /// ending in log_softmax is cross_entropy of plain GCN: with the same seed (the same initial
    /// weights and dropout masks) every epoch's training and validation loss agree to float
    /// rounding, and so do the accuracies. mse against the one-hot labels trains too: its loss
    /// falls and the argmax of its outputs classifies far above chance (1/7).
    func testNllAndMseLossesTrainGCNOnCora() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-losses-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let gcn = try String(contentsOfFile: repoRoot() + "/ModelSpecs/gcn.gnn", encoding: .utf8)
        let output = "  return gcn_conv<HIDDEN, C>(h) as conv2"
        XCTAssertTrue(gcn.contains(output) && gcn.contains("loss = cross_entropy"))
        let nll = gcn.replacingOccurrences(of: output, with: "  return log_softmax(gcn_conv<HIDDEN, C>(h) as conv2)")
            .replacingOccurrences(of: "loss = cross_entropy", with: "loss = nll")
        let mse = gcn.replacingOccurrences(of: "loss = cross_entropy", with: "loss = mse")
        func train(_ name: String, _ text: String, epochs: Int) throws -> [EpochLog] {
            let path = dir + "/\(name).gnn"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            var options = RunOptions(specPath: path, dataset: "cora", dataDirectory: try dataDirectory(), epochs: epochs, runs: 1)
            options.settings = Settings.process.with(["GNNC_CACHE_DIR": dir + "/cache"])
            let report = try RunDriver.run(options) { _, _ in }
            return try XCTUnwrap(report.runs.first).epochs
        }
        let ce = try train("gcn_ce", gcn, epochs: 15), viaNll = try train("gcn_nll", nll, epochs: 15)
        XCTAssertEqual(viaNll.count, 15)
        XCTAssertLessThan(ce.last!.loss, 0.95 * ce.first!.loss, "cross-entropy falls")
        for (a, b) in zip(viaNll, ce) {
            XCTAssertEqual(a.loss, b.loss, accuracy: 1e-5 * b.loss, "epoch \(a.epoch) training loss")
            XCTAssertEqual(a.valLoss, b.valLoss, accuracy: 1e-5 * b.valLoss, "epoch \(a.epoch) validation loss")
            XCTAssertEqual(a.valAccuracy, b.valAccuracy, accuracy: 0.005, "epoch \(a.epoch)")
            XCTAssertEqual(a.testAccuracy, b.testAccuracy, accuracy: 0.005, "epoch \(a.epoch)")
        }
        let squared = try train("gcn_mse", mse, epochs: 30)
        XCTAssertLessThan(squared.last!.loss, 0.8 * squared.first!.loss, "\(squared.map(\.loss))")
        XCTAssertLessThan(squared.last!.valLoss, squared.first!.valLoss)
        // One-hot targets: the mean over 7 outputs of a squared error starts near 1/7 and falls.
        XCTAssertLessThan(squared.first!.loss, 0.2)
        XCTAssertGreaterThan(squared.map(\.valAccuracy).max()!, 0.6, "\(squared.map(\.valAccuracy))")
    }
}
