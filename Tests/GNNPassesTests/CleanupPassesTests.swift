// The cleanup passes (canonicalize, cse, dce, hoist-graph-only) on every ModelSpec, forward and
// backward: the verifier passes, the op count never grows, and the float64 reference interpreter
// gives the same results before and after, in training mode with a fixed dropout seed.
import Foundation
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNReference
import GNNSpec
import GNNTestSupport
import XCTest

final class CleanupPassesTests: XCTestCase {
    static let cleanup = ["canonicalize", "cse", "dce", "hoist-graph-only"]
    static let models = ["gcn", "gat", "sage", "gin", "sgc", "appnp"]
    /// Models whose programs must get strictly smaller (repeated degree normalisation).
    static let mustShrink: Set<String> = ["gcn", "appnp"]

    // MARK: - Helpers


    /// Random edges plus two isolated nodes, a hub, a duplicate edge and a self-loop.
    static func randomGraph(nodes n: Int, edges: Int, rng: inout SplitMix64) -> GraphData {
        var src: [Int] = [], dst: [Int] = []
        let live = Array(0..<(n - 2))
        for _ in 0..<edges { src.append(live[rng.int(live.count)]); dst.append(live[rng.int(live.count)]) }
        for v in live.prefix(live.count / 2) { src.append(v); dst.append(0) }
        src.append(src[0]); dst.append(dst[0])
        src.append(1); dst.append(1)
        return GraphData(numNodes: n, src: src, dst: dst)
    }

