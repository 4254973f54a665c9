// Structural checks on fused schedules, read from the IR and kernel IR (never from timings): no
// E x F buffers, aggregation widths, the fused GAT softmax, and the kernel-count reduction.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNTestSupport

final class ScheduleStructureTests: XCTestCase {
    static let twoLayerModels = ["gcn", "gat", "sage", "gin"]

    func optimized(_ name: String, backward: Bool) throws -> GraphModule {
        let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8)
        let file = SourceFile(name: "\(name).gnn", text: text)
        let front = SpecFrontEnd.compile(file)
        let m = try XCTUnwrap(front.module, DiagnosticRenderer(sources: [file]).render(front.diagnostics))
        return try PassPipeline.run(m, passes: PassPipeline.passes(for: backward ? .training : .inference), verifyEach: true).get()
    }

    /// Heads bound the per-edge width that may be stored: attention scores are edge[H, 1].
    func maxHeads(_ m: GraphModule) -> Int {
        m.ops.filter { $0.opcode == .edgeSoftmax }.compactMap { $0.type.dims.first?.constantValue }.max() ?? 1
    }

    /// The per-edge width of a buffer sized `E * w` (nil when the size does not involve E).
    func edgeWidth(_ size: Dim) -> Dim? {
        guard size.symbols.contains("E") else { return nil }
        var w = Dim(0)
        for t in size.terms {
            var rest = t.symbols
            guard let k = rest.firstIndex(of: "E") else { return Dim(Int.max) }
            rest.remove(at: k)
            var term = Dim(t.coeff)
            for s in rest { term = term.multiplying(Dim(symbol: s))! }
            w = w.adding(term)!
        }
        return w
    }

    func testNoEdgeByFeatureBufferInFusedForwardOrBackward() throws {
        for name in Self.twoLayerModels {
            for backward in [false, true] {
                let m = try optimized(name, backward: backward)
                let heads = maxHeads(m)
                let program = try lowered(m, fuse: true)
                for b in program.buffers where b.role != .graph {
                    guard let w = edgeWidth(b.elements) else { continue }
                    let narrow = w.constantValue.map { $0 <= heads } ?? false
                    XCTAssertTrue(narrow, "\(name)\(backward ? " backward" : ""): buffer \(b.name) holds E x \(w) (heads \(heads))")
                }
            }
        }
    }

    /// The op-by-op baseline does materialise messages, so the check above can fail.
    func testOpByOpBaselineDoesMaterialiseMessages() throws {
        let program = try lowered(try optimized("gcn", backward: false), fuse: false)
        XCTAssertTrue(program.buffers.contains { edgeWidth($0.elements) == Dim(16) }, "the baseline should hold E x 16 messages")
    }

    func testGCNFirstLayerAggregatesAtWidth16() throws {
        let m = try optimized("gcn", backward: false)
        let aggregates = m.ops.filter { if case .aggregate = $0.opcode { return true }; return false }
        XCTAssertEqual(aggregates.first?.type, TensorType.node([Dim(16)]))
        // and the fused aggregation kernel loops over 16 features, not over F
        let program = try lowered(m, fuse: true)
        let kir = KernelPrinter.print(program)
        let aggregation = try XCTUnwrap(program.kernels.first { $0.comment.contains("aggregate.dst.sum") })
        XCTAssertTrue(KernelPrinter.print(KernelProgram(name: "k", dimParams: [], buffers: program.buffers, kernels: [aggregation]))
            .contains("for j in 0 ..< 16 {"), kir)
    }

    func testGATForwardEdgeSoftmaxAndAggregationAreOneKernel() throws {
        let program = try lowered(try optimized("gat", backward: false), fuse: true)
        let fused = program.kernels.filter { $0.comment.contains("edge_softmax + aggregate.dst.sum") }
        XCTAssertEqual(fused.count, 2, "one fused softmax-aggregation per GAT layer")
        XCTAssertFalse(program.kernels.contains { $0.comment.split(separator: "|").contains { $0.trimmingCharacters(in: .whitespaces) == "edge_softmax" } },
                       "no stand-alone softmax kernel remains")
    }

    func testFusedForwardHasAtMostHalfTheKernelsOfTheBaseline() throws {
        for name in Self.twoLayerModels {
            let m = try optimized(name, backward: false)
            let fused = try lowered(m, fuse: true).kernels.count
            let baseline = try lowered(m, fuse: false).kernels.count
            XCTAssertLessThanOrEqual(2 * fused, baseline, "\(name): \(fused) fused vs \(baseline) op-by-op")
        }
    }

    /// Backward kernels are generated from the IR: every kernel of GAT's training program comes from
    /// the scheduler's templates over IR ops (its comment names them), none is written by hand.
    func testGATBackwardKernelsAreGenerated() throws {
        let m = try optimized("gat", backward: true)
        let program = try lowered(m, fuse: true)
        let opNames = Set(m.ops.map { $0.opcode.description })
        for k in program.kernels {
            for part in k.comment.split(separator: "|") {
                let name = part.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
                XCTAssertTrue(opNames.contains(name), "kernel \(k.name) covers '\(part)', not an op of the program")
            }
        }
        XCTAssertTrue(program.kernels.contains { $0.comment.contains("leaky_relu_grad") || $0.comment.contains("aggregate.src.sum") })
    }

    /// Horizontal fusion: two reducers over the same messages (a PNA-style mean and max) run in one
    /// destination-parallel kernel, each message computed from the node-level relu, not stored per edge.
    func testReducersOverTheSameMessagesShareOneKernel() throws {
        let text = """
        layer multi<FI, FO>(h: node[FI]) -> node[FO] {
          param W: [FI, FO] init glorot
          let m1 = aggregate(mean) { relu(h[src]) }
          let m2 = aggregate(max) { relu(h[src]) }
          return (m1 + m2) @ W
        }
        model M<F, C>(x: node[F]) -> node[C] {
          graph { self_loops = none }
          return multi<F, C>(x) as l1
        }
        """
        let file = SourceFile(name: "multi.gnn", text: text)
        let front = SpecFrontEnd.compile(file)
        let m = try PassPipeline.run(try XCTUnwrap(front.module, DiagnosticRenderer(sources: [file]).render(front.diagnostics)),
                                     passes: PassPipeline.defaultPasses, verifyEach: true).get()
        let program = try lowered(m, fuse: true)
        let reducers = program.kernels.filter { $0.comment.contains("aggregate.dst.mean") || $0.comment.contains("aggregate.dst.max") }
        XCTAssertEqual(reducers.count, 1, program.kernels.map(\.comment).joined(separator: "\n"))
        XCTAssertTrue(reducers.first?.comment.contains("aggregate.dst.mean | aggregate.dst.max") ?? false)
        XCTAssertFalse(program.buffers.contains { edgeWidth($0.elements) != nil && $0.role != .graph })
        let baseline = try lowered(m, fuse: false)
        XCTAssertEqual(baseline.kernels.filter { $0.comment.contains("aggregate.dst.m") }.count, 2)
    }

    /// GAT with 8 output heads over the symbolic class count (PubMed's setup): the output layer's
    /// edge softmax and aggregation still fuse, with C features per head.
    func testMultiHeadOutputLayerOverSymbolicClassesFuses() throws {
        let gat = try String(contentsOfFile: repoRoot() + "/ModelSpecs/gat.gnn", encoding: .utf8)
        let text = gat.replacingOccurrences(of: "gat_conv<HEADS * HIDDEN, 1, C>(h)", with: "gat_conv<HEADS * HIDDEN, 8, C>(h)")
        XCTAssertNotEqual(text, gat)
        let file = SourceFile(name: "gat8.gnn", text: text)
        let front = SpecFrontEnd.compile(file)
        let m = try PassPipeline.run(try XCTUnwrap(front.module, DiagnosticRenderer(sources: [file]).render(front.diagnostics)),
                                     passes: PassPipeline.defaultPasses, verifyEach: true).get()
        let program = try lowered(m, fuse: true)
        let fused = program.kernels.filter { $0.comment.contains("edge_softmax + aggregate.dst.sum") }
        XCTAssertEqual(fused.count, 2, program.kernels.map(\.comment).joined(separator: "\n"))
        XCTAssertTrue(KernelPrinter.print(KernelProgram(name: "k", dimParams: m.dimParams, buffers: program.buffers, kernels: [fused[1]]))
            .contains("for f in 0 ..< C {"))
    }
}

