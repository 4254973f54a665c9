// Autodiff against central finite differences in float64, for every ModelSpec and for a spec that
// uses every differentiable op; the reference interpreter evaluates both.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNReference
import GNNTestSupport

final class AutodiffTests: XCTestCase {

    /// Isolated nodes, a hub, duplicate edges and self-loops, as the issue asks of numeric tests.
    static func randomGraph(nodes n: Int, edges: Int, rng: inout SplitMix64) -> GraphData {
        var src: [Int] = [], dst: [Int] = []
        let isolated = Set([n - 1, n - 2])
        let live = (0..<n).filter { !isolated.contains($0) }
        for _ in 0..<edges { src.append(live[rng.int(live.count)]); dst.append(live[rng.int(live.count)]) }
        for v in live.prefix(live.count / 2) { src.append(v); dst.append(0) }   // node 0 is a hub
        src.append(src[0]); dst.append(dst[0])                                  // a duplicate edge
        src.append(1); dst.append(1)                                            // a self-loop
        // As a batch of graphs (read by graph classifiers only): four, one of them empty.
        return GraphData(numNodes: n, src: src, dst: dst, graphPtr: [0, n / 3, n / 3, n / 2, n])
    }

    func compile(_ text: String, name: String) throws -> GraphModule {
        let file = SourceFile(name: name, text: text)
        let result = SpecFrontEnd.compile(file)
        return try XCTUnwrap(result.module, DiagnosticRenderer(sources: [file]).render(result.diagnostics))
    }

