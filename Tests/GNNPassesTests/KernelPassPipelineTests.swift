// The kernel pass table: names, reasons, per-target pipelines, the declared ordering (checked on the
// table and on any pass list), unknown names, and the verifier after every kernel pass.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNSpec
import GNNTestSupport

/// Breaks the program (a store into an input) so the verifier must object after it.
struct StoreIntoInput: KernelPass {
    var name: String { "store-into-input" }
    var summary: String { "breaks the program (test only)" }
    func run(_ p: KernelProgram) throws -> KernelProgram {
        var out = p
        let input = p.buffers.firstIndex { $0.role == .input } ?? 0
        out.kernels[0].body = [.store(input, .lit(0), .const(1))] + out.kernels[0].body
        return out
    }
}

final class KernelPassPipelineTests: XCTestCase {
    func testTableNamesReasonsAndTargets() {
        XCTAssertEqual(KernelPassPipeline.names, ["fuse-row-local-kernels", "hoist-loop-invariants", "index-csr-endpoints", "promote-rows-to-registers",
                                                  "map-rows-to-lanes", "vectorize-lane-loops", "split-row-edges"])
        for e in KernelPassPipeline.table {
            XCTAssertFalse(e.reason.isEmpty, e.pass.name)
            XCTAssertFalse(e.pass.summary.isEmpty, e.pass.name)
        }
        XCTAssertEqual(KernelPassPipeline.passes(for: .cpu, fuse: true).map(\.name),
                       ["fuse-row-local-kernels", "hoist-loop-invariants", "index-csr-endpoints", "promote-rows-to-registers"])
        XCTAssertEqual(KernelPassPipeline.passes(for: .cpu, fuse: false).map(\.name), ["index-csr-endpoints", "promote-rows-to-registers"])
        XCTAssertEqual(KernelPassPipeline.passes(for: .cuda, fuse: true).map(\.name),
                       KernelPassPipeline.names.filter { $0 != "promote-rows-to-registers" })
        XCTAssertEqual(KernelPassPipeline.passes(for: .cuda, fuse: false).map(\.name),
                       ["index-csr-endpoints", "map-rows-to-lanes", "vectorize-lane-loops", "split-row-edges"])
    }

    /// Each kernel pass has a source file and a .kir test input named after it.
    func testEachKernelPassHasASourceFileAndATestInput() throws {
        let sources = try FileManager.default.contentsOfDirectory(atPath: repoRoot() + "/Sources/GNNPasses").map { $0.lowercased() }
        let inputs = try FileManager.default.contentsOfDirectory(atPath: repoRoot() + "/Tests/GNNPassesTests/Inputs")
        for name in KernelPassPipeline.names {
            XCTAssertTrue(sources.contains(name.replacingOccurrences(of: "-", with: "") + ".swift"), name)
            XCTAssertTrue(inputs.contains { $0 == name + ".kir" || ($0.hasPrefix(name + "-") && $0.hasSuffix(".kir")) }, "no Inputs/\(name).kir")
        }
    }

    /// The table's own order satisfies every declared constraint, for every target and fusion, and
    /// so do the graph pass table's plans; a list that breaks one is refused before anything runs.
    func testDeclaredOrderingHoldsInTheTablesAndIsEnforced() throws {
        XCTAssertEqual(KernelPassPipeline.orderingProblems(KernelPassPipeline.names), [])
        for target in Target.allCases {
            for fuse in [true, false] {
                XCTAssertEqual(KernelPassPipeline.orderingProblems(KernelPassPipeline.passes(for: target, fuse: fuse).map(\.name)), [])
            }
        }
        for mode in ProgramMode.allCases { XCTAssertEqual(PassPipeline.orderingProblems(PassPipeline.passes(for: mode)), [], "\(mode)") }
        XCTAssertEqual(KernelPassPipeline.orderingProblems(["vectorize-lane-loops"]),
                       ["kernel pass 'vectorize-lane-loops' needs 'map-rows-to-lanes' to run before it"])
        XCTAssertEqual(KernelPassPipeline.orderingProblems(["map-rows-to-lanes", "fuse-row-local-kernels"]),
                       ["kernel pass 'fuse-row-local-kernels' must run before 'map-rows-to-lanes', not after it"])
        XCTAssertEqual(PassPipeline.orderingProblems(["move-rowwise-before-gather", "autodiff"]),
                       ["pass 'autodiff' must not run after 'move-rowwise-before-gather'"])
        let p = KernelProgram(name: "p", dimParams: [], buffers: [KBuffer(name: "out", dtype: .f32, elements: Dim(1), role: .temp)],
                              kernels: [Kernel(name: "k0", comment: "", body: [.store(0, .lit(0), .const(1))])], results: [0])
        guard case .failure(let f) = KernelPassPipeline.run(p, passes: ["split-row-edges", "nope"], verifyEach: true) else { return XCTFail() }
        XCTAssertEqual(f.diagnostics.map(\.id), [.unknownPass, .passOrder])
        guard case .failure(let g) = PassPipeline.run(GraphModule(name: "M"), passes: ["move-rowwise-before-gather", "autodiff"], verifyEach: false) else { return XCTFail() }
        XCTAssertEqual(g.diagnostics.map(\.id), [.passOrder])
    }

