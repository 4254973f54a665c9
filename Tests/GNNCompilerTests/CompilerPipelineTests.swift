// Compiler.compile's middle and back end: the default pass pipeline (verified after each pass)
// between the lowered IR and the schedule, --print-ir-after, remarks, and the dot clusters.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNCompiler
import GNNCodegen
import GNNTestSupport

final class CompilerPipelineTests: XCTestCase {
    static let specs = ModelSpecGoldenTests.specs

    func load(_ name: String) throws -> SourceFile {
        switch Compiler.load(path: repoRoot() + "/ModelSpecs/\(name).gnn") {
        case .success(let f): return SourceFile(name: "ModelSpecs/\(name).gnn", text: f.text)
        case .failure(let d): throw d
        }
    }

    /// The table's passes for the mode, by name: the module after autodiff (or as lowered) and
    /// after every pass.
    func modules(_ name: String, backward: Bool) throws -> (lowered: GraphModule, optimised: GraphModule) {
        let m = try XCTUnwrap(SpecFrontEnd.compile(try load(name)).module, name)
        // The passes configured for the mode, as the plan runs them (specialize-mode keeps the
        // training branch of a batch_norm's if_training in the training program).
        let passes = PassPipeline.pipeline(for: backward ? .training : .inference)
        let split = backward ? try XCTUnwrap(passes.firstIndex { $0.name == "autodiff" }) + 1 : 0
        let lowered = try PassPipeline.run(m, pipeline: Array(passes[..<split]), verifyEach: true).get()
        return (lowered, try PassPipeline.run(lowered, pipeline: Array(passes[split...]), verifyEach: true).get())
    }

    func testDefaultPipelineIsTheCleanupPasses() {
        XCTAssertEqual(PassPipeline.defaultPasses, ["verify", "specialize-mode", "canonicalize", "transform-before-aggregate", "move-rowwise-before-gather", "cse", "dce",
                                                    "hoist-graph-only", "low-precision-storage"])
        XCTAssertEqual(PassPipeline.passes(for: .training), ["verify", "specialize-mode", "canonicalize", "transform-before-aggregate", "autodiff", "canonicalize",
                                                             "transform-before-aggregate", "move-rowwise-before-gather", "cse", "dce",
                                                             "hoist-graph-only", "low-precision-storage"])
    }

    /// opt-gir is the default pipeline's output; gir stays the lowered IR; kir and c are scheduled
    /// from the optimised IR (fused, or op by op with fuse: false).
    func testLaterStagesStartFromTheOptimisedIR() throws {
        var someScheduleDiffers = false
        for name in Self.specs {
            for backward in [false, true] {
                let (lowered, optimised) = try modules(name, backward: backward)
                let file = try load(name)
                let what = "\(name)\(backward ? " --backward" : "")"
                XCTAssertEqual(Compiler.compile(file, emit: .gir, backward: backward).text, IRPrinter.print(lowered), what)
                XCTAssertEqual(Compiler.compile(file, emit: .optGir, backward: backward).text, IRPrinter.print(optimised), what)
                for fuse in [true, false] {
                    let program = try GNNTestSupport.lowered(optimised, fuse: fuse)
                    XCTAssertEqual(Compiler.compile(file, emit: .kir, backward: backward, fuse: fuse).text, KernelPrinter.print(program), what)
                    XCTAssertEqual(Compiler.compile(file, emit: .c, backward: backward, fuse: fuse).text, CEmitter.emit(program), what)
                    let cuda = try GNNTestSupport.lowered(optimised, target: .cuda, fuse: fuse)
                    XCTAssertEqual(Compiler.compile(file, emit: .cu, backward: backward, fuse: fuse).text, CEmitter.emit(cuda, dialect: .cuda), what)
                    if let unoptimised = try? GNNTestSupport.lowered(lowered, fuse: fuse),
                       KernelPrinter.print(unoptimised) != KernelPrinter.print(program) { someScheduleDiffers = true }
                }
            }
        }
        XCTAssertTrue(someScheduleDiffers, "the passes change no schedule, so this test cannot tell which IR was scheduled")
    }

