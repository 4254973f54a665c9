// The two dialects of the C-family emitter on every ModelSpec: the same kernels, CUDA needing no
// headers, and kernels that are not one parallel loop guarded to a single GPU thread.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNCodegen
import GNNTestSupport

final class CDialectTests: XCTestCase {
    static let specs = ["gcn", "gat", "sage", "gin", "sgc", "appnp"]

    func programs() throws -> [(String, KernelProgram)] {
        var out: [(String, KernelProgram)] = []
        for name in Self.specs {
            let file = SourceFile(name: "\(name).gnn", text: try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8))
            let front = SpecFrontEnd.compile(file)
            let model = try XCTUnwrap(front.module, name)
            for (what, mode) in [("forward", ProgramMode.inference), ("training", .training)] {
                let opt = try PassPipeline.run(model, pipeline: PassPipeline.pipeline(for: mode), verifyEach: true).get()
                for fuse in [true, false] { out.append(("\(name) \(what)\(fuse ? "" : " --no-fuse")", try lowered(opt, fuse: fuse))) }
            }
        }
        return out
    }

    func testCUDAHasTheSameKernelsAndNeedsNoHeaders() throws {
        for (what, p) in try programs() {
            let c = CEmitter.emit(p), cu = CEmitter.emit(p, dialect: .cuda)
            XCTAssertFalse(cu.contains("#include"), what)
            XCTAssertFalse(cu.contains("#pragma omp"), what)
            XCTAssertFalse(cu.contains(" restrict "), what)
            for k in p.kernels {
                XCTAssertTrue(c.contains("\nvoid \(k.name)(void* const* buffers, const int64_t* sizes) {"), "\(what) \(k.name)")
                XCTAssertTrue(cu.contains("\nextern \"C\" __global__ void \(k.name)(void* const* buffers, const int64_t* sizes) {"), "\(what) \(k.name)")
            }
            XCTAssertEqual(cu.components(separatedBy: "__global__").count - 1, p.kernels.count, what)
            XCTAssertTrue(cu.hasPrefix(CPrelude.cudaText), what)
        }
    }

    /// A kernel that is one parallel loop becomes a grid-stride loop; any other runs on one thread,
    /// since its serial parts would need a grid-wide barrier between them.
    func testParallelLoopsMapToThreadsAndOtherKernelsToOneThread() throws {
        var sawSerial = false
        for (what, p) in try programs() {
            let cu = CEmitter.emit(p, dialect: .cuda)
            let bodies = cu.components(separatedBy: "__global__ void ").dropFirst()
            for (k, body) in zip(p.kernels, bodies) {
                let oneLoop: Bool = { if k.body.count == 1, case .loop(_, _, _, true, _) = k.body[0] { return true }; return false }()
                XCTAssertEqual(body.contains("blockDim.x * gridDim.x"), oneLoop, "\(what) \(k.name)")
                XCTAssertEqual(body.contains("if (blockIdx.x == 0 && threadIdx.x == 0) {"), !oneLoop, "\(what) \(k.name)")
                if !oneLoop { sawSerial = true }
            }
        }
        XCTAssertTrue(sawSerial, "the loss kernels are not single parallel loops")
    }

    /// Products print bare (`8*s_C`), so a product divisor must be parenthesised: t / (8*C), not (t / 8) * C.
    /// A loop carrying a row of accumulators in locals (promote-rows-to-registers' output) opens
    /// with the loop-vectorisation barrier in C, and only such a loop: not one with a single
    /// accumulator, not the parallel loop, and never in CUDA.
    func testALoopCarryingARowOfAccumulatorsIsNotLoopVectorised() throws {
        let text = """
        kernels @P<F = 4> {
          buffer #0 in_ptr : i32[N + 1] graph
          buffer #1 in_src : i32[E] graph
          buffer #2 x : f32[F*N] input
          buffer #3 out : f32[F*N] temp
          buffer #4 norm : f32[N] temp
          kernel k0_aggregate_dst_sum // sum
            parallel for v in 0 ..< N {
              let start = #0[v]
              let end = #0[(v + 1)]
              for j in 0 ..< F {
                #3[(v * F + j)] = 0.0
              }
              for q in start ..< end {
                for j in 0 ..< F {
                  #3[(v * F + j)] = add(#3[(v * F + j)], #2[(#1[q] * F + j)])
                }
              }
              var acc: f32 = 0.0
              for q in start ..< end {
                acc = add(acc, #2[(#1[q] * F)])
              }
              #4[v] = acc
            }
          results #3, #4
        }
        """
        let (parsed, ds) = KernelParser.parseAndVerify(SourceFile(name: "t.kir", text: text))
        XCTAssertEqual(ds, [])
        let p = try PromoteRowsToRegisters().run(try XCTUnwrap(parsed))
        let c = CEmitter.emit(p), cu = CEmitter.emit(p, dialect: .cuda)
        XCTAssertEqual(c.components(separatedBy: "__asm__ volatile(\"\");").count - 1, 1, c)
        XCTAssertTrue(c.contains("for (int64_t i_q = i_start; i_q < i_end; i_q++) {\n      __asm__ volatile(\"\");\n      f_r3_0 = "), c)
        XCTAssertFalse(cu.contains("__asm__"))
        XCTAssertFalse(CEmitter.emit(try XCTUnwrap(parsed)).contains("__asm__"), "without the promotion no loop carries a row")
    }

    func testProductDivisorsAreParenthesised() {
        let eightC = Dim(symbol: "C").multiplying(Dim(8))!
        let kernel = Kernel(name: "k0_test", comment: "test", body: [
            .loop(variable: "t", start: .zero, end: .dim(Dim(symbol: "N")), parallel: true, body: [
                .store(0, .v("t"), .fromIndex(.div(.v("t"), .dim(eightC)) + .mod(.v("t"), .dim(eightC)))),
            ]),
        ])
        let p = KernelProgram(name: "t", dimParams: ["C"], buffers: [KBuffer(name: "out", dtype: .f32, elements: Dim(symbol: "N"), role: .temp)],
                              kernels: [kernel])
        for dialect in [CDialect.c, .cuda] {
            let text = CEmitter.emit(p, dialect: dialect)
            XCTAssertTrue(text.contains("(i_t / (8*s_C))"), text)
            XCTAssertTrue(text.contains("(i_t % (8*s_C))"), text)
        }
    }

    /// Runtime/ holds the preludes as headers a reader can open; the emitters embed the same text.
    func testRuntimePreludeHeadersMatchTheEmbeddedPreludes() {
        for (path, text) in [("Runtime/gnnc_prelude.h", CPrelude.text), ("Runtime/gnnc_prelude.cuh", CPrelude.cudaText)] {
            assertGolden(text, path: repoRoot() + "/" + path)
        }
    }

    /// A warp-mapped kernel: real lanes on CUDA (lane index, shuffles, syncs, lane 0 stores), loops
    /// over the lanes on C, last lane first.
    func testLaneStatementsInBothDialects() {
        let n = KIndex.dim(Dim(symbol: "N"))
        let body: [KStmt] = [
            .letValue("acc", .const(0)),
            .laneReduce(variable: "k", start: .zero, end: .lit(64), partials: [LanePartial(name: "p", into: "acc", combine: .sum)],
                        body: [.assign("p", .binary(.add, .local("p"), .load(1, .v("v") * .lit(64) + .v("k"))))]),
            .laneZero([.store(0, .v("v"), .local("acc"))]),
            .laneSync,
            .laneLoop(variable: "j", start: .zero, end: .lit(64), body: [.store(2, .v("v") * .lit(64) + .v("j"), .local("acc"))]),
        ]
        let kernel = Kernel(name: "k0_lanes", comment: "test", body: [.loop(variable: "v", start: .zero, end: n, parallel: true, body: body)], lanes: 32)
        let p = KernelProgram(name: "t", dimParams: [], buffers: [
            KBuffer(name: "out", dtype: .f32, elements: Dim(symbol: "N"), role: .temp),
            KBuffer(name: "x", dtype: .f32, elements: Dim(symbol: "N").multiplying(Dim(64))!, role: .input),
            KBuffer(name: "y", dtype: .f32, elements: Dim(symbol: "N").multiplying(Dim(64))!, role: .temp),
        ], kernels: [kernel])
        let cu = CEmitter.emit(p, dialect: .cuda)
        for line in ["const int64_t lane = threadIdx.x % 32;", "for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {",
                     "for (int64_t i_k = 0 + lane; i_k < 64; i_k += 32) {", "f_acc = (f_acc + gnnc_group_sum(f_p, lanes_mask, 32));",
                     "if (lane == 0) {", "__syncwarp(lanes_mask);", "for (int64_t i_j = 0 + lane; i_j < 64; i_j += 32) {"] {
            XCTAssertTrue(cu.contains(line), line)
        }
        let c = CEmitter.emit(p, dialect: .c)
        for line in ["#pragma omp parallel for schedule(static)\nfor (int64_t i_v = 0; i_v < s_N; i_v++) {",
                     "for (int64_t lane = 31; lane >= 0; lane--) {", "f_p_lanes[lane] = f_p;",
                     "f_acc = (f_acc + gnnc_lanes_sum(f_p_lanes, 32));"] {
            XCTAssertTrue(c.contains(line.replacingOccurrences(of: "\n", with: "\n  ")) || c.contains(line), line)
        }
        XCTAssertFalse(c.contains("__syncwarp") || c.contains("if (lane == 0)"), c)
    }
}