    /// With verifyEach the kernel verifier checks the input and every pass's output, naming the pass.
    func testVerifyEachNamesTheKernelPassThatBrokeTheProgram() throws {
        let p = KernelProgram(name: "p", dimParams: [], buffers: [KBuffer(name: "x", dtype: .f32, elements: Dim(1), role: .input),
                                                                  KBuffer(name: "out", dtype: .f32, elements: Dim(1), role: .temp)],
                              kernels: [Kernel(name: "k0", comment: "", body: [.store(1, .lit(0), .load(0, .lit(0)))])], results: [1])
        XCTAssertEqual(try KernelPassPipeline.run(p, pipeline: [FuseRowLocalKernels()], verifyEach: true).get(), p)
        guard case .failure(let f) = KernelPassPipeline.run(p, pipeline: [FuseRowLocalKernels(), StoreIntoInput()], verifyEach: true) else {
            return XCTFail("the broken program passed")
        }
        XCTAssertEqual(f.diagnostics.map(\.id), [.kirBadStore])
        XCTAssertTrue(f.diagnostics[0].notes.contains { $0.message.contains("after kernel pass 'store-into-input'") }, "\(f.diagnostics)")
        var broken = p
        broken.kernels[0].body = [.store(0, .lit(0), .const(1))]
        guard case .failure(let g) = KernelPassPipeline.run(broken, pipeline: [], verifyEach: true) else { return XCTFail() }
        XCTAssertTrue(g.diagnostics[0].notes.contains { $0.message.contains("before the first kernel pass") })
        // Without verifyEach the same pass list runs through.
        XCTAssertNoThrow(try KernelPassPipeline.run(p, pipeline: [StoreIntoInput()], verifyEach: false).get())
    }

    /// Every ModelSpec's programs, for both targets, fused and not, pass the verifier after every kernel pass.
    func testEveryModelSpecScheduleVerifiesAfterEveryKernelPass() throws {
        for name in ["gcn", "gat", "sage", "gin", "sgc", "appnp"] {
            let file = SourceFile(name: "\(name).gnn", text: try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8))
            guard let forward = SpecFrontEnd.compile(file).module else { return XCTFail(name) }
            for mode in ProgramMode.allCases {
                let m = try PassPipeline.run(forward, pipeline: PassPipeline.pipeline(for: mode), verifyEach: true).get()
                for target in Target.allCases {
                    for fuse in [true, false] { XCTAssertNoThrow(try lowered(m, target: target, fuse: fuse), "\(name) \(mode) \(target) \(fuse)") }
                }
            }
        }
    }

    /// A hand-written program can hold loop bounds no schedule makes (extents that overflow): the
    /// CUDA passes decline to map or split such loops rather than trap.
    func testExtremeLoopBoundsDoNotTrap() throws {
        let text = """
            kernels @P {
              buffer #0 y : f32[N] temp
              kernel k0 // c
                parallel for r in 0 ..< N {
                  for j in -9223372036854775807 ..< 9223372036854775807 {
                    #0[r] = 1.0
                  }
                  for k in 9223372036854775807 ..< -9223372036854775807 {
                    #0[r] = 2.0
                  }
                }
              kernel k1 // c
                parallel for r in 0 ..< E {
                  for j in -9223372036854775807 ..< 9223372036854775807 {
                    #1[j] = 1.0
                  }
                }
              kernel k2 lanes 8 // c
                parallel for r in 0 ..< N {
                  var acc: f32 = 0.0
                  lanes for j in -9223372036854775807 ..< 9223372036854775807 {
                    for q in 0 ..< N {
                      acc = add(acc, #0[q])
                    }
                    #1[j] = acc
                  }
                  lanes reduce acc sum= p for k in 9223372036854775807 ..< -9223372036854775807 {
                    p = add(p, 1.0)
                  }
                }
              results #0
            }
            """
        let (parsed, diagnostics) = KernelParser.parse(SourceFile(name: "x.kir", text: text.replacingOccurrences(of: "buffer #0 y : f32[N] temp",
                                                                                                                  with: "buffer #0 y : f32[N] temp\n  buffer #1 w : f32[N] temp")))
        let p = try XCTUnwrap(parsed, "\(diagnostics)")
        // k1's loop is a lane loop after map-rows-to-lanes (every CUDA pass then sees the extreme
        // extent); k2 has lane loops already, which vectorize-lane-loops and split-row-edges measure.
        let mapped = try KernelPassPipeline.run(p, passes: ["map-rows-to-lanes"], verifyEach: true).get()
        XCTAssertEqual(mapped.kernels.map(\.lanes), [1, 32, 8])
        let out = try KernelPassPipeline.run(p, pipeline: KernelPassPipeline.passes(for: .cuda, fuse: true), verifyEach: true).get()
        XCTAssertEqual(out.kernels.count, 3)
        XCTAssertEqual(KIndex.constantExtent(.lit(-Int.max), .lit(Int.max)), nil)
        XCTAssertEqual(KIndex.constantExtent(.lit(3), .lit(11)), 8)
        XCTAssertEqual(KIndex.constantExtent(.zero, .dim(.sym("F"))), nil)
    }
}
