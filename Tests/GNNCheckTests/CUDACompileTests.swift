// Every ModelSpec's CUDA C (forward and training, fused and op by op) compiles to PTX with NVRTC
// for Ampere (compute_80) and Hopper (compute_90); no GPU needed. CI installs NVRTC and fails
// here without it; elsewhere the test skips, saying why.
import XCTest
import GNNCompiler
import GNNCheck
import GNNExecution
import GNNRuntime
import GNNCodegen
import GNNTestSupport

final class CUDACompileTests: XCTestCase {
    func loadNVRTC() throws -> NVRTC {
        do { return try NVRTC.load() } catch {
            try missingPrerequisite("NVRTC not available (\(error)); searched: \(NVRTC.searchList().joined(separator: ", "))")
        }
    }

    /// Through `gnnc selftest --device nvrtc`'s library entry: every spec (14) x {forward, training} x
    /// {f32 fused, f32 op by op, f16 fused, bf16 fused} x {compute_80, compute_90}, each with every
    /// kernel present in the PTX; the f16 and bf16 programs load and store 16-bit storage.
    /// Every ModelSpec's programs (forward and training; f32 fused and op by op, f16, bf16) compile
    /// for Hopper, the GPUs the device checks run on; three of them (a plain aggregation,
    /// attention, PNA's four aggregators) for Ampere too. The prelude's one architecture switch
    /// (`__CUDA_ARCH__ >= 800`, bf16) takes the same side on both.
    func testEveryModelSpecCompilesToPTXForHopperAndThreeForAmpereInEachPrecision() throws {
        _ = try loadNVRTC()
        let total = modelSpecNames.count * 2 * 4
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-ptx-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let cache = PTXCache(directory: dir)
        let (table, passed) = try NVRTCSelfTest.run(specsDirectory: repoRoot() + "/ModelSpecs", architectures: [90], cache: cache).get()
        XCTAssertTrue(passed, table)
        XCTAssertTrue(table.contains("\(total) compiled, 0 loaded"), table)
        // A second run finds every PTX on disk.
        let again = PTXCache(directory: dir)
        let (second, _) = try NVRTCSelfTest.run(specsDirectory: repoRoot() + "/ModelSpecs", architectures: [90], cache: again).get()
        XCTAssertEqual(again.stats, PTXCacheStats(compiled: 0, loaded: total, corruptEntriesRebuilt: 0), second)
        XCTAssertTrue(table.hasSuffix("\(total) compiled, all passed\n"), table)
        let rows = table.split(separator: "\n").filter { $0.hasSuffix(" ok") }
        XCTAssertEqual(rows.count, total, table)
        XCTAssertEqual(rows.filter { $0.contains("compute_90") }.count, total, table)
        for precision in ["f16", "bf16"] {
            XCTAssertEqual(rows.filter { $0.contains(" \(precision) ") }.count, total / 4, table)
        }
        // Rows print in spec order whatever order the parallel compiles finish in.
        let models = rows.map { String($0.prefix { $0 != " " }) }
        XCTAssertEqual(models, models.sorted(), table)
        // 16-bit storage: the PTX of the low-precision programs moves halves (ld/st .u16 or .b16).
        let ptx = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".ptx") }
            .map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }
        XCTAssertTrue(ptx.contains { $0.contains("cvt.f32.f16") && $0.contains("cvt.rn.f16.f32") }, "f16 conversions in some module")
        XCTAssertTrue(ptx.contains { $0.contains("cvt.rn.bf16.f32") }, "bf16 rounding by cvt.rn.bf16.f32 on compute_90")

        let ampere = dir + "/ampere-specs"
        try FileManager.default.createDirectory(atPath: ampere, withIntermediateDirectories: true)
        for name in ["gcn", "gat", "pna"] {
            try FileManager.default.copyItem(atPath: repoRoot() + "/ModelSpecs/\(name).gnn", toPath: ampere + "/\(name).gnn")
        }
        let (both, bothPassed) = try NVRTCSelfTest.run(specsDirectory: ampere, cache: PTXCache(directory: dir + "/both")).get()
        XCTAssertTrue(bothPassed, both)
        let bothRows = both.split(separator: "\n").filter { $0.hasSuffix(" ok") }
        XCTAssertEqual(bothRows.filter { $0.contains("compute_80") }.count, 3 * 2 * 4, both)
        XCTAssertEqual(bothRows.filter { $0.contains("compute_90") }.count, 3 * 2 * 4, both)
    }

    /// Every element-wise function's helpers (forward and gradient, from the op table) compile with
    /// NVRTC, in the fused and op-by-op CUDA schedules of a spec that calls them all.
    func testEveryElementwiseFunctionCompilesToPTX() throws {
        let nvrtc = try loadNVRTC()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-ptx-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let specs = dir + "/specs"
        try FileManager.default.createDirectory(atPath: specs, withIntermediateDirectories: true)
        try everyElementwiseFunctionSpec().write(toFile: specs + "/every_function.gnn", atomically: true, encoding: .utf8)
        let (table, passed) = try NVRTCSelfTest.run(specsDirectory: specs, architectures: [80], cache: PTXCache(directory: dir + "/ptx")).get()
        XCTAssertTrue(passed, table)
        XCTAssertTrue(table.hasSuffix("8 compiled, all passed\n"), table)
        _ = nvrtc
    }

    /// reduce(max|min) over nodes, log_softmax (over a head axis too) and the nll and mse losses
    /// with their gradients: 3 specs x {forward, training} x {f32 fused, f32 op by op, f16, bf16}
    /// x {compute_80, compute_90}, every kernel present in the PTX.
    func testReduceExtremaLogSoftmaxAndLossesCompileToPTX() throws {
        _ = try loadNVRTC()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-ptx-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let specs = dir + "/specs"
        try FileManager.default.createDirectory(atPath: specs, withIntermediateDirectories: true)
        try ReduceAndLossKernelTests.extremes(loss: .nll).write(toFile: specs + "/extremes_nll.gnn", atomically: true, encoding: .utf8)
        for loss in ["nll", "mse"] {
            let spec = """
                model Net<F, C>(x: node[F]) -> node[C] {
                  graph { self_loops = add }
                  param W: [F, C] init glorot
                  let out = aggregate(sum) { (x @ W)[src] } - reduce(min) { x @ W }
                  return \(loss == "nll" ? "log_softmax(out)" : "out")
                }
                train { loss = \(loss) }
                """
            try spec.write(toFile: specs + "/net_\(loss).gnn", atomically: true, encoding: .utf8)
        }
        let (table, passed) = try NVRTCSelfTest.run(specsDirectory: specs, architectures: [80, 90], cache: PTXCache(directory: dir + "/ptx")).get()
        XCTAssertTrue(passed, table)
        XCTAssertTrue(table.hasSuffix("48 compiled, all passed\n"), table)
    }

    /// batch_norm and layer_norm (sums over all nodes, per-row statistics, the running statistics'
    /// update in training) compile with NVRTC for Ampere and Hopper: forward and training, fused
    /// and op by op, f32, f16 and bf16.
    func testNormalizationCompilesToPTX() throws {
        _ = try loadNVRTC()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-ptx-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let specs = dir + "/specs"
        try FileManager.default.createDirectory(atPath: specs, withIntermediateDirectories: true)
        try normalizationSpec().write(toFile: specs + "/norms.gnn", atomically: true, encoding: .utf8)
        let (table, passed) = try NVRTCSelfTest.run(specsDirectory: specs, cache: PTXCache(directory: dir + "/ptx")).get()
        XCTAssertTrue(passed, table)
        XCTAssertTrue(table.hasSuffix("16 compiled, all passed\n"), table)
    }

    /// Readouts (graph-parallel reductions over each graph's node range, their arg-max and scatter)
    /// compile with NVRTC: forward and training, fused and op by op, f32, f16 and bf16.
    func testReadoutsCompileToPTX() throws {
        _ = try loadNVRTC()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-ptx-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let specs = dir + "/specs"
        try FileManager.default.createDirectory(atPath: specs, withIntermediateDirectories: true)
        try readoutSpec().write(toFile: specs + "/pool.gnn", atomically: true, encoding: .utf8)
        let (table, passed) = try NVRTCSelfTest.run(specsDirectory: specs, cache: PTXCache(directory: dir + "/ptx")).get()
        XCTAssertTrue(passed, table)
        XCTAssertTrue(table.hasSuffix("16 compiled, all passed\n"), table)
    }

    /// The prelude's device helpers the model kernels do not use yet (f16/bf16 conversions, float
    /// atomics) compile too: bf16 by the cvt instruction from compute_80, by bit operations before.
    func testPreludeDeviceHelpersCompile() throws {
        let nvrtc = try loadNVRTC()
        let source = CPrelude.cudaText + """
            extern "C" __global__ void helpers(float* out, uint16_t* halves) {
              float x = out[threadIdx.x];
              halves[2 * threadIdx.x] = gnnc_f32_to_f16(x);
              halves[2 * threadIdx.x + 1] = gnnc_f32_to_bf16(x);
              float s = gnnc_group_sum(gnnc_f16_to_f32(halves[0]) + gnnc_bf16_to_f32(halves[1]), 0xffffffffu, 32);
              gnnc_atomic_add(out + 32, s);
              gnnc_atomic_max(out + 33, gnnc_group_max(x, 0xfu << (threadIdx.x & 28), 4));
              gnnc_float4 v = *(const gnnc_float4*)(out + 4 * threadIdx.x);
              *(gnnc_float4*)(out + 128 + 4 * threadIdx.x) = gnnc_make_float4(v.w, v.z, v.y, v.x);
            }
            """
        for arch in [70, 80, 90] {
            let ptx = try nvrtc.compile(source: source, name: "helpers.cu", options: ["--gpu-architecture=compute_\(arch)"])
            XCTAssertTrue(ptx.contains(".visible .entry helpers("), "compute_\(arch)")
            XCTAssertTrue(ptx.contains("shfl.sync.bfly"), "compute_\(arch)")
            XCTAssertTrue(ptx.contains("ld.global.v4.f32") && ptx.contains("st.global.v4.f32"), "compute_\(arch): 16-byte loads and stores")
            XCTAssertTrue(ptx.contains("cvt.rn.f16.f32"), "compute_\(arch)")
            XCTAssertEqual(ptx.contains("cvt.rn.bf16.f32"), arch >= 80, "compute_\(arch)")
            XCTAssertTrue(ptx.contains("atom.global.add.f32") || ptx.contains("red.global.add.f32"), "compute_\(arch)")
        }
    }
}
