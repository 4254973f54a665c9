// Checkpoints: save and resume reproduce an uninterrupted run bit for bit, evaluation-only loads
// give the trained accuracies, a checkpoint that does not fit the spec is refused, and so is
// metadata out of type or range (never a trap in the trainer's epoch arithmetic).
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

    /// A saved GCN checkpoint (Adam, 3 epochs on the planted partition) and the spec's shapes.
    func savedGCN() throws -> (path: String, trainer: Trainer, shapes: [String: [Int]]) {
        let t = try trainer("gcn")
        let data = TrainerTests.plantedPartition(seed: 6)
        let path = temporaryPath("gcn.safetensors")
        try XCTUnwrap(try t.train(data, epochs: 3, seed: 1).final).write(to: path)
        return (path, t, try t.parameterShapes(for: data))
    }

    /// A copy of the checkpoint at `path` with metadata keys set (nil: removed), as a hand-edited
    /// or foreign file would have them.
    func rewrite(_ path: String, _ changes: [String: String?], tensors keep: (SafeTensor) -> Bool = { _ in true }) throws -> String {
        var (tensors, metadata) = try SafeTensors.read(path)
        for (key, value) in changes { metadata[key] = value }
        let out = temporaryPath("edited-\(UUID().uuidString).safetensors")
        try SafeTensors.write(tensors.filter(keep), metadata: metadata, to: out)
        return out
    }

    /// Every value the hardening issue found accepted silently (or trapping later in the trainer:
    /// epoch 2^63-1 and -5, step 2^63-1) is refused by Checkpoint.read, naming the field and the value.
    func testOutOfRangeOrMistypedMetadataIsRefusedNamingTheField() throws {
        let (path, t, shapes) = try savedGCN()
        let cases: [(String, String, String)] = [
            ("gnnc.epoch", "9223372036854775807", "a whole number of epochs from 0 to 1000000000"),
            ("gnnc.epoch", "-5", "a whole number of epochs"),
            ("gnnc.epoch", "1e23", "a whole number of epochs"),
            ("gnnc.step", "9223372036854775807", "a whole number of optimizer steps from 0 to 1000000000"),
            ("gnnc.step", "-5", "a whole number of optimizer steps"),
            ("gnnc.step", "abc", "a whole number of optimizer steps"),
            ("gnnc.step", "4294967295", "a whole number of optimizer steps"),
            ("gnnc.step", "+3", "a whole number of optimizer steps"),
            ("gnnc.seed", "1e20", "a whole number from 0 to 18446744073709551615"),
            ("gnnc.seed", "18446744073709551616", "a whole number from 0 to 18446744073709551615"),
            ("gnnc.seed", "-1", "a whole number from 0"),
            ("gnnc.loss_scale", "inf", "a finite positive number"),
            ("gnnc.loss_scale", "nan", "a finite positive number"),
            ("gnnc.loss_scale", "0", "a finite positive number"),
            ("gnnc.loss_scale", "-2", "a finite positive number"),
            ("gnnc.loss_scale", "1e-45", "a finite positive number"),
            ("gnnc.optimizer", "rmsprop", "adam or sgd"),
        ]
        for (key, value, expected) in cases {
            let edited = try rewrite(path, [key: value])
            XCTAssertThrowsError(try Checkpoint.read(edited, model: t.forward.name, expected: shapes, optimizer: "adam"), "\(key) = \(value)") {
                let m = "\($0)"
                XCTAssertTrue(m.hasPrefix(edited + ": invalid checkpoint metadata:"), m)
                XCTAssertTrue(m.contains("\(key) is \"\(value)\"; expected \(expected)"), m)
            }
        }
        // The bounds themselves, a full seed and the smallest normal scale are accepted.
        let edge = try rewrite(path, ["gnnc.epoch": "1000000000", "gnnc.step": "1000000000", "gnnc.seed": "18446744073709551615",
                                      "gnnc.loss_scale": "1.1754944e-38"])
        let loaded = try Checkpoint.read(edge, model: t.forward.name, expected: shapes, optimizer: "adam")
        XCTAssertEqual([loaded.epoch, loaded.step], [1_000_000_000, 1_000_000_000])
        XCTAssertEqual(loaded.seed, UInt64.max)
        XCTAssertEqual(loaded.lossScale, .leastNormalMagnitude)
        // A hostile value is quoted escaped and cut short.
        let long = try rewrite(path, ["gnnc.step": String(repeating: "9", count: 5000) + "\n"])
        XCTAssertThrowsError(try Checkpoint.read(long, model: t.forward.name, expected: shapes)) {
            XCTAssertTrue("\($0)".contains("gnnc.step is \"\(String(repeating: "9", count: 40))\"...; expected"), "\($0)")
            XCTAssertLessThan("\($0)".count, 400)
        }
    }

    /// Two models can have the same parameter names and shapes: a checkpoint saved from GAT is
    /// refused by a spec whose model is GCN even when its tensors fit, and state of another
    /// optimizer, or more steps than epochs, are refused too. All problems come in one message.
    func testModelOptimizerAndStepAgainstEpochAreChecked() throws {
        let (path, t, shapes) = try savedGCN()
        XCTAssertThrowsError(try Checkpoint.read(try rewrite(path, ["gnnc.model": "GAT"]), model: "GCN", expected: shapes)) {
            XCTAssertTrue("\($0)".contains("gnnc.model is \"GAT\", but the spec's model is GCN"), "\($0)")
        }
        XCTAssertThrowsError(try Checkpoint.read(path, model: t.forward.name, expected: shapes, optimizer: "sgd")) {
            let m = "\($0)"
            XCTAssertTrue(m.contains("gnnc.optimizer is \"adam\": the checkpoint was saved by the adam optimizer, but the spec trains with sgd"), m)
            XCTAssertTrue(m.contains("optimizer.exp_avg.conv1.W is exp_avg state, which the spec's sgd optimizer does not keep"), m)
        }
        // Without gnnc.optimizer the state's own names still tell whose it is.
        XCTAssertThrowsError(try Checkpoint.read(try rewrite(path, ["gnnc.optimizer": nil]), model: "GCN", expected: shapes, optimizer: "sgd")) {
            XCTAssertTrue("\($0)".contains("optimizer.exp_avg_sq.conv2.b is exp_avg_sq state, which the spec's sgd optimizer does not keep"), "\($0)")
        }
        XCTAssertThrowsError(try Checkpoint.read(try rewrite(path, ["gnnc.step": "4", "gnnc.epoch": "3"]), model: "GCN", expected: shapes)) {
            XCTAssertTrue("\($0)".contains("gnnc.step is 4, more than gnnc.epoch 3"), "\($0)")
        }
        // Absent, the epoch equals the step (checkpoints from before gnnc.epoch existed).
        let old = try Checkpoint.read(try rewrite(path, ["gnnc.epoch": nil]), model: "GCN", expected: shapes, optimizer: "adam")
        XCTAssertEqual([old.epoch, old.step], [3, 3])
        // Several problems: every one listed, each naming its field.
        XCTAssertThrowsError(try Checkpoint.read(try rewrite(path, ["gnnc.epoch": "-5", "gnnc.seed": "x", "gnnc.model": "GAT"]),
                                                 model: "GCN", expected: shapes)) {
            let lines = "\($0)".split(separator: "\n").dropFirst().map { String($0.drop { $0 == " " }) }
            XCTAssertEqual(lines.map { String($0.prefix { $0 != " " }) }, ["gnnc.model", "gnnc.epoch", "gnnc.seed"], "\($0)")
        }
    }

    /// A file with parameters and no gnnc.* keys (what PyTorch's save_file(model.state_dict())
    /// writes) is a fresh start from those parameters: step and epoch 0 and the run's own seed
    /// (the old reader made the seed 0 whatever --seed said). Adam's moments without gnnc.step
    /// are refused: their bias correction would restart at step 1.
    func testAForeignCheckpointStartsFreshWithTheRunsSeed() throws {
        let (path, t, shapes) = try savedGCN()
        let noMetadata = try rewrite(path, ["format": nil, "gnnc.model": nil, "gnnc.optimizer": nil, "gnnc.step": nil, "gnnc.seed": nil,
                                            "gnnc.epoch": nil], tensors: { !$0.name.hasPrefix("optimizer.") })
        let foreign = try Checkpoint.read(noMetadata, model: "GCN", expected: shapes, optimizer: "adam")
        XCTAssertEqual([foreign.step, foreign.epoch], [0, 0])
        XCTAssertNil(foreign.seed)
        XCTAssertEqual(foreign.optimizerState, [:])
        let data = TrainerTests.plantedPartition(seed: 6)
        var seeded = foreign
        seeded.seed = 7
        let fromForeign = try t.train(data, epochs: 3, seed: 7, resume: foreign)
        XCTAssertEqual(fromForeign.epochs.map(\.loss), try t.train(data, epochs: 3, seed: 0, resume: seeded).epochs.map(\.loss),
                       "the dropout stream of the run's seed 7")
        XCTAssertNotEqual(fromForeign.epochs.map(\.loss), try t.train(data, epochs: 3, seed: 7, resume: { var c = foreign; c.seed = 0; return c }()).epochs.map(\.loss),
                          "seed 0 would give another dropout stream")
        XCTAssertEqual(fromForeign.final?.seed, 7, "and --save records it")
        XCTAssertThrowsError(try Checkpoint.read(try rewrite(path, ["gnnc.step": nil]), model: "GCN", expected: shapes)) {
            XCTAssertTrue("\($0)".contains("gnnc.step is missing: Adam's moments (optimizer.exp_avg.*) need the step count"), "\($0)")
        }
    }

    /// The trainer's own epoch arithmetic cannot overflow: counts beyond Checkpoint.maxEpochs,
    /// from a checkpoint built in code (not read) or from the epochs asked for, are refused
    /// before anything runs. The old trainer trapped on epoch 2^63-1 + 1 and on UInt64(-4).
    func testEpochCountsThatWouldOverflowAreRefusedBeforeTraining() throws {
        let (path, t, shapes) = try savedGCN()
        let data = TrainerTests.plantedPartition(seed: 6)
        let saved = try Checkpoint.read(path, model: "GCN", expected: shapes)
        func refusal(_ resume: Checkpoint?, epochs: Int) -> String? {
            do { _ = try t.train(data, epochs: epochs, seed: 1, resume: resume); return nil } catch let e as TrainingError {
                XCTAssertTrue(e.isBadInput)
                return e.diagnostic.message
            } catch { return "unexpected \(error)" }
        }
        var huge = saved
        huge.epoch = .max; huge.step = .max
        XCTAssertEqual(refusal(huge, epochs: 1), "the checkpoint's epoch 9223372036854775807 is outside 0...1000000000")
        var negative = saved
        negative.epoch = -5
        XCTAssertEqual(refusal(negative, epochs: 1), "the checkpoint's epoch -5 is outside 0...1000000000")
        var steps = saved
        steps.step = 4
        XCTAssertEqual(refusal(steps, epochs: 1), "the checkpoint's step 4 is outside 0...3 (its epoch)")
        XCTAssertEqual(refusal(saved, epochs: .max),
                       "cannot train 9223372036854775807 epochs after the checkpoint's 3: a run counts at most 1000000000 epochs in all")
        XCTAssertEqual(refusal(nil, epochs: Checkpoint.maxEpochs + 1),
                       "cannot train 1000000001 epochs: a run counts at most 1000000000 epochs in all")
        var last = saved
        last.epoch = Checkpoint.maxEpochs; last.step = 2
        XCTAssertEqual(refusal(last, epochs: 1), "cannot train 1 epoch after the checkpoint's 1000000000: a run counts at most 1000000000 epochs in all")
        XCTAssertNil(refusal(last, epochs: 0), "evaluating at the bound is fine")
    }
}
