// The trainer on a planted-partition graph (learning works, runs are bit-reproducible), and the
// optimizers against an independent double-precision PyTorch-style update.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNCompiler
import GNNTraining
import GNNExecution
import GNNRuntime
import GNNTestSupport

final class TrainerTests: XCTestCase {
    /// Two communities of 60 nodes, dense inside and sparse across, with noisy 8-d features whose
    /// mean depends on the community.
    static func plantedPartition(seed: UInt64, features f: Int = 8) -> TrainingData {
        var state = seed
        func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        let n = 120
        var src: [Int] = [], dst: [Int] = []
        for u in 0..<n {
            for v in (u + 1)..<n where next() < ((u < 60) == (v < 60) ? 0.15 : 0.01) {
                src += [u, v]; dst += [v, u]
            }
        }
        let labels = (0..<n).map { Int32($0 < 60 ? 0 : 1) }
        let features = (0..<n * f).map { i -> Float in Float(next() - 0.5) + (labels[i / f] == 0 ? 0.3 : -0.3) * (i % f < 4 ? 1 : 0) }
        let order = (0..<n).map { ($0 * 37) % n }
        return TrainingData(name: "planted", numNodes: n, numFeatures: f, numClasses: 2, features: features, labels: labels,
                            src: src, dst: dst, trainIndex: Array(order[0..<20]), valIndex: Array(order[20..<60]),
                            testIndex: Array(order[60..<120]))
    }

    func testGCNLearnsPlantedPartition() throws {
        let t = try trainer("gcn")
        let data = Self.plantedPartition(seed: 3)
        let r = try t.train(data, epochs: 100, seed: 1)
        XCTAssertEqual(r.epochs.count, 100)
        XCTAssertLessThan(r.epochs.last!.loss, r.epochs.first!.loss * 0.7, "loss should fall")
        XCTAssertGreaterThan(r.testAccuracyAtBestVal, 0.9)
    }

    func testSameSeedGivesBitIdenticalRunsAndAnotherSeedDiffers() throws {
        let t = try trainer("gat")
        let data = Self.plantedPartition(seed: 5)
        let a = try t.train(data, epochs: 15, seed: 7)
        let b = try t.train(data, epochs: 15, seed: 7)
        let c = try t.train(data, epochs: 15, seed: 8)
        XCTAssertEqual(a.epochs.map(\.loss), b.epochs.map(\.loss))
        XCTAssertEqual(a.epochs.map(\.valAccuracy), b.epochs.map(\.valAccuracy))
        XCTAssertNotEqual(a.epochs.map(\.loss), c.epochs.map(\.loss))
    }

    /// With the dataset's dims, SAGE's training program aggregates at 64 and C, never at F,
    /// forward and backward: the weight gradient is X^T @ aggregate^T(g), not aggregate(X)^T @ g.
    func testTrainingProgramIsDifferentiatedAfterTheNarrowingRewrite() throws {
        let wide = try trainer("sage")
        // The planned dimensions are the data's (a program runs only with those it was planned
        // for); F = 100 is wider than the hidden 64, so the aggregation is narrowed.
        let narrow = try trainer("sage", dims: ["F": 100, "C": 2])
        func widths(_ m: GraphModule) -> Set<String> {
            Set(m.ops.filter { if case .aggregate = $0.opcode { return true }; return false }.map { "\($0.type.dims.last!)" })
        }
        XCTAssertTrue(widths(wide.training).contains("F"))
        XCTAssertEqual(widths(narrow.training), ["64", "C"])
        XCTAssertEqual(widths(narrow.forward), ["64", "C"])
        // Same function: the same seed trains to the same accuracies (up to float rounding of the reordered sums).
        let data = Self.plantedPartition(seed: 2, features: 100)
        let a = try wide.train(data, epochs: 10, seed: 1), b = try narrow.train(data, epochs: 10, seed: 1)
        for (x, y) in zip(a.epochs, b.epochs) { XCTAssertEqual(x.loss, y.loss, accuracy: 1e-4 * max(1, abs(x.loss))) }
    }

    func testModelSelectionPrefersAccuracyThenLowerLossThenTheEarlierEpoch() {
        XCTAssertTrue(Trainer.selects(accuracy: 0.8, loss: 9, over: (0.79, 0.1)))
        XCTAssertFalse(Trainer.selects(accuracy: 0.79, loss: 0.01, over: (0.8, 9)))
        XCTAssertTrue(Trainer.selects(accuracy: 0.8, loss: 0.5, over: (0.8, 0.6)))
        XCTAssertFalse(Trainer.selects(accuracy: 0.8, loss: 0.6, over: (0.8, 0.6)))
        XCTAssertTrue(Trainer.selects(accuracy: 0, loss: .nan, over: (-1, .infinity)), "the first epoch is always selected")
        // In a run, the selected epoch is one of the best-accuracy epochs with the least loss among them.
        let r = try? trainer("gcn").train(Self.plantedPartition(seed: 9), epochs: 40, seed: 2)
        guard let r else { return XCTFail("training failed") }
        let best = r.epochs.map(\.valAccuracy).max()!
        let ties = r.epochs.filter { $0.valAccuracy == best }
        let chosen = r.epochs[r.bestEpoch - 1]
        XCTAssertEqual(chosen.valAccuracy, best)
        XCTAssertEqual(chosen.valLoss, ties.map(\.valLoss).min())
        XCTAssertEqual(r.testAccuracyAtBestVal, chosen.testAccuracy)
    }

