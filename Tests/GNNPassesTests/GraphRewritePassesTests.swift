// The graph rewrites transform-before-aggregate and move-rowwise-before-gather on every ModelSpec,
// forward and backward: the verifier passes, the float64 reference interpreter gives the same
// results before and after (training mode, fixed dropout seed), and each pass fires exactly where
// it should.
import Foundation
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNReference
import GNNSpec
import GNNTestSupport
import XCTest

final class GraphRewritePassesTests: XCTestCase {
    static let models = ["gcn", "gat", "sage", "gin", "sgc", "appnp"]
    /// Cora-like widths small enough for the reference interpreter: F = 40 features, C = 3 classes.
    static let dims = ["F": 40, "C": 3]

    static var transform: TransformBeforeAggregate { TransformBeforeAggregate(dims: dims) }
    static var move: MoveRowwiseBeforeGather { MoveRowwiseBeforeGather() }

    // MARK: - Helpers

    func compileSpec(_ name: String) throws -> GraphModule {
        let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8)
        let file = SourceFile(name: "\(name).gnn", text: text)
        let result = SpecFrontEnd.compile(file)
        return try XCTUnwrap(result.module, DiagnosticRenderer(sources: [file]).render(result.diagnostics))
    }

    /// Runs pass values (the bound transform is not the registered instance) with verify-each.
    func run(_ m: GraphModule, _ passes: [any GraphPass], file: StaticString = #filePath, line: UInt = #line) throws -> GraphModule {
        switch PassPipeline.run(m, pipeline: passes, verifyEach: true) {
        case .success(let out): return out
        case .failure(let f):
            XCTFail(DiagnosticRenderer(sources: []).render(f.diagnostics), file: file, line: line)
            throw f
        }
    }

    /// The worst relative error between the results of `before` and `after` on one random graph,
    /// with random inputs and params, in training mode (dropout on, fixed seed).
    func numericDifference(_ before: GraphModule, _ after: GraphModule, seed: UInt64,
                           dims: [String: Int] = GraphRewritePassesTests.dims) throws -> Double {
        let s = try CleanupPassesTests.setup(for: before, seed: seed, dims: dims)
        XCTAssertTrue(s.bindings.training)
        let x = try ReferenceInterpreter.results(before, graph: s.graph, s.bindings)
        let y = try ReferenceInterpreter.results(after, graph: s.graph, s.bindings)
        return CleanupPassesTests.maxRelativeError(x, y)
    }

    func programs(_ name: String) throws -> [(label: String, module: GraphModule)] {
        let forward = try compileSpec(name)
        return [("\(name) forward", forward), ("\(name) backward", try Autodiff.differentiate(forward))]
    }

    /// Feature widths of the aggregations, in program order.
    func aggregateWidths(_ m: GraphModule) -> [String] {
        m.ops.compactMap { op in
            if case .aggregate = op.opcode { return op.type.dims.last?.description }
            return nil
        }
    }

    /// Edge ops that the move would still rewrite: row-wise, every operand a same-side gather or global.
    func movableEdgeOps(_ m: GraphModule) -> [Int] {
        m.ops.indices.filter { i in
            let op = m.ops[i]
            guard MoveRowwiseBeforeGather.isRowwise(op.opcode), op.type.domain == .edge else { return false }
            var sides: [GraphSide] = []
            for v in op.operands {
                if case .gather(let s) = m[v].opcode { sides.append(s) } else if m.type(of: v).domain != .global { return false }
            }
            return !sides.isEmpty && Set(sides).count == 1
        }
    }

    // MARK: - Every ModelSpec, forward and backward

    func testEachPassOnEveryModelSpecKeepsTheNumbersAndFiresWhereExpected() throws {
        var fired: [String: [String]] = ["transform-before-aggregate": [], "move-rowwise-before-gather": []]
        var report: [String] = []
        for name in Self.models {
            for (label, program) in try programs(name) {
                XCTAssertEqual(Verifier.verify(program), [], label)
                for pass in [Self.transform, Self.move] as [any GraphPass] {
                    let out = try run(program, [pass])
                    XCTAssertEqual(Verifier.verify(out), [], "\(label) \(pass.name)")
                    XCTAssertEqual(out.results.count, program.results.count, "\(label) \(pass.name)")
                    XCTAssertEqual(out.results.map { out[$0].name }, program.results.map { program[$0].name },
                                   "\(label) \(pass.name): result names")
                    let error = try numericDifference(program, out, seed: 11)
                    XCTAssertLessThan(error, 1e-9, "\(label) \(pass.name)")
                    // A second run finds nothing left to do.
                    XCTAssertEqual(try run(out, [pass]), out, "\(label) \(pass.name): not idempotent")
                    if out != program {
                        fired[pass.name]!.append(label)
                        report.append("\(label) \(pass.name): \(program.ops.count) -> \(out.ops.count) ops, aggregate widths \(aggregateWidths(program)) -> \(aggregateWidths(out)), max relative error \(error)")
                    }
                }
            }
        }
        print("graph rewrites (F = 40, C = 3):\n  " + report.joined(separator: "\n  "))
        XCTAssertEqual(fired["move-rowwise-before-gather"], [
            "gcn forward", "gcn backward", "sgc forward", "sgc backward", "appnp forward", "appnp backward",
        ])
        // SAGE's second layer (64 -> 3) and SGC (40 -> 3). In the backward programs the forward
        // aggregate (or SGC's propagated features) is also read by the weight gradient
        // (matmul_tn), so it has a second use and stays.
        XCTAssertEqual(fired["transform-before-aggregate"], ["sage forward", "sgc forward"])
    }

    /// The default pipeline with the transform bound to the dims, as the runtime would run it.
    func testTheBoundDefaultPipelineKeepsTheNumbers() throws {
        let pipeline: [any GraphPass] = PassPipeline.table.filter { $0.modes.contains(.inference) }.map {
            $0.pass.name == Self.transform.name ? Self.transform : $0.pass
        }
        XCTAssertEqual(pipeline.map(\.name), PassPipeline.defaultPasses)
        for name in Self.models {
            for (label, program) in try programs(name) {
                let out = try run(program, pipeline)
                XCTAssertLessThan(try numericDifference(program, out, seed: 5), 1e-9, label)
                XCTAssertEqual(movableEdgeOps(out), [], "\(label): a movable edge op is left")
            }
        }
    }

    // MARK: - Where transform-before-aggregate fires

    /// SAGE's mean aggregation runs at min(F_in, F_out): with F = 40, layer 1 (40 -> 64) would
    /// widen and stays at 40, layer 2 (64 -> 3) aggregates at 3 instead of 64. With Cora's
    /// F = 1433 and C = 7, both layers narrow: 64 instead of 1433, and 7 instead of 64.
    func testSAGEAggregatesAtTheNarrowerWidth() throws {
        let sage = try compileSpec("sage")
        XCTAssertEqual(aggregateWidths(sage), ["F", "64"])
        let small = try run(sage, [Self.transform])
        XCTAssertEqual(aggregateWidths(small), ["F", "C"])
        let cora = try run(sage, [TransformBeforeAggregate(dims: ["F": 1433, "C": 7])])
        XCTAssertEqual(aggregateWidths(cora), ["64", "C"])
        XCTAssertLessThan(try numericDifference(sage, cora, seed: 2, dims: ["F": 60, "C": 3]), 1e-9)
        // Layer 2's neighbour term now gathers h @ W_neigh: [N, C], not h: [N, 64].
        let gathers = small.ops.filter { $0.opcode == .gather(.src) }.map(\.type)
        XCTAssertEqual(gathers, [.edge([Dim(symbol: "F")]), .edge([Dim(symbol: "C")])])
    }

    /// SGC's two propagation steps, `agg(h[src] * dn[src]) * dn`, are linear in x: with F = 40 and
    /// C = 3, x @ W comes first and both aggregations run at width C.
    func testSGCPropagatesAtTheClassWidth() throws {
        let sgc = try compileSpec("sgc")
        let out = try run(sgc, [Self.transform])
        XCTAssertEqual(aggregateWidths(sgc), ["F", "F"])
        XCTAssertEqual(aggregateWidths(out), ["C", "C"])
        let matmul = try XCTUnwrap(out.ops.first { $0.opcode == .matmul })
        XCTAssertEqual(out[matmul.operands[0]].name, "x", "the transform is applied to the input first")
        XCTAssertFalse(out.ops.contains { $0.type.domain == .edge && $0.type.dims.last == Dim(symbol: "F") },
                       "no per-edge value of width F is left")
    }

    /// The registered instance has no bindings: every ModelSpec width comparison involves F or C
    /// (or is a widening), so it changes nothing.
    func testTheRegisteredInstanceLeavesSymbolicWidthsAlone() throws {
        let registered = try XCTUnwrap(PassRegistry.pass(named: "transform-before-aggregate") as? TransformBeforeAggregate)
        XCTAssertEqual(registered.dims, [:])
        for name in Self.models {
            for (label, program) in try programs(name) {
                XCTAssertEqual(try run(program, [registered]), program, label)
            }
        }
    }

    /// With a binding, a symbolic input width decides: F = 64 narrows to 4; F = 4 (equal) and
    /// F = 2 (widening) do not, and neither does a binding of an unrelated symbol.
    func testBindingsDecideSymbolicWidths() throws {
        let text = """
            model @M<F, C> {
              %y = input {name = "y"} : f32[N, F]
              %W = param {init = glorot} : f32[F, 4]
              %0 = gather.src %y : f32[E, F]
              %1 = aggregate.dst.sum %0 : f32[N, F]
              %2 = matmul %1, %W : f32[N, 4]
              return %2
            }
            """
        let (parsed, ds) = IRParser.parse(SourceFile(name: "m.gir", text: text))
        let m = try XCTUnwrap(parsed, "\(ds)")
        for (dims, fires) in [(["F": 64], true), (["F": 4], false), (["F": 2], false), (["C": 1], false), ([:], false)] {
            let out = try run(m, [TransformBeforeAggregate(dims: dims)])
            XCTAssertEqual(out != m, fires, "\(dims)")
            XCTAssertEqual(aggregateWidths(out), [fires ? "4" : "F"], "\(dims)")
            XCTAssertLessThan(try numericDifference(m, out, seed: 4, dims: ["F": 6, "C": 2]), 1e-9, "\(dims)")
        }
    }

    // MARK: - Where move-rowwise-before-gather fires

    /// GCN's `(h @ W)[src] * dn[src]` becomes `gather.src((h @ W) * dn)`: each layer's aggregation
    /// sums a plain gather of a node-wise scaled value.
    func testGCNSourceNormalisationBecomesANodeScale() throws {
        for (label, program) in try programs("gcn") {
            let out = try run(program, [Self.move])
            let forwardAggregates = out.ops.filter { $0.opcode == .aggregate(.dst, .sum) }
            XCTAssertEqual(forwardAggregates.count, 2, label)
            for agg in forwardAggregates {
                let gather = out[agg.operands[0]]
                XCTAssertEqual(gather.opcode, .gather(.src), label)
                let scale = out[gather.operands[0]]
                XCTAssertEqual(scale.opcode, .binary(.mul), label)
                XCTAssertEqual(scale.type.domain, .node, label)
                XCTAssertEqual(out[scale.operands[1]].name?.hasSuffix(".dn"), true, label)
            }
            XCTAssertEqual(movableEdgeOps(out), [], label)
        }
    }

    // MARK: - The .gir inputs keep their numbers too

    /// Every Inputs/*.gir whose RUN line runs these passes (and cleanups) evaluates to the same
    /// results before and after (dims bound to 3, random inputs and params, training mode).
    func testEveryRewriteInputFileKeepsItsNumbers() throws {
        let allowed = Set(CleanupPassesTests.cleanup + ["transform-before-aggregate", "move-rowwise-before-gather"])
        let dir = repoRoot() + "/Tests/GNNPassesTests/Inputs"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".gir") }.sorted()
        var checked: [String] = []
        for name in files where name.hasPrefix("transform-before-aggregate") || name.hasPrefix("move-rowwise-before-gather") {
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            guard case .success(let passes) = runLinePasses(text), passes.allSatisfy(allowed.contains) else {
                XCTFail("\(name): unexpected RUN line"); continue
            }
            let source = SourceFile(name: name, text: text)
            let (parsed, diagnostics) = IRParser.parse(source)
            let module = try XCTUnwrap(parsed, DiagnosticRenderer(sources: [source]).render(diagnostics))
            let out = try run(module, passes.compactMap(PassRegistry.pass(named:)))
            XCTAssertLessThan(try numericDifference(module, out, seed: 7, dims: [:]), 1e-9, name)
            // The files of non-cases must come out exactly as they went in.
            if name.hasSuffix("-no-rewrite.gir") || name.hasSuffix("-no-move.gir") { XCTAssertEqual(out, module, name) }
            checked.append(name)
        }
        XCTAssertEqual(checked.count, 8, "\(checked)")
    }
}