    /// `printAfter` logs, in order, the IR after each selected stage: every graph pass of the plan,
    /// the schedule and every kernel pass; the last graph dump is the optimised IR and the last
    /// kernel dump the printed kir.
    func testPrintAfterLogsEachStageInOrder() throws {
        let file = try load("gat")
        for target in Target.allCases {
            let all = Compiler.compile(file, emit: .kir, backward: true, printAfter: ["all"], target: target)
            XCTAssertEqual(all.diagnostics, [])
            let headers: [String] = all.log.map { dump in String(dump.prefix { $0 != "\n" }) }
            let expected: [String] = PassPipeline.passes(for: .training).map { "// ----- IR after \($0) -----" }
                + (["schedule"] + KernelPassPipeline.passes(for: target, fuse: true).map(\.name)).map { "// ----- kernel IR after \($0) -----" }
            XCTAssertEqual(headers, expected)
            let optimised = try modules("gat", backward: true).optimised
            XCTAssertEqual(all.log[PassPipeline.passes(for: .training).count - 1], PassPipeline.printed(optimised, after: "low-precision-storage"))
            XCTAssertEqual(all.log.last.map { String($0.drop { $0 != "\n" }.dropFirst()) }, all.text)
        }
        let lanes = Compiler.compile(file, emit: .cu, printAfter: ["map-rows-to-lanes"])
        XCTAssertEqual(lanes.log.count, 1)
        XCTAssertTrue(lanes.log[0].hasPrefix("// ----- kernel IR after map-rows-to-lanes -----\nkernels @GAT"), lanes.log[0])
        let notInPlan = Compiler.compile(file, emit: .c, printAfter: ["map-rows-to-lanes"])
        XCTAssertTrue(notInPlan.diagnostics.contains { $0.message.contains("'map-rows-to-lanes' is not in the inference plan for cpu") },
                      notInPlan.renderDiagnostics())

        let one = Compiler.compile(file, emit: .optGir, printAfter: ["dce"])
        XCTAssertEqual(one.log.count, 1)
        XCTAssertTrue(one.log[0].hasPrefix("// ----- IR after dce -----\nmodel @GAT"))

        XCTAssertEqual(Compiler.compile(file, emit: .optGir).log, [], "nothing logged unless asked")
        let bad = Compiler.compile(file, emit: .kir, printAfter: ["nope"])
        XCTAssertTrue(bad.hasErrors)
        XCTAssertNil(bad.text)
        XCTAssertTrue(bad.diagnostics.contains { $0.message.contains("unknown stage 'nope' in --print-ir-after") }, bad.renderDiagnostics())
    }

    /// Remarks: the fused and op-by-op kernel counts, then one line per fused kernel with its
    /// comment, whatever is emitted and whether or not the output itself is fused.
    func testRemarksCountKernelsAndDescribeEachFusedKernel() throws {
        for name in Self.specs {
            let optimised = try modules(name, backward: false).optimised
            let fused = try lowered(optimised, fuse: true)
            let baseline = try lowered(optimised, fuse: false)
            XCTAssertLessThan(fused.kernels.count, baseline.kernels.count, name)
            for (emit, fuse) in [(EmitStage.kir, true), (.c, false), (.gir, true)] {
                let out = Compiler.compile(try load(name), emit: emit, fuse: fuse, remarks: true)
                XCTAssertEqual(out.remarks.first, "\(fused.kernels.count) kernels fused (\(baseline.kernels.count) op-by-op)", name)
                XCTAssertEqual(out.remarks.filter { $0.hasPrefix("kernel ") }, fused.kernels.map { "kernel \($0.name): \($0.comment)" }, name)
            }
            XCTAssertEqual(Compiler.compile(try load(name), emit: .kir).remarks, [], "\(name): remarks only when asked")
        }
    }

    /// The optimised IR's ops, as dot nodes, sit in the cluster of the kernel that computes them.
    func testDotClustersFollowTheSchedule() throws {
        let optimised = try modules("gcn", backward: false).optimised
        let program = try lowered(optimised, fuse: true)
        let (owner, shared) = DotPrinter.kernelOfEachOp(optimised, program)
        let names = IRPrinter.valueNames(optimised)
        func kernel(of value: String) -> String? {
            guard let i = names.firstIndex(of: value), let k = owner[i] else { return nil }
            return program.kernels[k].name
        }
        // Stored values sit with the kernel that stores them; inlined ones with their consumer.
        XCTAssertEqual(kernel(of: "%conv1.dn"), "k0_in_degree")
        XCTAssertEqual(kernel(of: "%conv1.agg"), kernel(of: "%h"), "relu/dropout epilogue fused into the aggregation kernel")
        XCTAssertEqual(kernel(of: "%4"), kernel(of: "%conv1.agg"), "the message (a gather) is read inside the aggregation")
        XCTAssertEqual(kernel(of: "%1"), kernel(of: "%2"), "the input dropout is inlined into the matmul")
        XCTAssertEqual(kernel(of: "%3"), kernel(of: "%2"), "the source-side degree scale is a node-wise epilogue of the matmul")
        XCTAssertNil(kernel(of: "%x"))
        XCTAssertNil(kernel(of: "%conv1.W"))
        // With the degree norm moved before the gather, no value is recomputed in two kernels.
        XCTAssertEqual(shared, [])

        let dot = try XCTUnwrap(Compiler.compile(try load("gcn"), emit: .dot).text)
        XCTAssertEqual(dot, DotPrinter.print(optimised, program))
        XCTAssertTrue(dot.hasPrefix("digraph \"GCN\" {\n"))
        XCTAssertTrue(dot.contains("  subgraph cluster_0 {\n    label=\"k0_in_degree\\nin_degree | rsqrt | matmul | mul\";\n"), dot)
        XCTAssertEqual(dot.components(separatedBy: "subgraph cluster_").count - 1, program.kernels.count)

        // Op by op, every computed op is its own kernel's only member, or a view with its operand.
        let baseline = try lowered(optimised, fuse: false)
        let unfused = DotPrinter.kernelOfEachOp(optimised, baseline).owner
        let computed = optimised.ops.indices.filter { ![Opcode.input, .param, .constant].contains(optimised.ops[$0].opcode) }
        XCTAssertTrue(computed.allSatisfy { unfused[$0] != nil })
        XCTAssertEqual(Set(computed.compactMap { unfused[$0] }).count, baseline.kernels.count)
    }
}