    func testModelDimensionsAreBoundFromTheData() throws {
        let t = try trainer("sage")
        XCTAssertEqual(try Trainer.bindDims(t.forward, features: 1433, classes: 7), ["F": 1433, "C": 7])
    }

    /// PyTorch's Adam with L2 weight decay, step by step, in Double.
    func testAdamMatchesReferenceUpdate() {
        var config = OptimizerConfig(train: ["lr": 0.1, "weight_decay": 0.01], kind: "adam")
        config.eps = 1e-8
        let opt = Optimizer(config)
        var p: [Float] = [1.0, -2.0]
        var ref: [Double] = [1.0, -2.0]
        var m = [0.0, 0.0], v = [0.0, 0.0]
        let grads: [[Float]] = [[0.5, -1.0], [0.25, 3.0], [-0.75, 0.5]]
        for (t, g) in grads.enumerated() {
            opt.beginStep()
            p.withUnsafeMutableBufferPointer { pp in g.withUnsafeBufferPointer { opt.update("w", param: pp, grad: $0, decay: true) } }
            for i in 0..<2 {
                let gi = Double(g[i]) + 0.01 * ref[i]
                m[i] = 0.9 * m[i] + 0.1 * gi
                v[i] = 0.999 * v[i] + 0.001 * gi * gi
                let mhat = m[i] / (1 - pow(0.9, Double(t + 1))), vhat = v[i] / (1 - pow(0.999, Double(t + 1)))
                ref[i] -= 0.1 * mhat / (vhat.squareRoot() + 1e-8)
            }
        }
        for i in 0..<2 { XCTAssertEqual(Double(p[i]), ref[i], accuracy: 1e-5) }
    }

    func testSGDWithoutDecayOutsideItsScope() {
        let opt = Optimizer(OptimizerConfig(train: ["lr": 0.5, "weight_decay": 1.0], kind: "sgd"))
        var p: [Float] = [2.0]
        let g: [Float] = [1.0]
        opt.beginStep()
        p.withUnsafeMutableBufferPointer { pp in g.withUnsafeBufferPointer { opt.update("w", param: pp, grad: $0, decay: false) } }
        XCTAssertEqual(p[0], 1.5)
        p.withUnsafeMutableBufferPointer { pp in g.withUnsafeBufferPointer { opt.update("w", param: pp, grad: $0, decay: true) } }
        XCTAssertEqual(p[0], 1.5 - 0.5 * (1 + 1.5))
    }

    /// PyTorch's parameter groups: a group with lr 0 keeps its parameters exactly as initialised
    /// while the other group trains, with its own weight decay.
    func testParameterGroupsOverrideTheOptimizerPerParameter() throws {
        let t = try trainer(path: Self.fixture("param_groups.gnn"))
        let train = t.forward.train["param_groups"]
        XCTAssertEqual(train, .list([.list([.list([.ident("conv1")]), .ident("lr"), .float(0)]),
                                     .list([.list([.ident("conv2")]), .ident("weight_decay"), .float(0.05)])]))
        let data = Self.plantedPartition(seed: 3)
        let r = try t.train(data, epochs: 20, seed: 1)
        let final = try XCTUnwrap(r.final)
        let shapes = try t.parameterShapes(for: data)
        for p in t.forward.ops where p.opcode == .param {
            let name = p.name ?? ""
            let initial = ParamInitializer.values(p, shape: shapes[name] ?? [], seed: 1)
            let trained = final.params[name]?.values ?? []
            if name.hasPrefix("conv1.") {
                XCTAssertEqual(trained, initial, "\(name) is in the lr = 0 group")
            } else {
                XCTAssertNotEqual(trained, initial, "\(name) trains")
            }
        }
        // The group's weight decay reaches conv2's bias too, which weight_decay_on alone would not decide.
        let (config, decay) = t.hyperParameters("conv2.b", OptimizerConfig(train: ["lr": 0.01], kind: "adam"))
        XCTAssertTrue(decay)
        XCTAssertEqual(config.weightDecay, 0.05)
        XCTAssertEqual(config.lr, 0.01)
        XCTAssertEqual(t.hyperParameters("conv1.W", OptimizerConfig(train: ["lr": 0.01], kind: "adam")).0.lr, 0)
    }

    /// The train block's lr_schedule reaches the updates: with StepLR(step_size 1, gamma 0) every
    /// epoch after the first updates nothing, so five epochs end where one did.
    func testTheLearningRateScheduleReachesTheUpdates() throws {
        let t = try trainer(path: Self.fixture("lr_step_to_zero.gnn"))
        let data = Self.plantedPartition(seed: 3)
        let one = try XCTUnwrap(try t.train(data, epochs: 1, seed: 1).final)
        let five = try XCTUnwrap(try t.train(data, epochs: 5, seed: 1).final)
        XCTAssertEqual(one.params, five.params)
        let unscheduled = try trainer("gcn")
        let a = try XCTUnwrap(try unscheduled.train(data, epochs: 1, seed: 1).final)
        let b = try XCTUnwrap(try unscheduled.train(data, epochs: 5, seed: 1).final)
        XCTAssertNotEqual(a.params, b.params, "without a schedule later epochs do update")
    }
}
