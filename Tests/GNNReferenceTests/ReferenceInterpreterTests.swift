// The reference interpreter against independent dense formulas (GCN, GAT) and per-op semantics.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNReference
import GNNTestSupport


extension SplitMix64 {
    mutating func tensor(_ shape: [Int]) -> Tensor64 {
        Tensor64(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in uniform() })
    }
}

final class ReferenceInterpreterTests: XCTestCase {
    func compile(_ text: String) throws -> GraphModule {
        let result = SpecFrontEnd.compile(SourceFile(name: "test.gnn", text: text))
        let rendered = DiagnosticRenderer(sources: [SourceFile(name: "test.gnn", text: text)]).render(result.diagnostics)
        return try XCTUnwrap(result.module, rendered)
    }

    func modelSpec(_ name: String) throws -> GraphModule {
        try compile(String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8))
    }

    /// A graph with an isolated node (5), a duplicate edge (0->1 twice) and a self-loop (2->2).
    let graph = GraphData(numNodes: 6, src: [0, 0, 1, 2, 3, 4, 2, 3], dst: [1, 1, 2, 0, 2, 3, 2, 4])

    // MARK: whole models against dense formulas

    func testGCNMatchesDenseFormula() throws {
        let m = try modelSpec("gcn")
        var rng = SplitMix64(state: 1)
        let (n, f, c) = (6, 5, 3)
        let x = rng.tensor([n, f]), w1 = rng.tensor([f, 16]), b1 = rng.tensor([16]), w2 = rng.tensor([16, c]), b2 = rng.tensor([c])
        let g = graph.applyingSelfLoops("add")
        let out = try ReferenceInterpreter.results(m, graph: g, ReferenceBindings(
            dims: ["F": f, "C": c], inputs: ["x": x],
            params: ["conv1.W": w1, "conv1.b": b1, "conv2.W": w2, "conv2.b": b2]))[0]
        // Dense: A_hat[i][j] = sum over edges j->i of d_i^-1/2 d_j^-1/2, d = in-degree with loops.
        let deg = g.inDegrees().map(Double.init)
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for e in 0..<g.numEdges { a[g.dst[e]][g.src[e]] += 1 / (deg[g.dst[e]] * deg[g.src[e]]).squareRoot() }
        func layer(_ h: [[Double]], _ w: Tensor64, _ b: Tensor64) -> [[Double]] {
            let k = w.shape[0], o = w.shape[1]
            let hw = h.map { row in (0..<o).map { j in (0..<k).reduce(0) { $0 + row[$1] * w.data[$1 * o + j] } } }
            return (0..<n).map { i in (0..<o).map { j in (0..<n).reduce(0) { $0 + a[i][$1] * hw[$1][j] } + b.data[j] } }
        }
        let xs = (0..<n).map { i in Array(x.data[i * f..<(i + 1) * f]) }
        let h = layer(xs, w1, b1).map { $0.map { max($0, 0) } }
        let expected = layer(h, w2, b2).flatMap { $0 }
        XCTAssertEqual(out.shape, [n, c])
        XCTAssertLessThan(out.maxRelativeError(to: Tensor64(shape: [n, c], data: expected)), 1e-12)
    }

    func testGATLayerMatchesIndependentFormula() throws {
        let m = try compile("""
            layer gat<FI, H, FO>(h: node[FI]) -> node[H, FO] {
              param W: [FI, H * FO] init glorot
              param a_s: [H, FO] init glorot
              param a_d: [H, FO] init glorot
              let z = (h @ W).view(H, FO)
              let s = edgewise { leaky_relu(rowsum(z * a_s)[src] + rowsum(z * a_d)[dst], 0.2) }
              let a = edge_softmax(s)
              return aggregate(sum) { a[edge] * z[src] }
            }
            model M<F, C>(x: node[F]) -> node[C] { return mean_heads(gat<F, 2, C>(x) as g) }
            """)
        var rng = SplitMix64(state: 7)
        let (n, f, heads, c) = (6, 4, 2, 3)
        let x = rng.tensor([n, f]), w = rng.tensor([f, heads * c]), aS = rng.tensor([heads, c]), aD = rng.tensor([heads, c])
        let g = graph.applyingSelfLoops("add")
        let out = try ReferenceInterpreter.results(m, graph: g, ReferenceBindings(
            dims: ["F": f, "C": c], inputs: ["x": x], params: ["g.W": w, "g.a_s": aS, "g.a_d": aD]))[0]
        // z[v][h][j], score(e, h) = leaky(<a_s[h], z[src][h]> + <a_d[h], z[dst][h]>)
        let z = (0..<n).map { v in (0..<heads).map { hd in (0..<c).map { j in
            (0..<f).reduce(0.0) { $0 + x.data[v * f + $1] * w.data[$1 * heads * c + hd * c + j] } } } }
        var expected = [Double](repeating: 0, count: n * c)
        for v in 0..<n {
            let incoming = (0..<g.numEdges).filter { g.dst[$0] == v }
            for hd in 0..<heads {
                let scores = incoming.map { e -> Double in
                    let s = (0..<c).reduce(0.0) { $0 + aS.data[hd * c + $1] * z[g.src[e]][hd][$1] + aD.data[hd * c + $1] * z[v][hd][$1] }
                    return s > 0 ? s : 0.2 * s
                }
                let top = scores.max() ?? 0
                let weights = scores.map { exp($0 - top) }
                let total = weights.reduce(0, +)
                for (k, e) in incoming.enumerated() {
                    for j in 0..<c { expected[v * c + j] += weights[k] / total * z[g.src[e]][hd][j] / Double(heads) }
                }
            }
        }
        XCTAssertLessThan(out.maxRelativeError(to: Tensor64(shape: [n, c], data: expected)), 1e-12)
    }

    // MARK: op semantics

    func run(_ text: String, x: Tensor64, dims: [String: Int], training: Bool = false, seed: UInt64 = 0,
             graph g: GraphData? = nil) throws -> Tensor64 {
        try ReferenceInterpreter.results(try compile(text), graph: g ?? graph, ReferenceBindings(
            dims: dims, inputs: ["x": x], training: training, seed: seed))[0]
    }

    func testAggregationsGiveZeroOnEmptyNeighbourhoodAndMeanDividesByCount() throws {
        let x = Tensor64(shape: [6, 1], data: [1, 2, 3, 4, 5, 6])
        func agg(_ r: String) throws -> [Double] {
            try run("model M<F>(x: node[F]) -> node[F] { return aggregate(\(r)) { x[src] } }", x: x, dims: ["F": 1]).data
        }
        // in-edges: 0 <- {2}; 1 <- {0, 0}; 2 <- {1, 3, 2}; 3 <- {4}; 4 <- {3}; 5 <- {}
        XCTAssertEqual(try agg("sum"), [3, 2, 9, 5, 4, 0])
        XCTAssertEqual(try agg("mean"), [3, 1, 3, 5, 4, 0])
        XCTAssertEqual(try agg("max"), [3, 1, 4, 5, 4, 0])
        XCTAssertEqual(try agg("min"), [3, 1, 2, 5, 4, 0])
    }

    /// A model dimension used as a number is the value the run binds: F = 2 here, through a layer
    /// dimension too (FO bound to F).
    func testModelDimensionsAsNumbersTakeTheBoundValue() throws {
        let x = Tensor64(shape: [6, 2], data: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
        let spec = """
        layer scaled<FO>(h: node[FO]) -> node[FO] { return h * rsqrt(FO) }
        model M<F>(x: node[F]) -> node[F] { return scaled<F>(x) * (1.0 / F) + F }
        """
        let y = try run(spec, x: x, dims: ["F": 2]).data
        XCTAssertEqual(y.count, 12)
        for (a, b) in zip(y, x.data) { XCTAssertEqual(a, b / 2.0.squareRoot() / 2 + 2, accuracy: 1e-12) }
    }

    func testEdgeSoftmaxSumsToOneOverEachDestination() throws {
        var rng = SplitMix64(state: 3)
        let x = rng.tensor([6, 2])
        let spec = """
            model M<F>(x: node[F]) -> node[F] {
              let a = edge_softmax(edgewise { x[src] * 5.0 })
              return aggregate(sum) { a[edge] }
            }
            """
        let sums = try run(spec, x: x, dims: ["F": 2])
        for v in 0..<6 {
            let hasIn = graph.dst.contains(v)
            for j in 0..<2 { XCTAssertEqual(sums.data[v * 2 + j], hasIn ? 1 : 0, accuracy: 1e-12) }
        }
    }

    func testBroadcastingHeadsAndBias() throws {
        let spec = """
            model M<F>(x: node[F]) -> node[2, F] {
              param s: [2, 1] init ones
              param b: [F] init zeros
              return x.view(1, F) * s + b
            }
            """
        let x = Tensor64(shape: [6, 3], data: (0..<18).map(Double.init))
        let out = try ReferenceInterpreter.results(try compile(spec), graph: graph, ReferenceBindings(
            dims: ["F": 3], inputs: ["x": x],
            params: ["s": Tensor64(shape: [2, 1], data: [10, 100]), "b": Tensor64(shape: [3], data: [1, 2, 3])]))[0]
        XCTAssertEqual(out.shape, [6, 2, 3])
        // node 1: x = [3, 4, 5]; head 0 scales by 10, head 1 by 100; then + [1, 2, 3]
        XCTAssertEqual(Array(out.data[6..<12]), [31, 42, 53, 301, 402, 503])
    }

    func testDropoutIsDeterministicPerSeedScaledAndOffInEvaluation() throws {
        let spec = "model M<F>(x: node[F]) -> node[F] { return dropout(x, 0.25) }"
        let big = GraphData(numNodes: 400, src: [], dst: [])
        let x = Tensor64(shape: [400, 10], data: [Double](repeating: 1, count: 4000))
        let a = try run(spec, x: x, dims: ["F": 10], training: true, seed: 11, graph: big)
        let b = try run(spec, x: x, dims: ["F": 10], training: true, seed: 11, graph: big)
        let c = try run(spec, x: x, dims: ["F": 10], training: true, seed: 12, graph: big)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
        XCTAssertEqual(Set(a.data), [0, 1 / 0.75])
        let kept = Double(a.data.filter { $0 != 0 }.count) / 4000
        XCTAssertEqual(kept, 0.75, accuracy: 0.03)
        XCTAssertEqual(try run(spec, x: x, dims: ["F": 10], training: false, graph: big), x)
    }

    /// reduce(max|min) over all nodes, per feature; log_softmax per row, with values so large that
    /// an unshifted exp overflows.
    func testReduceExtremaAndLogSoftmaxKnownValues() throws {
        let x = Tensor64(shape: [6, 2], data: [1, -2, 4, 0, -3, 7, 4, 1, 0, -5, 2, 2])
        let extremes = try run("model M<F>(x: node[F]) -> node[F] { return x * 0.0 + reduce(max) { x } - 10.0 * reduce(min) { x } }",
                               x: x, dims: ["F": 2])
        // max = [4, 7], min = [-3, -5]: every row is [4 + 30, 7 + 50].
        for v in 0..<6 { XCTAssertEqual(Array(extremes.data[2 * v..<2 * v + 2]), [34, 57]) }
        let big = Tensor64(shape: [2, 3], data: [1000, 1001, 1002, 1, 2, 3])
        let logp = try run("model M<F>(x: node[F]) -> node[F] { return log_softmax(x) }", x: big, dims: ["F": 3],
                           graph: GraphData(numNodes: 2, src: [], dst: []))
        let expected = [-2.4076059644444285, -1.4076059644444285, -0.40760596444442854]
        for v in 0..<2 { for c in 0..<3 { XCTAssertEqual(logp.data[3 * v + c], expected[c], accuracy: 1e-12) } }
    }

    /// Each loss's float64 term (LossKind), the one the reference's loss op averages over the
    /// masked nodes and the trainer reports: PyTorch's F.cross_entropy, F.nll_loss and F.mse_loss
    /// against the one-hot label, by hand.
    func testLossTermsKnownValues() {
        let row: ArraySlice<Double> = [0.5, -1, 2]
        XCTAssertEqual(LossKind.crossEntropy.term(row, label: 1), log(exp(0.5) + exp(-1) + exp(2)) + 1, accuracy: 1e-14)
        XCTAssertEqual(LossKind.nll.term(row, label: 2), -2)
        XCTAssertEqual(LossKind.mse.term(row, label: 0), (0.25 + 1 + 4) / 3, accuracy: 1e-15)
        XCTAssertEqual(LossKind.nll.termGradient(row, label: 0), [-1, 0, 0])
        XCTAssertEqual(LossKind.mse.termGradient(row, label: 2), [1.0 / 3, -2.0 / 3, 2.0 / 3])
        let p = [exp(0.5), exp(-1), exp(2)].map { $0 / (exp(0.5) + exp(-1) + exp(2)) }
        for (g, e) in zip(LossKind.crossEntropy.termGradient(row, label: 1), [p[0], p[1] - 1, p[2]]) { XCTAssertEqual(g, e, accuracy: 1e-15) }
        // A label outside the row is NaN, not a crash.
        XCTAssertTrue(LossKind.nll.term(row, label: 3).isNaN)
        XCTAssertTrue(LossKind.mse.termGradient(row, label: -1).allSatisfy(\.isNaN))
        XCTAssertEqual(LossKind.spelled, "cross_entropy, nll or mse")
    }

    func testSelfLoopsAreReplacedByExactlyOnePerNode() {
        let g = graph.applyingSelfLoops("add")
        XCTAssertEqual(g.numEdges, graph.numEdges - 1 + 6)
        for v in 0..<6 { XCTAssertEqual(zip(g.src, g.dst).filter { $0 == v && $1 == v }.count, 1) }
        XCTAssertEqual(graph.applyingSelfLoops("none"), graph)
    }

    func testUnboundInputsAndWrongShapesAreReported() throws {
        let m = try compile("model M<F>(x: node[F]) -> node[F] { return relu(x) }")
        XCTAssertThrowsError(try ReferenceInterpreter.run(m, graph: graph, ReferenceBindings(dims: ["F": 2]))) {
            XCTAssertTrue("\($0)".contains("input 'x' is not bound"))
        }
        let wrong = ReferenceBindings(dims: ["F": 2], inputs: ["x": Tensor64(zeros: [6, 3])])
        XCTAssertThrowsError(try ReferenceInterpreter.run(m, graph: graph, wrong)) {
            XCTAssertTrue("\($0)".contains("expected [6, 2]"))
        }
        XCTAssertThrowsError(try ReferenceInterpreter.run(m, graph: graph, ReferenceBindings(dims: [:], inputs: ["x": Tensor64(zeros: [6, 2])]))) {
            XCTAssertTrue("\($0)".contains("not bound"))
        }
    }
}