    func compileSpec(_ name: String) throws -> GraphModule {
        let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8)
        let file = SourceFile(name: "\(name).gnn", text: text)
        let result = SpecFrontEnd.compile(file)
        return try XCTUnwrap(result.module, DiagnosticRenderer(sources: [file]).render(result.diagnostics))
    }

    func runPasses(_ m: GraphModule, _ passes: [String], file: StaticString = #filePath, line: UInt = #line) throws -> GraphModule {
        switch PassPipeline.run(m, passes: passes, verifyEach: true) {
        case .success(let out): return out
        case .failure(let f):
            XCTFail(DiagnosticRenderer(sources: []).render(f.diagnostics), file: file, line: line)
            throw f
        }
    }

    /// Random values for every input (by its `name` attribute, integers below `classes` for i32
    /// inputs, 0/1 for a mask) and every parameter (by its IR name), on one random graph.
    struct Setup {
        var graph: GraphData
        var bindings: ReferenceBindings
    }

    static func setup(for m: GraphModule, seed: UInt64, dims: [String: Int]? = nil) throws -> Setup {
        var rng = SplitMix64(state: seed)
        var allDims: [String: Int] = [:]
        for d in m.dimParams { allDims[d] = dims?[d] ?? 3 }
        let graph = randomGraph(nodes: 14, edges: 30, rng: &rng).applyingSelfLoops(m.graphSettings["self_loops"]?.asIdent)
        var b = ReferenceBindings(dims: allDims, training: true, seed: 42)
        let classes = allDims["C"] ?? 3
        for op in m.ops where op.opcode == .input || op.opcode == .param {
            let shape = try ReferenceInterpreter.concreteShape(op.type, graph, allDims)
            let count = shape.reduce(1, *)
            let data: [Double]
            if op.type.dtype == .i32 {
                data = (0..<count).map { _ in Double(rng.int(classes)) }
            } else if op.opcode == .input, op.name == "train_mask" {
                data = (0..<count).map { $0 % 3 == 0 ? 0 : 1 }
            } else {
                data = (0..<count).map { _ in rng.uniform() }
            }
            let t = Tensor64(shape: shape, data: data)
            if op.opcode == .param {
                b.params[op.name ?? ""] = t
            } else {
                let key = op.attributes["name"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? op.name ?? ""
                if b.inputs[key] == nil { b.inputs[key] = t }
            }
        }
        return Setup(graph: graph, bindings: b)
    }

    /// Largest |a - b| / max(|a|, |b|) over every element of every result; equal values (zeros,
    /// infinities, and NaN against NaN) count as 0.
    static func maxRelativeError(_ xs: [Tensor64], _ ys: [Tensor64]) -> Double {
        guard xs.count == ys.count else { return .infinity }
        var worst = 0.0
        for (x, y) in zip(xs, ys) {
            guard x.shape == y.shape else { return .infinity }
            for (a, b) in zip(x.data, y.data) {
                if a == b || (a.isNaN && b.isNaN) { continue }
                let e = abs(a - b) / max(abs(a), abs(b))
                worst = max(worst, e.isNaN ? .infinity : e)
            }
        }
        return worst
    }

    /// Evaluates `before` and `after` on the same graph and bindings; returns the worst error.
    func numericDifference(_ before: GraphModule, _ after: GraphModule, seed: UInt64) throws -> Double {
        let s = try Self.setup(for: before, seed: seed)
        let x = try ReferenceInterpreter.results(before, graph: s.graph, s.bindings)
        let y = try ReferenceInterpreter.results(after, graph: s.graph, s.bindings)
        return Self.maxRelativeError(x, y)
    }

    /// Named results must keep their names (the gradients' `grad.<param>`, the `loss`).
    func resultNames(_ m: GraphModule) -> [String?] { m.results.map { m[$0].name } }

    // MARK: - Every ModelSpec, forward and backward

    func testEveryModelSpecForwardAndBackward() throws {
        var report: [String] = []
        for name in Self.models {
            let forward = try compileSpec(name)
            let backward = try Autodiff.differentiate(forward)
            for (kind, program) in [("forward", forward), ("backward", backward)] {
                let label = "\(name) \(kind)"
                XCTAssertEqual(Verifier.verify(program), [], label)
                let cleaned = try runPasses(program, Self.cleanup)
                // (a) the verifier passes (verifyEach checked after every pass; once more here).
                XCTAssertEqual(Verifier.verify(cleaned), [], label)
                // (b) the op count never grows, and shrinks where there is repeated work.
                XCTAssertLessThanOrEqual(cleaned.ops.count, program.ops.count, label)
                if Self.mustShrink.contains(name) { XCTAssertLessThan(cleaned.ops.count, program.ops.count, label) }
                XCTAssertEqual(cleaned.results.count, program.results.count, label)
                XCTAssertEqual(resultNames(cleaned).compactMap { $0 }, resultNames(program).compactMap { $0 }, label)
                // (c) the reference interpreter gives the same results.
                let error = try numericDifference(program, cleaned, seed: 11)
                XCTAssertLessThan(error, 1e-12, label)
                // The pipeline reaches its fixed point in one run.
                XCTAssertEqual(IRPrinter.print(try runPasses(cleaned, Self.cleanup)), IRPrinter.print(cleaned), "\(label): a second run changed the module")
                report.append("\(label): \(program.ops.count) -> \(cleaned.ops.count) ops, max relative error \(error)")
            }
        }
        print("cleanup op counts:\n  " + report.joined(separator: "\n  "))
    }

    /// Each pass on its own also keeps the verifier happy, the op count and the numbers.
    func testEachCleanupPassAloneKeepsTheNumbers() throws {
        for name in Self.models {
            let forward = try compileSpec(name)
            for program in [forward, try Autodiff.differentiate(forward)] {
                for pass in Self.cleanup {
                    let out = try runPasses(program, [pass])
                    XCTAssertLessThanOrEqual(out.ops.count, program.ops.count, "\(name) \(pass)")
                    XCTAssertLessThan(try numericDifference(program, out, seed: 3), 1e-12, "\(name) \(pass)")
                }
            }
        }
    }

    func testGCNAndAPPNPDegreeChainsBecomeOne() throws {
        for name in ["gcn", "appnp"] {
            let forward = try compileSpec(name)
            for program in [forward, try Autodiff.differentiate(forward)] {
                XCTAssertGreaterThan(program.ops.filter { $0.opcode == .degree(.inDegree) }.count, 1, name)
                let cleaned = try runPasses(program, Self.cleanup)
                XCTAssertEqual(cleaned.ops.filter { $0.opcode == .degree(.inDegree) }.count, 1, name)
                XCTAssertEqual(cleaned.ops.filter { $0.opcode == .unary(.rsqrt) }.count, 1, name)
                // The graph-only prefix: every op up to the first non-graph one is tagged, no later one is.
                let staged = cleaned.ops.map { $0.attributes["stage"] == .ident("graph") }
                let prefix = staged.prefix { $0 }.count
                XCTAssertGreaterThanOrEqual(prefix, 3, name)
                XCTAssertFalse(staged.dropFirst(prefix).contains(true), name)
            }
        }
    }

    // MARK: - The .gir inputs keep their numbers too

    /// Every Inputs/*.gir whose RUN line runs only cleanup passes evaluates to the same results
    /// before and after (dims bound to 3, random inputs and params, training mode).
    func testEveryCleanupInputFileKeepsItsNumbers() throws {
        let dir = repoRoot() + "/Tests/GNNPassesTests/Inputs"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".gir") }.sorted()
        var checked = 0
        for name in files {
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            guard case .success(let passes) = runLinePasses(text), !passes.isEmpty,
                  passes.allSatisfy(Self.cleanup.contains), !text.contains("// ERROR") else { continue }
            let source = SourceFile(name: name, text: text)
            let (parsed, diagnostics) = IRParser.parse(source)
            let module = try XCTUnwrap(parsed, DiagnosticRenderer(sources: [source]).render(diagnostics))
            let out = try runPasses(module, passes)
            XCTAssertLessThan(try numericDifference(module, out, seed: 7), 1e-12, name)
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 8, "too few cleanup inputs were checked")
    }

    // MARK: - Dropout streams

    /// A dropout without a `stream` draws the mask of its op index; every pass that moves it
    /// must pin that stream, or the mask (and so the training step) would change.
    func testStreamlessDropoutsKeepTheirMasksThroughEveryPass() throws {
        let text = """
            model @M<F> {
              %x = input {name = "x"} : f32[N, F]
              %dead = tanh %x : f32[N, F]
              %one = constant {value = 1.0} : f32[]
              %a = mul %x, %one : f32[N, F]
              %d1 = dropout %a {p = 0.5} : f32[N, F]
              %d2 = dropout %a {p = 0.5} : f32[N, F]
              %0 = in_degree : f32[N, 1]
              %s = add %d1, %d2 : f32[N, F]
              %t = mul %s, %0 : f32[N, F]
              return %t
            }
            """
        let (parsed, ds) = IRParser.parse(SourceFile(name: "m.gir", text: text))
        let m = try XCTUnwrap(parsed, "\(ds)")
        for passes in [["canonicalize"], ["cse"], ["dce"], ["hoist-graph-only"], Self.cleanup] {
            let out = try runPasses(m, passes)
            XCTAssertEqual(out.ops.filter { $0.opcode == .dropout }.count, 2, "\(passes): stream-less dropouts never merge")
            XCTAssertLessThan(try numericDifference(m, out, seed: 1), 1e-12, "\(passes)")
        }
        // And the masks really differ between the two, so the check above is not vacuous.
        let s = try Self.setup(for: m, seed: 1)
        let values = try ReferenceInterpreter.run(m, graph: s.graph, s.bindings)
        XCTAssertNotEqual(values[4], values[5])
    }

    // MARK: - Pass-specific properties

    func testCanonicalizeIsIdempotentAndNeverGrows() throws {
        for name in Self.models {
            let backward = try Autodiff.differentiate(try compileSpec(name))
            let once = try runPasses(backward, ["canonicalize"])
            XCTAssertLessThanOrEqual(once.ops.count, backward.ops.count, name)
            XCTAssertEqual(try runPasses(once, ["canonicalize"]), once, name)
        }
    }

    func testCSEMergesAPPNPsTenPropagationProloguesIntoOne() throws {
        let appnp = try compileSpec("appnp")
        let out = try runPasses(appnp, ["canonicalize", "cse"])
        XCTAssertEqual(appnp.ops.filter { $0.opcode == .degree(.inDegree) }.count, 10)
        XCTAssertEqual(out.ops.filter { $0.opcode == .degree(.inDegree) }.count, 1)
        XCTAssertEqual(out.ops.filter { $0.opcode == .constant }.count, 2, "0.9 and 0.1, once each")
        // 0.1 * h0 is computed once and shared by the ten steps.
        let h0 = try XCTUnwrap(out.ops.firstIndex { $0.name == "h0" })
        XCTAssertEqual(out.ops.filter { $0.opcode == .binary(.mul) && $0.operands.first == ValueID(h0) }.count, 1)
    }

    /// maximum and minimum through the cleanup passes: two constants fold, a constant goes second,
    /// and cse merges max(a, b) with max(b, a) (they commute), numbers unchanged.
    func testMaxAndMinFoldCommuteAndMerge() throws {
        let text = """
            model @M<F> {
              %x = input {name = "x"} : f32[N, F]
              %two = constant {value = 2.0} : f32[]
              %three = constant {value = -3.0} : f32[]
              %k = maximum %two, %three : f32[]
              %j = minimum %two, %three : f32[]
              %t = tanh %x : f32[N, F]
              %a = maximum %x, %t : f32[N, F]
              %b = maximum %t, %x : f32[N, F]
              %c = minimum %k, %x : f32[N, F]
              %d = minimum %x, %j : f32[N, F]
              %s = add %a, %b : f32[N, F]
              %u = add %c, %d : f32[N, F]
              %v = mul %s, %u : f32[N, F]
              return %v
            }
            """
        let (parsed, ds) = IRParser.parse(SourceFile(name: "m.gir", text: text))
        let m = try XCTUnwrap(parsed, "\(ds)")
        let out = try runPasses(m, ["canonicalize", "cse", "dce"])
        XCTAssertLessThan(try numericDifference(m, out, seed: 3), 1e-12)
        XCTAssertEqual(out.ops.filter { $0.opcode == .binary(.maximum) }.count, 1, IRPrinter.print(out))
        XCTAssertEqual(Set(out.ops.filter { $0.opcode == .constant }.compactMap { $0.attributes["value"]?.asDouble }), [2, -3], IRPrinter.print(out))
        for op in out.ops where op.opcode == .binary(.minimum) {
            XCTAssertEqual(out.ops[op.operands[1].index].opcode, .constant, "the constant goes second: \(IRPrinter.print(out))")
        }
    }

    func testDCEKeepsInputsAndParamsAndResults() throws {
        let text = """
            model @M<F> {
              %x = input {name = "x"} : f32[N, F]
              %y = input {name = "y"} : f32[N, F]
              %W = param {init = glorot} : f32[F, F]
              %0 = relu %y : f32[N, F]
              return %x
            }
            """
        let m = try XCTUnwrap(IRParser.parse(SourceFile(name: "m.gir", text: text)).0)
        let out = try runPasses(m, ["dce"])
        XCTAssertEqual(out.ops.map(\.name), ["x", "y", "W"])
        XCTAssertEqual(out.results, [ValueID(0)])
    }

    func testHoistingAnAlreadyHoistedModuleChangesNothing() throws {
        for name in Self.models {
            let backward = try Autodiff.differentiate(try compileSpec(name))
            let once = try runPasses(backward, ["hoist-graph-only"])
            XCTAssertEqual(try runPasses(once, ["hoist-graph-only"]), once, name)
            // Nothing that depends on an input, a param or a dropout is tagged.
            let graphOnly = HoistGraphOnly.graphOnly(once)
            for (i, op) in once.ops.enumerated() {
                XCTAssertEqual(op.attributes["stage"] != nil, graphOnly[i], "\(name): op \(i) \(op.opcode)")
                if graphOnly[i] { XCTAssertFalse([Opcode.input, .param, .dropout].contains(op.opcode)) }
            }
        }
    }
}
