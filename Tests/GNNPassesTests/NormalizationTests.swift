// batch_norm and layer_norm in the float64 reference: forward and running statistics against the PyTorch formulas computed here, gradients against finite differences.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNReference
import GNNTestSupport

final class NormalizationTests: XCTestCase {
    func compile(_ text: String) throws -> GraphModule {
        let r = SpecFrontEnd.compile(SourceFile(name: "norm.gnn", text: text))
        return try XCTUnwrap(r.module, "\(r.diagnostics)")
    }

    func random(_ shape: [Int], _ rng: inout SplitMix64, scale: Double = 1, offset: Double = 0) -> Tensor64 {
        Tensor64(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in offset + scale * rng.uniform() })
    }

    /// Per feature over the nodes: the mean and the biased and unbiased variances.
    func columnStatistics(_ x: Tensor64) -> (mean: [Double], biased: [Double], unbiased: [Double]) {
        let n = x.shape[0], f = x.shape[1]
        var mean = [Double](repeating: 0, count: f), biased = mean, unbiased = mean
        for j in 0..<f {
            let column = (0..<n).map { x.data[$0 * f + j] }
            mean[j] = column.reduce(0, +) / Double(n)
            let squares = column.map { ($0 - mean[j]) * ($0 - mean[j]) }.reduce(0, +)
            biased[j] = squares / Double(n)
            unbiased[j] = squares / Double(n - 1)
        }
        return (mean, biased, unbiased)
    }

    /// nn.BatchNorm1d(F, eps, momentum): training normalises with the batch's mean and biased
    /// variance and moves the running statistics towards the batch's (unbiased variance);
    /// evaluation normalises with the running statistics and leaves them.
    func testBatchNormMatchesPyTorchsFormulasInBothModes() throws {
        let m = try compile("""
            model B<F>(x: node[F]) -> node[F] {
              return batch_norm(x, eps = 1e-3, momentum = 0.3) as bn
            }
            """)
        var rng = SplitMix64(state: 21)
        let n = 7, f = 3
        let graph = GraphData(numNodes: n, src: [0, 1], dst: [1, 2])
        var b = ReferenceBindings(dims: ["F": f])
        b.inputs["x"] = random([n, f], &rng, scale: 2, offset: 0.5)
        let weight = random([f], &rng), bias = random([f], &rng)
        let runningMean = random([f], &rng), runningVar = random([f], &rng, scale: 0.5, offset: 1)
        b.params = ["bn.weight": weight, "bn.bias": bias, "bn.running_mean": runningMean, "bn.running_var": runningVar]
        let x = b.inputs["x"]!
        let (mean, biased, unbiased) = columnStatistics(x)
        for training in [true, false] {
            b.training = training
            let r = try ReferenceInterpreter.results(m, graph: graph, b)
            XCTAssertEqual(r.count, 3)
            for i in 0..<n {
                for j in 0..<f {
                    let (mu, v) = training ? (mean[j], biased[j]) : (runningMean.data[j], runningVar.data[j])
                    let expected = (x.data[i * f + j] - mu) / (v + 1e-3).squareRoot() * weight.data[j] + bias.data[j]
                    XCTAssertEqual(r[0].data[i * f + j], expected, accuracy: 1e-12, "training \(training)")
                }
            }
            for j in 0..<f {
                let nextMean = training ? 0.7 * runningMean.data[j] + 0.3 * mean[j] : runningMean.data[j]
                let nextVar = training ? 0.7 * runningVar.data[j] + 0.3 * unbiased[j] : runningVar.data[j]
                XCTAssertEqual(r[1].data[j], nextMean, accuracy: 1e-12)
                XCTAssertEqual(r[2].data[j], nextVar, accuracy: 1e-12)
            }
        }
    }

    /// nn.LayerNorm(F, eps): each row over its last axis, biased variance, in both modes alike.
    func testLayerNormMatchesPyTorchsFormula() throws {
        let m = try compile("""
            model L<F>(x: node[F]) -> node[F] {
              return layer_norm(x, eps = 1e-3) as ln
            }
            """)
        var rng = SplitMix64(state: 22)
        let n = 5, f = 4
        let graph = GraphData(numNodes: n, src: [0], dst: [1])
        var b = ReferenceBindings(dims: ["F": f])
        b.inputs["x"] = random([n, f], &rng, scale: 3)
        b.params = ["ln.weight": random([f], &rng), "ln.bias": random([f], &rng)]
        let x = b.inputs["x"]!.data
        for training in [true, false] {
            b.training = training
            let r = try ReferenceInterpreter.results(m, graph: graph, b)
            XCTAssertEqual(r.count, 1, "no state")
            for i in 0..<n {
                let row = Array(x[(i * f)..<(i * f + f)])
                let mu = row.reduce(0, +) / Double(f)
                let v = row.map { ($0 - mu) * ($0 - mu) }.reduce(0, +) / Double(f)
                for j in 0..<f {
                    let expected = (row[j] - mu) / (v + 1e-3).squareRoot() * b.params["ln.weight"]!.data[j] + b.params["ln.bias"]!.data[j]
                    XCTAssertEqual(r[0].data[i * f + j], expected, accuracy: 1e-12)
                }
            }
        }
    }

    /// The plans' programs: running statistics are `state` buffers the kernels only read, the
    /// inference program returns them unchanged, the training program computes their next values;
    /// the kernel IR prints and parses back with the state role.
    func testProgramsBindStateAndPrintAndParseBack() throws {
        let m = try compile(normalizationSpec())
        for mode in ProgramMode.allCases {
            let optimized = try PassPipeline.run(m, pipeline: PassPipeline.pipeline(for: mode, PassConfiguration(dims: ["F": 6, "C": 3])),
                                                 verifyEach: true).get()
            XCTAssertFalse(optimized.ops.contains { $0.opcode == .ifTraining })
            let program = try ScheduleKernels.schedule(optimized)
            let states = program.buffers.filter { $0.role == .state }.map(\.name)
            XCTAssertEqual(states, ["bn1.running_mean", "bn1.running_var", "bn2.running_mean", "bn2.running_var"])
            let stateResults = program.results.suffix(4).map { program.buffers[$0] }
            if mode == .inference {
                XCTAssertEqual(stateResults.map(\.name), states, "evaluation returns the statistics it was given")
            } else {
                XCTAssertTrue(stateResults.allSatisfy { $0.role == .temp }, "training computes the next statistics")
            }
            XCTAssertEqual(KernelVerifier.verify(program), [])
            let printed = KernelPrinter.print(program)
            let (parsed, problems) = KernelParser.parseAndVerify(SourceFile(name: "norms.kir", text: printed))
            XCTAssertEqual(problems, [])
            XCTAssertEqual(parsed, program)
        }
    }

    /// The loss's gradient with respect to every parameter and to the features, against central
    /// differences, through batch statistics (every node's row moves every normalised value) and
    /// per-row statistics; the running statistics get no gradient and are not parameters.
    func testGradientsMatchFiniteDifferences() throws {
        let m = try compile("""
            model M<F, C>(x: node[F]) -> node[C] {
              graph { self_loops = none }
              param W: [F, C] init glorot
              let h = tanh(x @ W)
              let a = aggregate(mean) { h[src] }
              let b = batch_norm(h + a, eps = 1e-3, momentum = 0.3) as bn
              return layer_norm(b * b + h, eps = 1e-2) as ln
            }
            """)
        let program = try Autodiff.differentiate(m, inputs: ["x"])
        XCTAssertEqual(Verifier.verify(program), [])
        let params = m.ops.filter { $0.opcode == .param }.map { $0.name! }
        XCTAssertEqual(params, ["W", "bn.weight", "bn.bias", "ln.weight", "ln.bias"])
        // logits, loss, one gradient per parameter, the features' gradient, then the two states.
        XCTAssertEqual(program.results.count, 2 + params.count + 1 + 2)
        XCTAssertEqual(program.stateResults.map(\.result), [8, 9])

        var rng = SplitMix64(state: 23)
        let n = 12, f = 4, c = 3
        let graph = AutodiffTests.randomGraph(nodes: n, edges: 26, rng: &rng)
        var b = ReferenceBindings(dims: ["F": f, "C": c], training: true, seed: 1)
        b.inputs["x"] = random([n, f], &rng)
        b.inputs["labels"] = Tensor64(shape: [n], data: (0..<n).map { _ in Double(rng.int(c)) })
        b.inputs["train_mask"] = Tensor64(shape: [n], data: (0..<n).map { $0 % 3 == 0 ? 0 : 1 })
        b.params["W"] = random([f, c], &rng, scale: 0.8)
        for name in ["bn.weight", "ln.weight"] { b.params[name] = random([c], &rng, scale: 0.5, offset: 1) }
        for name in ["bn.bias", "ln.bias"] { b.params[name] = random([c], &rng, scale: 0.5) }
        b.params["bn.running_mean"] = random([c], &rng)
        b.params["bn.running_var"] = random([c], &rng, scale: 0.5, offset: 1)
        let analytic = try ReferenceInterpreter.results(program, graph: graph, b)
        func loss(_ b: ReferenceBindings) throws -> Double { try ReferenceInterpreter.results(program, graph: graph, b)[1].data[0] }

        func check(_ name: String, gradient: Tensor64, perturb: (inout ReferenceBindings, Int, Double) -> Void) throws {
            var diff = 0.0, norm = 0.0
            for i in 0..<gradient.count {
                var plus = b, minus = b
                perturb(&plus, i, 1e-6)
                perturb(&minus, i, -1e-6)
                let numeric = (try loss(plus) - loss(minus)) / 2e-6
                diff += (numeric - gradient.data[i]) * (numeric - gradient.data[i])
                norm += numeric * numeric
            }
            XCTAssertGreaterThan(norm, 0, name)
            XCTAssertLessThan(diff.squareRoot() / norm.squareRoot(), 1e-6, "gradient of \(name)")
        }
        let names = program.results.map { IRPrinter.valueNames(program)[$0.index] }
        func gradient(_ name: String) throws -> Tensor64 { analytic[try XCTUnwrap(names.firstIndex(of: "%grad." + name), name)] }
        for name in params {
            try check(name, gradient: try gradient(name)) { $0.params[name]!.data[$1] += $2 }
        }
        try check("x", gradient: try gradient("x")) { $0.inputs["x"]!.data[$1] += $2 }
        // The running statistics do not move the training loss: nothing to train there.
        var moved = b
        moved.params["bn.running_mean"]!.data[0] += 1
        moved.params["bn.running_var"]!.data[1] += 1
        XCTAssertEqual(try loss(moved), try loss(b))
    }
}