    /// Checks every parameter's gradient against central differences of the loss (training mode,
    /// fixed dropout seed, so the function is fixed). Returns the worst relative error.
    func checkGradients(_ forward: GraphModule, dims: [String: Int], seed: UInt64, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        let program = try Autodiff.differentiate(forward)
        XCTAssertEqual(Verifier.verify(program), [], file: file, line: line)
        var rng = SplitMix64(state: seed)
        let n = 14, c = dims["C"]!
        let graph = Self.randomGraph(nodes: n, edges: 30, rng: &rng).applyingSelfLoops(forward.graphSettings["self_loops"]?.asIdent)
        var bindings = ReferenceBindings(dims: dims, training: true, seed: 42)
        let xShape = try ReferenceInterpreter.concreteShape(forward.type(of: forward.ops.firstIndex { $0.opcode == .input }.map(ValueID.init)!), graph, dims)
        bindings.inputs["x"] = Tensor64(shape: xShape, data: (0..<xShape.reduce(1, *)).map { _ in rng.uniform() })
        // A label per node, or per graph for a graph classifier.
        let rows = forward.type(of: forward.results[0]).domain == .graph ? graph.numGraphs : n
        bindings.inputs["labels"] = Tensor64(shape: [rows], data: (0..<rows).map { _ in Double(rng.int(c)) })
        bindings.inputs["train_mask"] = Tensor64(shape: [rows], data: (0..<rows).map { $0 % 3 == 0 && rows > 4 ? 0 : 1 })
        let params = forward.ops.filter { $0.opcode == .param }
        for p in params {
            let shape = try ReferenceInterpreter.concreteShape(p.type, graph, dims)
            bindings.params[p.name!] = Tensor64(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in 0.6 * rng.uniform() })
        }
        let results = try ReferenceInterpreter.results(program, graph: graph, bindings)
        func loss(_ b: ReferenceBindings) throws -> Double { try ReferenceInterpreter.results(program, graph: graph, b)[1].data[0] }
        var worst = 0.0
        for (k, p) in params.enumerated() {
            let analytic = results[2 + k]
            let name = p.name!
            var diff = 0.0, norm = 0.0
            // Sample elements of large parameters; small ones are checked whole.
            let count = bindings.params[name]!.count
            let picks = count <= 24 ? Array(0..<count) : (0..<24).map { _ in rng.int(count) }
            for i in picks {
                let h = 1e-6
                var plus = bindings, minus = bindings
                plus.params[name]!.data[i] += h
                minus.params[name]!.data[i] -= h
                let numeric = (try loss(plus) - loss(minus)) / (2 * h)
                diff += (numeric - analytic.data[i]) * (numeric - analytic.data[i])
                norm += numeric * numeric
            }
            let rel = diff.squareRoot() / max(norm.squareRoot(), 1e-12)
            XCTAssertLessThan(rel, 1e-6, "gradient of \(name) differs from finite differences", file: file, line: line)
            XCTAssertGreaterThan(norm, 0, "gradient of \(name) is identically zero on the sampled elements", file: file, line: line)
            worst = max(worst, rel)
        }
        return worst
    }

    /// `reduce(sum|mean) { node value }` lowers to sum_to (and broadcast_to for the count): both
    /// now have derivative rules, checked here against central differences.
    func testReduceOverNodesGradientMatchesFiniteDifferences() throws {
        let spec = """
            model Centred<F, C>(x: node[F]) -> node[C] {
              param W: [F, C] init glorot
              let h = tanh(x @ W)
              let centred = h - reduce(mean) { h }
              return centred + 0.1 * reduce(sum) { centred * centred }
            }
            """
        let worst = try checkGradients(try compile(spec, name: "reduce.gnn"), dims: ["F": 4, "C": 3], seed: 11)
        XCTAssertLessThan(worst, 1e-6)
    }

    /// `reduce(max|min) { node value }` (max_to, min_to) and `log_softmax`, under each loss of the
    /// train block (the program differentiates the one its train block names): gradients against
    /// central differences. Random values have no ties, so max and min are differentiable here.
    func testReduceExtremaLogSoftmaxAndEachLossGradientMatchFiniteDifferences() throws {
        for loss in LossKind.allCases {
            let spec = """
                model Extremes<F, C>(x: node[F]) -> node[C] {
                  param W: [F, 2 * C] init glorot
                  let z = tanh(x @ W).view(2, C)
                  let spread = z - reduce(max) { z } + 0.5 * reduce(min) { z * z }
                  return mean_heads(log_softmax(spread) + 0.3 * reduce(max) { log_softmax(z) })
                }
                train { loss = \(loss.rawValue) }
                """
            let forward = try compile(spec, name: "extremes.gnn")
            XCTAssertEqual(forward.train["loss"]?.asIdent, loss.rawValue)
            let printed = IRPrinter.print(try Autodiff.differentiate(forward))
            XCTAssertTrue(printed.contains("%loss = \(loss.rawValue) "), printed)
            let worst = try checkGradients(forward, dims: ["F": 4, "C": 3], seed: 13)
            XCTAssertLessThan(worst, 1e-6, loss.rawValue)
        }
    }

    /// nll of log_softmax(h) is cross_entropy of h, loss and every gradient (float64, to rounding):
    /// the two programs differ only in where the softmax's normalisation is differentiated.
    func testNllOfLogSoftmaxIsCrossEntropyOfTheLogits() throws {
        func results(_ returned: String, _ loss: String) throws -> [Tensor64] {
            let forward = try compile("""
                model M<F, C>(x: node[F]) -> node[C] {
                  graph { self_loops = add }
                  param W: [F, C] init glorot
                  param b: [C] init zeros
                  let h = aggregate(mean) { (x @ W)[src] } + b
                  return \(returned)
                }
                train { loss = \(loss) }
                """, name: "\(loss).gnn")
            var rng = SplitMix64(state: 21)
            let n = 9, f = 4, c = 3
            let graph = Self.randomGraph(nodes: n, edges: 20, rng: &rng)
            var bindings = ReferenceBindings(dims: ["F": f, "C": c], training: true, seed: 1)
            bindings.inputs["x"] = Tensor64(shape: [n, f], data: (0..<(n * f)).map { _ in rng.uniform() * 4 - 2 })
            bindings.inputs["labels"] = Tensor64(shape: [n], data: (0..<n).map { Double($0 % c) })
            bindings.inputs["train_mask"] = Tensor64(shape: [n], data: (0..<n).map { $0 % 4 == 0 ? 0 : 1 })
            bindings.params["W"] = Tensor64(shape: [f, c], data: (0..<(f * c)).map { _ in rng.uniform() * 2 - 1 })
            bindings.params["b"] = Tensor64(shape: [c], data: [0.3, -0.2, 0.1])
            return try ReferenceInterpreter.results(try Autodiff.differentiate(forward), graph: graph, bindings)
        }
        let nll = try results("log_softmax(h)", "nll"), ce = try results("h", "cross_entropy")
        XCTAssertEqual(nll.count, 4)
        XCTAssertGreaterThan(ce[1].data[0], 0.5)
        XCTAssertEqual(nll[1].data[0], ce[1].data[0], accuracy: 1e-13, "the loss")
        for k in 2..<4 {
            XCTAssertLessThan(nll[k].maxRelativeError(to: ce[k]), 1e-12, "gradient \(k - 2)")
            XCTAssertGreaterThan(ce[k].data.map(abs).max() ?? 0, 1e-3)
        }
        // The outputs are the log-probabilities: each row's exponentials sum to 1.
        for v in 0..<9 { XCTAssertEqual((0..<3).map { exp(nll[0].data[v * 3 + $0]) }.reduce(0, +), 1, accuracy: 1e-13) }
    }

    func testEveryModelSpecGradientMatchesFiniteDifferences() throws {
        for name in ["gcn", "gat", "sage", "gin", "sgc", "appnp"] {
            let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8)
            let worst = try checkGradients(try compile(text, name: name), dims: ["F": 5, "C": 3], seed: 5)
            XCTAssertLessThan(worst, 1e-6, name)
        }
    }

    /// Every differentiable op in one model: gathers from both ends, the four aggregations, edge
    /// softmax, view/rowsum/concat/mean_heads, dropout and every unary and binary op.
    func testEveryOpGradientMatchesFiniteDifferences() throws {
        let spec = """
            layer everything<FI, H, FO>(h: node[FI]) -> node[FO] {
              param W: [FI, H * FO] init glorot
              param a: [H, FO] init glorot
              param s: [FO] init ones
              let z = (h @ W).view(H, FO)
              let score = edgewise { leaky_relu(rowsum(z * a)[src] - rowsum(z)[dst], 0.2) }
              let att = edge_softmax(score)
              let m1 = aggregate(sum) { att[edge] * z[src] }
              let m2 = aggregate(max) { z[src] * 2.0 }
              let m3 = aggregate(min) { tanh(z[dst] + z[src]) }
              let m4 = aggregate(mean) { sigmoid(z[src]) }
              let heads = mean_heads(elu(m1) + m2 * m3 - m4)
              let both = concat(heads, exp(-heads * heads))
              let positive = log(sigmoid(rowsum(both)) + 1.0) * rsqrt(rowsum(both * both) + 1.0)
              return dropout(heads / (s * s + 1.0), 0.3) * positive + relu(heads) * s
            }
            model Everything<F, C>(x: node[F]) -> node[C] {
              graph { self_loops = none }
              return everything<F, 2, C>(x) as e
            }
            """
        let worst = try checkGradients(try compile(spec, name: "everything.gnn"), dims: ["F": 4, "C": 3], seed: 9)
        XCTAssertLessThan(worst, 1e-6)
    }

    /// The readouts (`aggregate.graph.*`) and their transposes: a graph classifier pooling with every
    /// reduction over a batch of four graphs, one empty, and reading the pooled value back at its
    /// nodes through a second layer's mean readout of a node value scaled per graph.
    func testReadoutGradientsMatchFiniteDifferences() throws {
        let spec = """
            model Pool<F, C>(x: node[F]) -> graph[C] {
              graph { self_loops = none }
              param W: [F, 4] init glorot
              param V: [16, C] init glorot
              let h = tanh(x @ W + aggregate(sum) { x[src] } @ W)
              let g = concat(readout(sum) { h }, readout(mean) { h * h }, readout(max) { h }, readout(min) { sigmoid(h) })
              return g @ V
            }
            """
        let worst = try checkGradients(try compile(spec, name: "pool.gnn"), dims: ["F": 3, "C": 3], seed: 13)
        XCTAssertLessThan(worst, 1e-6)
    }

    /// Every element-wise function of the op table (the spec is generated from it), so a new entry's
    /// derivative rule is checked without editing this test.
    func testEveryElementwiseFunctionGradientMatchesFiniteDifferences() throws {
        let worst = try checkGradients(try compile(everyElementwiseFunctionSpec(), name: "every_function.gnn"), dims: ["F": 4, "C": 3], seed: 11)
        XCTAssertLessThan(worst, 1e-6)
    }

    /// At a tie max and min give each operand half the gradient (PyTorch's rule for torch.maximum
    /// and torch.minimum): with s = 1 exactly, d/ds of `y * max(s, 1)` is half that of `y * s`,
    /// and away from the tie it is all or nothing.
    func testMaxAndMinSplitTheGradientAtATie() throws {
        func gradient(of factor: String, s value: Double) throws -> [Double] {
            let forward = try compile("""
                model M<F, C>(x: node[F]) -> node[C] {
                  param W: [F, C] init glorot
                  param s: [C] init ones
                  return (x @ W) * \(factor)
                }
                """, name: "tie.gnn")
            let program = try Autodiff.differentiate(forward)
            var rng = SplitMix64(state: 3)
            let n = 6, f = 3, c = 2
            let graph = GraphData(numNodes: n, src: [0, 1, 2], dst: [1, 2, 3])
            var b = ReferenceBindings(dims: ["F": f, "C": c], training: true, seed: 1)
            b.inputs["x"] = Tensor64(shape: [n, f], data: (0..<(n * f)).map { _ in rng.uniform() })
            b.inputs["labels"] = Tensor64(shape: [n], data: (0..<n).map { Double($0 % c) })
            b.inputs["train_mask"] = Tensor64(shape: [n], data: Array(repeating: 1, count: n))
            b.params["W"] = Tensor64(shape: [f, c], data: (0..<(f * c)).map { _ in rng.uniform() - 0.5 })
            b.params["s"] = Tensor64(shape: [c], data: Array(repeating: value, count: c))
            let params = forward.ops.filter { $0.opcode == .param }.map(\.name!)
            return try ReferenceInterpreter.results(program, graph: graph, b)[2 + params.firstIndex(of: "s")!].data
        }
        let whole = try gradient(of: "s", s: 1)
        XCTAssertTrue(whole.allSatisfy { $0 != 0 }, "\(whole)")
        for factor in ["max(s, 1)", "max(1, s)", "min(s, 1)", "min(1, s)"] {
            let tie = try gradient(of: factor, s: 1)
            for (t, w) in zip(tie, whole) { XCTAssertEqual(t, 0.5 * w, accuracy: 1e-12, factor) }
        }
        // Off the tie: max(s, 1) passes all of it for s > 1, none for s < 1; min the other way.
        let above = try gradient(of: "s", s: 1.5), below = try gradient(of: "s", s: 0.5)
        XCTAssertEqual(try gradient(of: "max(s, 1)", s: 1.5), above)
        XCTAssertEqual(try gradient(of: "max(s, 1)", s: 0.5), [0, 0])
        XCTAssertEqual(try gradient(of: "min(1, s)", s: 0.5), below)
        XCTAssertEqual(try gradient(of: "min(1, s)", s: 1.5), [0, 0])
    }

    func testBackwardOfGatherSumIsTransposedAggregateOnTheReverseGraph() throws {
        let m = try compile("""
            model M<F, C>(x: node[F]) -> node[C] {
              param W: [F, C] init glorot
              return aggregate(sum) { (x @ W)[src] }
            }
            """, name: "m.gnn")
        let printed = IRPrinter.print(try Autodiff.differentiate(m))
        XCTAssertTrue(fileCheck(input: printed, checks: """
            // CHECK: %[[G:[0-9]+]] = cross_entropy_grad
            // CHECK: %[[T:[0-9]+]] = gather.dst %[[G]] : f32[E, C]
            // CHECK: %[[S:[0-9]+]] = aggregate.src.sum %[[T]] : f32[N, C]
            // CHECK: %grad.W = matmul_tn %x, %[[S]] : f32[F, C]
            // CHECK: return %{{[0-9]+}}, %loss, %grad.W
            """).isEmpty, printed)
    }

    func testModelNotReturningLogitsIsRefused() throws {
        let m = try compile("model M<F>(x: node[F]) -> node[1, F] { return x.view(1, F) }", name: "m.gnn")
        XCTAssertThrowsError(try Autodiff.differentiate(m)) {
            XCTAssertTrue("\($0)".contains("must return one node value of logits"))
        }
    }

    /// `inputs:` adds the gradient of named inputs (the benchmarks' primitives have no parameters).
    func testGradientOfANamedInputMatchesFiniteDifferences() throws {
        let m = try compile("""
            model P<F>(x: node[F]) -> node[F] {
              graph { self_loops = none }
              let a = edge_softmax(edgewise { rowsum(x[src] * x[dst]) })
              return aggregate(sum) { a[edge] * x[src] }
            }
            """, name: "p.gnn")
        XCTAssertEqual(try Autodiff.differentiate(m).results.count, 2, "no parameters: logits and loss only")
        let program = try Autodiff.differentiate(m, inputs: ["x"])
        XCTAssertEqual(Verifier.verify(program), [])
        XCTAssertEqual(program.results.count, 3)
        var rng = SplitMix64(state: 5)
        let n = 12, f = 3
        let graph = Self.randomGraph(nodes: n, edges: 26, rng: &rng)
        var b = ReferenceBindings(dims: ["F": f], training: true, seed: 1)
        b.inputs["x"] = Tensor64(shape: [n, f], data: (0..<n * f).map { _ in rng.uniform() })
        b.inputs["labels"] = Tensor64(shape: [n], data: (0..<n).map { _ in Double(rng.int(f)) })
        b.inputs["train_mask"] = Tensor64(shape: [n], data: (0..<n).map { $0 % 3 == 0 ? 0 : 1 })
        let analytic = try ReferenceInterpreter.results(program, graph: graph, b)[2]
        var diff = 0.0, norm = 0.0
        for i in 0..<n * f {
            var plus = b, minus = b
            plus.inputs["x"]!.data[i] += 1e-6
            minus.inputs["x"]!.data[i] -= 1e-6
            let numeric = (try ReferenceInterpreter.results(program, graph: graph, plus)[1].data[0]
                - ReferenceInterpreter.results(program, graph: graph, minus)[1].data[0]) / 2e-6
            diff += (numeric - analytic.data[i]) * (numeric - analytic.data[i])
            norm += numeric * numeric
        }
        XCTAssertGreaterThan(norm, 0)
        XCTAssertLessThan(diff.squareRoot() / norm.squareRoot(), 1e-6)
        XCTAssertThrowsError(try Autodiff.differentiate(m, inputs: ["y"])) { XCTAssertTrue("\($0)".contains("no input named y")) }
    }
}
