// Mixed-precision training on the CPU: dynamic loss scaling recovers from a forced f16 overflow,
// the memory the low-precision programs save, and Cora accuracy in f16 and bf16 against f32.
import XCTest
import GNNCompiler
import GNNTraining
import GNNExecution
import GNNData
import GNNIR
import GNNSpec
import GNNTestSupport

final class MixedPrecisionTests: XCTestCase {
    func testLossScalerHalvesOnOverflowAndGrowsAfterCleanSteps() {
        var s = LossScaler(initial: 1024, growthInterval: 3)
        XCTAssertFalse(s.step(finite: false))
        XCTAssertEqual(s.scale, 512)
        XCTAssertTrue(s.step(finite: true)); XCTAssertTrue(s.step(finite: true))
        XCTAssertEqual(s.scale, 512)
        XCTAssertTrue(s.step(finite: true))
        XCTAssertEqual(s.scale, 1024, "three clean steps in a row double it")
        XCTAssertTrue(s.step(finite: true)); XCTAssertFalse(s.step(finite: false)); XCTAssertTrue(s.step(finite: true))
        XCTAssertEqual(s.scale, 512, "an overflow restarts the count")
        XCTAssertEqual([s.skippedSteps, s.growths, s.backoffs], [2, 1, 2])
    }

    /// A loss scale of 2^40 overflows f16 in the backward pass: the step is skipped (the model does
    /// not change, so its evaluation loss repeats exactly), the scale halves, and once it is small
    /// enough training goes on and the loss falls.
    func testForcedF16OverflowSkipsTheStepHalvesTheScaleAndTrainingRecovers() throws {
        let t = try trainer("gcn", precision: .f16)
        XCTAssertEqual(t.precision, .f16)
        let data = TrainerTests.plantedPartition(seed: 3)
        let r = try t.train(data, epochs: 80, seed: 1, initialLossScale: 0x1p40)
        let skipped = r.epochs.prefix { $0.skipped }
        XCTAssertGreaterThanOrEqual(skipped.count, 2, "2^40 times an order-one gradient is far beyond f16's 65504")
        XCTAssertEqual(r.epochs.filter(\.skipped).count, skipped.count, "once recovered, no further overflow")
        for (k, e) in skipped.enumerated() {
            XCTAssertEqual(e.lossScale, 0x1p40 / Float(1 << k), "epoch \(e.epoch) ran at the halved scale")
            XCTAssertEqual(e.valLoss, r.epochs[0].valLoss, "a skipped step leaves the parameters as they were")
        }
        let firstApplied = r.epochs[skipped.count]
        XCTAssertFalse(firstApplied.skipped)
        XCTAssertEqual(firstApplied.lossScale, 0x1p40 / Float(1 << skipped.count))
        XCTAssertNotEqual(r.epochs[skipped.count].valLoss, r.epochs[0].valLoss, "the first applied step moves the model")
        XCTAssertLessThan(r.epochs.last!.loss, firstApplied.loss * 0.7, "training recovers: the loss falls")
        XCTAssertGreaterThan(r.testAccuracyAtBestVal, 0.9)
        let scaler = try XCTUnwrap(r.lossScaler)
        XCTAssertEqual(scaler.skippedSteps, skipped.count)
        XCTAssertEqual(scaler.backoffs, skipped.count)
        // bf16 has f32's range: no loss scale, no skipped step.
        let b = try trainer("gcn", precision: .bf16).train(data, epochs: 5, seed: 1)
        XCTAssertNil(b.lossScaler)
        XCTAssertTrue(b.epochs.allSatisfy { $0.lossScale == nil && !$0.skipped })
    }

    /// Saving after skipped f16 steps and resuming continues the epochs (and so the dropout
    /// stream) and the loss scale: 10 + 5 epochs give the 15-epoch run's last 5 losses.
    func testResumingAnF16RunAfterSkippedStepsContinuesItsEpochsAndScale() throws {
        let t = try trainer("gcn", precision: .f16)
        let data = TrainerTests.plantedPartition(seed: 3)
        let whole = try t.train(data, epochs: 15, seed: 2, initialLossScale: 0x1p30)
        let first = try t.train(data, epochs: 10, seed: 2, initialLossScale: 0x1p30)
        let saved = try XCTUnwrap(first.final)
        let skipped = first.epochs.filter(\.skipped).count
        XCTAssertGreaterThan(skipped, 0)
        XCTAssertEqual([saved.epoch, saved.step], [10, 10 - skipped], "skipped steps are epochs, not optimizer steps")
        XCTAssertEqual(saved.lossScale, first.lossScaler?.scale)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-f16-\(UUID().uuidString).safetensors").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        try saved.write(to: path)
        let loaded = try Checkpoint.read(path, model: t.forward.name, expected: try t.parameterShapes(for: data))
        XCTAssertEqual(loaded, saved)
        let rest = try t.train(data, epochs: 5, seed: 99, resume: loaded)
        XCTAssertEqual(rest.epochs.map(\.epoch), Array(11...15))
        XCTAssertEqual(rest.epochs.map(\.loss), whole.epochs.suffix(5).map(\.loss))
        XCTAssertEqual(rest.epochs.map(\.lossScale), whole.epochs.suffix(5).map(\.lossScale))
    }

    /// The training program's saved activations for GAT on synthetic:small: at most 55% of f32's in
    /// f16 and bf16 (the bound), and every buffer together smaller too.
    func testGATSavedActivationsOnSyntheticSmallAreAtMost55PercentOfF32() throws {
        let data = try Datasets.load("synthetic:small")
        var saved: [Precision: Int] = [:], total: [Precision: Int] = [:]
        for precision in Precision.allCases {
            let t = try trainer("gat", dims: try Trainer.bindDims(try spec("gat"), features: data.numFeatures, classes: data.numClasses),
                                               precision: precision)
            let m = try t.memory(for: data)
            saved[precision] = m.training.savedActivationBytes
            total[precision] = m.training.bufferBytes
        }
        XCTAssertGreaterThan(saved[.f32]!, 20 << 20, "GAT keeps tens of MB for its backward pass on 200k edges")
        for precision in [Precision.f16, .bf16] {
            XCTAssertLessThanOrEqual(Double(saved[precision]!), 0.55 * Double(saved[.f32]!), "\(precision): \(saved)")
            XCTAssertLessThan(total[precision]!, total[.f32]!, "\(precision): \(total)")
        }
    }

    func spec(_ name: String) throws -> GraphModule {
        switch Compiler.load(path: repoRoot() + "/ModelSpecs/\(name).gnn") {
        case .success(let f): return try XCTUnwrap(SpecFrontEnd.compile(f).module)
        case .failure(let d): throw d
        }
    }
}
