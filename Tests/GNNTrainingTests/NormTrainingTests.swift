// batch_norm on Cora end to end: running statistics after a training step against PyTorch's formula computed here, evaluation with them, checkpoints that carry them.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNCompiler
import GNNData
import GNNTraining
import GNNExecution
import GNNRuntime
import GNNTestSupport

final class NormTrainingTests: XCTestCase {
    /// One layer, so its pre-normalisation value x @ W is computed here from the same inputs: W's
    /// seeded initial values and Cora's features.
    static let spec = """
        model BN<F, C>(x: node[F]) -> node[C] {
          param W: [F, C] init glorot
          return batch_norm(x @ W, eps = 1e-4, momentum = 0.3) as bn
        }
        train { optimizer = adam(lr = 0.01)  epochs = 2 }
        """

    func cora() throws -> Dataset { try Datasets.load("cora", dataDirectory: try planetoidDirectory()) }

    func makeTrainer(_ text: String, _ data: Dataset) throws -> Trainer {
        let file = SourceFile(name: "bn.gnn", text: text)
        let front = SpecFrontEnd.compile(file)
        let model = try XCTUnwrap(front.module, DiagnosticRenderer(sources: [file]).render(front.diagnostics))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-norm-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let dims = try Trainer.bindDims(model, features: data.numFeatures, classes: data.numClasses)
        return try Trainer(model: model, on: .cpu(CPUDevice(cache: KernelCache(directory: dir))), dims: dims)
    }

    /// x @ W in float64 (Cora's features are sparse 0/1 rows).
    func product(_ data: Dataset, _ w: [Float]) -> [Double] {
        let (n, f, c) = (data.numNodes, data.numFeatures, data.numClasses)
        var out = [Double](repeating: 0, count: n * c)
        for i in 0..<n {
            for k in 0..<f where data.features[i * f + k] != 0 {
                let x = Double(data.features[i * f + k])
                for j in 0..<c { out[i * c + j] += x * Double(w[k * c + j]) }
            }
        }
        return out
    }

    /// Per class column: the mean and the biased and unbiased variances over all nodes.
    func statistics(_ h: [Double], rows n: Int, columns c: Int) -> (mean: [Double], biased: [Double], unbiased: [Double]) {
        var mean = [Double](repeating: 0, count: c), squares = mean
        for i in 0..<n { for j in 0..<c { mean[j] += h[i * c + j] / Double(n) } }
        for i in 0..<n { for j in 0..<c { squares[j] += (h[i * c + j] - mean[j]) * (h[i * c + j] - mean[j]) } }
        return (mean, squares.map { $0 / Double(n) }, squares.map { $0 / Double(n - 1) })
    }

    /// Mean cross-entropy of `logits` over `index`.
    func crossEntropy(_ logits: [Double], _ labels: [Int32], _ index: [Int], classes c: Int) -> Double {
        var total = 0.0
        for v in index {
            let row = Array(logits[(v * c)..<(v * c + c)])
            let top = row.max()!
            total += top + log(row.map { exp($0 - top) }.reduce(0, +)) - row[Int(labels[v])]
        }
        return total / Double(index.count)
    }

