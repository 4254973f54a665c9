// Edge-row products (`e @ W` over edge features) computed inside the loop of their one consumer.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNTestSupport

final class ScheduleEdgeProductsTests: XCTestCase {
    /// GINE's message, `relu(h[src] + e @ W + b)`, with the edge-feature width `k`.
    static func spec(k: String) -> String {
        """
        model M<F, C\(k == "D" ? ", D" : "")>(x: node[F], e: edge[\(k)]) -> node[C] {
          param W: [\(k), 8] init glorot
          param b: [8] init zeros
          param V: [F, 8] init glorot
          param U: [8, C] init glorot
          let h = x @ V
          let ew = e @ W + b
          let m = aggregate(sum) { relu(h[src] + ew[edge]) }
          return m @ U
        }
        """
    }

    func module(k: String, backward: Bool = false) throws -> GraphModule {
        let forward = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "m.gnn", text: Self.spec(k: k))).module)
        return backward ? try Autodiff.differentiate(forward) : forward
    }

    func edgeTemps(_ p: KernelProgram) -> [String] {
        p.buffers.filter { $0.role == .temp && $0.elements.symbols.contains("E") }.map(\.name)
    }

    /// The product has no kernel and no E x 8 buffer on either target. The CPU computes it a row
    /// at a time inside the aggregation's edge loop (matmul's row accumulation into an N x 8
    /// scratch row, before the feature loop that reads it); the CUDA schedule computes each
    /// element as a D-long dot product in the lane that reads it.
    func testTheProductIsComputedInsideTheAggregation() throws {
        let m = try module(k: "D")
        for gemms in [false, true] {
            let p = try ScheduleKernels.schedule(m, libraryGEMMs: gemms)
            XCTAssertEqual(edgeTemps(p), [], "GEMMs \(gemms)")
            let host = try XCTUnwrap(p.kernels.first { $0.comment.contains("matmul (edge rows, inline)") })
            XCTAssertTrue(host.comment.hasPrefix("aggregate.dst.sum"), host.comment)
            let text = KernelPrinter.print(p)
            XCTAssertTrue(text.contains("for kd0 in 0 ..< D {"), text)
            if gemms {
                XCTAssertTrue(text.contains("var dot0: f32 = 0.0"), text)
            } else {
                let row = try XCTUnwrap(p.bufferIndex(named: "dot0_row"))
                XCTAssertEqual(p.buffers[row].elements, Dim(symbol: "N").multiplying(Dim(8)))
                XCTAssertTrue(text.contains("#\(row)[(v * 8 + jd0)] = add(#\(row)[(v * 8 + jd0)], mul(adot0, "), text)
                XCTAssertFalse(text.contains("var dot0"), text)
            }
        }
        // Op by op, the product is a kernel and an E x 8 buffer, as before.
        XCTAssertFalse(edgeTemps(try ScheduleKernels.schedule(m, fuse: false)).isEmpty)
    }

    /// Edge features wider than the product's rows: reading them per element would cost more than
    /// the product's buffer, so it keeps its kernel.
    func testAWideLeftOperandKeepsItsKernel() throws {
        let p = try ScheduleKernels.schedule(try module(k: "16"))
        XCTAssertFalse(edgeTemps(p).isEmpty)
        XCTAssertFalse(p.kernels.contains { $0.comment.contains("inline") })
    }

    /// Training: the message's pre-activation is stored for relu's gradient by an element-wise
    /// kernel over edges. The CUDA schedule computes the product's dot there too, so the only
    /// per-edge buffers are that and the message gradient; the CPU keeps the product's kernel
    /// (a per-element dot of symbolic length would not vectorise), one E x 8 buffer more.
    func testTrainingStoresNoProductOnCUDA() throws {
        let m = try module(k: "D", backward: true)
        let cuda = try ScheduleKernels.schedule(m, libraryGEMMs: true)
        XCTAssertEqual(edgeTemps(cuda).count, 2, "\(edgeTemps(cuda))")
        XCTAssertTrue(cuda.kernels.contains { $0.comment.contains("matmul (edge rows, inline)") })
        XCTAssertEqual(KernelParser.parse(SourceFile(name: "m.kir", text: KernelPrinter.print(cuda))).0, cuda, "the kernel IR round-trips")
        let cpu = try ScheduleKernels.schedule(m)
        XCTAssertEqual(edgeTemps(cpu).count, 3, "\(edgeTemps(cpu))")
    }

    /// An edge MLP, `relu(e @ W1 + b1) @ W2`, under a max: on CUDA the second product is inlined
    /// (its left operand is element-wise), and the first keeps its kernel, since its dot would sit inside
    /// the second's term where no statement defines it (the verifier refused such a kernel:
    /// "float 'dot1' is not a float local in scope").
    func testAProductFeedingAnotherKeepsItsKernel() throws {
        let spec = """
            model M<F, C, D>(x: node[F], e: edge[D]) -> node[C] {
              param W1: [D, 8] init glorot
              param b1: [8] init zeros
              param W2: [8, 8] init glorot
              param V: [F, 8] init glorot
              param U: [8, C] init glorot
              let h = x @ V
              let ew = relu(e @ W1 + b1) @ W2
              return aggregate(max) { tanh(h[src] + ew[edge]) } @ U
            }
            """
        let m = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "m.gnn", text: spec)).module)
        for gemms in [false, true] {
            for module in [m, try Autodiff.differentiate(m)] {
                let p = try ScheduleKernels.schedule(module, libraryGEMMs: gemms)
                XCTAssertEqual(KernelVerifier.verify(p).map(\.message), [], "GEMMs \(gemms)")
            }
            // e @ W1 is stored; on the CPU also the second product (a max is not row-accumulated).
            XCTAssertEqual(edgeTemps(try ScheduleKernels.schedule(m, libraryGEMMs: gemms)).count, gemms ? 1 : 2, "GEMMs \(gemms)")
        }
    }
}
