// Checkpoints: save and resume reproduce an uninterrupted run bit for bit, evaluation-only loads
// give the trained accuracies, and a checkpoint that does not fit the spec is refused.
import XCTest
import GNNCompiler
import GNNTraining
import GNNExecution
import GNNRuntime

final class CheckpointTests: XCTestCase {
    func temporaryPath(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-ckpt-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir + "/" + name
    }

    func testSaveAndResumeEqualsOneUninterruptedRun() throws {
        for spec in ["gcn", "gat"] {
            let t = try trainer(spec)
            let data = TrainerTests.plantedPartition(seed: 4)
            let straight = try t.train(data, epochs: 12, seed: 3)
            let first = try t.train(data, epochs: 5, seed: 3)
            let path = temporaryPath("\(spec).safetensors")
            try XCTUnwrap(first.final).write(to: path)
            let loaded = try Checkpoint.read(path, model: t.forward.name, expected: try t.parameterShapes(for: data))
            XCTAssertEqual(loaded, first.final)
            let rest = try t.train(data, epochs: 7, seed: 99, resume: loaded)
            XCTAssertEqual(rest.epochs.map(\.epoch), Array(6...12))
            XCTAssertEqual((first.epochs + rest.epochs).map(\.loss), straight.epochs.map(\.loss), spec)
            XCTAssertEqual(rest.final?.params, straight.final?.params, spec)
            XCTAssertEqual(rest.final?.optimizerState, straight.final?.optimizerState, spec)
            XCTAssertEqual(rest.final?.step, 12)
        }
    }

    func testLoadWithZeroEpochsEvaluatesTheSavedParameters() throws {
        let t = try trainer("sage")
        let data = TrainerTests.plantedPartition(seed: 6)
        let trained = try t.train(data, epochs: 30, seed: 1)
        let eval = try t.train(data, epochs: 0, seed: 0, resume: trained.final)
        XCTAssertEqual(eval.epochs.count, 1)
        let last = try XCTUnwrap(trained.epochs.last), only = try XCTUnwrap(eval.epochs.first)
        XCTAssertEqual([only.trainAccuracy, only.valAccuracy, only.testAccuracy], [last.trainAccuracy, last.valAccuracy, last.testAccuracy])
        XCTAssertEqual(eval.final?.params, trained.final?.params)
        XCTAssertTrue(only.loss.isFinite && only.loss > 0)
    }

    func testMismatchedCheckpointIsRefusedListingEveryProblem() throws {
        let data = TrainerTests.plantedPartition(seed: 6)
        let gcn = try trainer("gcn")
        let path = temporaryPath("gcn.safetensors")
        try XCTUnwrap(try gcn.train(data, epochs: 2, seed: 1).final).write(to: path)
        let sage = try trainer("sage")
        XCTAssertThrowsError(try Checkpoint.read(path, model: sage.forward.name, expected: try sage.parameterShapes(for: data))) {
            let m = "\($0)"
            XCTAssertTrue(m.hasPrefix(path + ": does not match the spec of SAGE"), m)
            XCTAssertTrue(m.contains("conv1.W is not a parameter of SAGE"), m)
            XCTAssertTrue(m.contains("parameter conv1.W_neigh [8, 64] is missing"), m)
        }
        // A shape that differs: the same spec on data with more features.
        var wider = data
        wider.numFeatures = 9
        wider.features = (0..<data.numNodes * 9).map { Float($0 % 5) }
        XCTAssertThrowsError(try Checkpoint.read(path, model: gcn.forward.name, expected: try gcn.parameterShapes(for: wider))) {
            XCTAssertTrue("\($0)".contains("parameter conv1.W has shape [8, 16], the spec needs [9, 16]"), "\($0)")
        }
        // A damaged file is refused by the safetensors reader, naming the file.
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Checkpoint.read(path, model: gcn.forward.name, expected: [:])) {
            XCTAssertTrue("\($0)".hasPrefix(path), "\($0)")
        }
    }
}