    func close(_ a: [Float], _ b: [Double], _ tolerance: Double, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.count, b.count, what, file: file, line: line)
        for (x, y) in zip(a, b) { XCTAssertEqual(Double(x), y, accuracy: tolerance * max(1, abs(y)), what, file: file, line: line) }
    }

    /// After one training step the running statistics are PyTorch's
    /// `(1 - momentum) * running + momentum * batch` from zeros and ones, with the unbiased batch
    /// variance, of the step's input (x @ W at W's initial values); the evaluation after the step
    /// normalises with them (its validation loss is the one computed here from the trained
    /// parameters and those statistics, and not the one batch statistics would give); the
    /// optimizer never sees them.
    func testRunningStatisticsAfterOneStepFollowPyTorchsFormulaAndEvaluationUsesThem() throws {
        let data = try cora()
        let trainer = try makeTrainer(Self.spec, data)
        XCTAssertEqual(try trainer.stateShapes(for: data), ["bn.running_mean": [7], "bn.running_var": [7]])
        XCTAssertEqual(try trainer.parameterShapes(for: data).keys.sorted(), ["W", "bn.bias", "bn.weight"])
        let seed: UInt64 = 7
        let run = try trainer.train(data, epochs: 1, seed: seed)
        let final = try XCTUnwrap(run.final)
        let (n, c) = (data.numNodes, data.numClasses)

        let w = try XCTUnwrap(trainer.forward.ops.first { $0.name == "W" })
        let initialW = ParamInitializer.values(w, shape: [data.numFeatures, c], seed: seed)
        let batch = statistics(product(data, initialW), rows: n, columns: c)
        let expectedMean = batch.mean.map { 0.7 * 0 + 0.3 * $0 }
        let expectedVar = batch.unbiased.map { 0.7 * 1 + 0.3 * $0 }
        close(try XCTUnwrap(final.modelState["bn.running_mean"]).values, expectedMean, 1e-5, "running_mean")
        close(try XCTUnwrap(final.modelState["bn.running_var"]).values, expectedVar, 1e-5, "running_var")
        XCTAssertNil(final.optimizerState["bn.running_mean"], "state is not optimised")
        XCTAssertEqual(final.optimizerState.keys.sorted(), ["W", "bn.bias", "bn.weight"])

        // Evaluation after the step: the trained parameters with the running statistics.
        let h = product(data, try XCTUnwrap(final.params["W"]).values)
        let weight = try XCTUnwrap(final.params["bn.weight"]).values, bias = try XCTUnwrap(final.params["bn.bias"]).values
        func normalised(mean: [Double], variance: [Double]) -> [Double] {
            (0..<(n * c)).map { k in
                let j = k % c
                return (h[k] - mean[j]) / (variance[j] + 1e-4).squareRoot() * Double(weight[j]) + Double(bias[j])
            }
        }
        let running = normalised(mean: expectedMean, variance: expectedVar)
        let viaRunning = crossEntropy(running, data.labels, data.valIndex, classes: c)
        let trained = statistics(h, rows: n, columns: c)
        let viaBatch = crossEntropy(normalised(mean: trained.mean, variance: trained.biased), data.labels, data.valIndex, classes: c)
        let logged = Double(try XCTUnwrap(run.epochs.first).valLoss)
        XCTAssertEqual(logged, viaRunning, accuracy: 1e-5 * viaRunning)
        XCTAssertGreaterThan(abs(viaBatch - viaRunning), 100 * 1e-5 * viaRunning, "the check could not tell the two apart")
    }

    /// The checkpoint carries the running statistics: written and read back equal, a resumed run
    /// evaluates with them, and training 1 + 1 epochs through a checkpoint ends where 2 at once do.
    /// A file without them is refused, naming them; PyTorch's num_batches_tracked beside them is ignored.
    func testCheckpointRoundTripsTheRunningStatistics() throws {
        let data = try cora()
        let trainer = try makeTrainer(Self.spec, data)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-norm-ck-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let shapes = try trainer.parameterShapes(for: data), stateShapes = try trainer.stateShapes(for: data)
        func read(_ path: String) throws -> Checkpoint {
            try Checkpoint.read(path, model: "BN", expected: shapes, expectedState: stateShapes, optimizer: trainer.optimizerKind)
        }

        let one = try trainer.train(data, epochs: 1, seed: 3)
        let saved = try XCTUnwrap(one.final)
        XCTAssertEqual(saved.modelState.keys.sorted(), ["bn.running_mean", "bn.running_var"])
        try saved.write(to: dir + "/one.safetensors")
        let loaded = try read(dir + "/one.safetensors")
        XCTAssertEqual(loaded, saved)

        // Evaluating the checkpoint gives the evaluation the first run logged after its step.
        let evaluated = try trainer.train(data, epochs: 0, seed: 3, resume: loaded)
        XCTAssertEqual(evaluated.epochs.first?.valLoss, one.epochs.first?.valLoss)
        XCTAssertEqual(evaluated.final?.modelState, saved.modelState, "evaluation leaves the statistics")
        let resumed = try trainer.train(data, epochs: 1, seed: 3, resume: loaded)
        let straight = try trainer.train(data, epochs: 2, seed: 3)
        XCTAssertEqual(resumed.final?.modelState, straight.final?.modelState)
        XCTAssertEqual(resumed.final?.params, straight.final?.params)
        XCTAssertNotEqual(straight.final?.modelState, saved.modelState, "the second step moved them")

        // Without the running statistics: refused, each named with its shape.
        var missing = saved
        missing.modelState = [:]
        try missing.write(to: dir + "/missing.safetensors")
        XCTAssertThrowsError(try read(dir + "/missing.safetensors")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("state bn.running_mean [7] is missing"), message)
            XCTAssertTrue(message.contains("state bn.running_var [7] is missing"), message)
        }
        // As PyTorch saves a BatchNorm1d: its statistics, and an integer count that gnnc ignores.
        var tensors = saved.params.map { SafeTensor(name: $0.key, shape: $0.value.shape, floats: $0.value.values) }
        tensors += saved.modelState.map { SafeTensor(name: $0.key, shape: $0.value.shape, floats: $0.value.values) }
        tensors.append(SafeTensor(name: "bn.num_batches_tracked", shape: [], int64s: [1]))
        try SafeTensors.write(tensors, metadata: ["format": "pt"], to: dir + "/torch.safetensors")
        XCTAssertEqual(try read(dir + "/torch.safetensors").modelState, saved.modelState)
        // A statistic of the wrong shape is named.
        var wrong = saved
        wrong.modelState["bn.running_var"] = Checkpoint.Tensor(shape: [3], values: [1, 1, 1])
        try wrong.write(to: dir + "/wrong.safetensors")
        XCTAssertThrowsError(try read(dir + "/wrong.safetensors")) {
            XCTAssertTrue("\($0)".contains("state bn.running_var has shape [3], the spec needs [7]"), "\($0)")
        }
    }

    /// `gnnc run`'s library entry trains a GCN with batch_norm on Cora for a few epochs, with
    /// dropout in training only, and saves and reloads the statistics as `--save` / `--load` do.
    func testGCNWithBatchNormTrainsOnCoraAndSavesItsStatistics() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-norm-run-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        try """
            layer gcn_conv<FI, FO>(h: node[FI]) -> node[FO] {
              param W: [FI, FO] init glorot
              let dn = rsqrt(in_degree())
              return aggregate(sum) { (h @ W)[src] * dn[src] } * dn
            }
            model GCNBN<F, C>(x: node[F]) -> node[C] {
              graph { self_loops = add }
              let h = dropout(relu(batch_norm(gcn_conv<F, 16>(dropout(x, 0.5))) as bn1), 0.5)
              return gcn_conv<16, C>(h)
            }
            train { optimizer = adam(lr = 0.01, weight_decay = 5e-4)  epochs = 30 }
            """.write(toFile: dir + "/gcn_bn.gnn", atomically: true, encoding: .utf8)
        var options = RunOptions(specPath: dir + "/gcn_bn.gnn", dataset: "cora", dataDirectory: try planetoidDirectory(),
                                 savePath: dir + "/ck.safetensors")
        options.settings = Settings.process.with(["GNNC_CACHE_DIR": dir + "/cache"])
        var report = try RunDriver.run(options) { _, _ in }
        XCTAssertNil(RunDriver.save(&report, to: dir + "/ck.safetensors"), "--save as gnnc run writes it")
        let run = try XCTUnwrap(report.runs.first)
        XCTAssertEqual(run.epochs.count, 30)
        XCTAssertTrue(run.epochs.allSatisfy { $0.loss.isFinite })
        XCTAssertLessThan(run.epochs.last!.loss, run.epochs.first!.loss)
        XCTAssertGreaterThan(run.testAccuracyAtBestVal, 0.6, report.summary)
        let statistics = try XCTUnwrap(run.final?.modelState)
        XCTAssertEqual(statistics.keys.sorted(), ["bn1.running_mean", "bn1.running_var"])
        XCTAssertTrue(statistics["bn1.running_var"]!.values.allSatisfy { $0 > 0 && $0 != 1 })
        // Reloaded for an evaluation only: the same statistics, and the accuracy of the last epoch.
        var load = options
        (load.savePath, load.loadPath, load.epochs) = (nil, dir + "/ck.safetensors", 0)
        let evaluated = try RunDriver.run(load) { _, _ in }
        XCTAssertEqual(evaluated.runs.first?.final?.modelState, statistics)
        XCTAssertEqual(evaluated.runs.first?.epochs.first?.testAccuracy, run.epochs.last?.testAccuracy)
    }
}
