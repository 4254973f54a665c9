// The CUDA host path (driver loading, device query, PTX cache, module loading, caching allocator,
// buffer table, launch shapes, copies, error reports, the trainer on `cuda`) without a GPU: a
// stand-in libcuda (Fixtures/fake_libcuda.c) keeps device memory on the host and runs each
// module's kernels from the same program emitted as C with the lane statements emulated.
// Needs NVRTC (the PTX the driver is handed is real) and a C compiler.
#if canImport(Glibc)
import Glibc
#endif
import XCTest
import GNNCompiler
import GNNExecution
import GNNTraining
import GNNCheck
import GNNBench
import GNNCodegen
import GNNData
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNRuntime
import GNNSpec
import GNNTestSupport

final class CUDAHostTests: XCTestCase {
    var dir = ""
    var nvrtc: NVRTC!
    var ptxCache: PTXCache!
    /// gnnc's settings for these tests (the fake driver and cuBLAS, a private cache); the fake
    /// driver itself reads GNNC_FAKE_CUDA_* from the process environment.
    var settings = Settings.process
    let environment = ["GNNC_FAKE_CUDA_KERNELS", "GNNC_FAKE_CUDA_LOG", "GNNC_FAKE_CUDA_FAIL"]

    override func setUpWithError() throws {
        do { nvrtc = try NVRTC.load() } catch { try missingPrerequisite("NVRTC not available (\(error))") }
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-fakecuda-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/kernels", withIntermediateDirectories: true)
        let fake = repoRoot() + "/Tests/GNNExecutionTests/Fixtures/fake_libcuda.c"
        let built = try Subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", dir + "/libcuda.so.1", fake, "-ldl"], logPath: dir + "/cc.log")
        guard built.exitStatus == 0 else { return XCTFail("cannot build the fake driver: \(built.output)") }
        let blas = try Subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", dir + "/libcublas.so.12",
                                       repoRoot() + "/Tests/GNNExecutionTests/Fixtures/fake_libcublas.c"], logPath: dir + "/cc.log")
        guard blas.exitStatus == 0 else { return XCTFail("cannot build the fake cuBLAS: \(blas.output)") }
        settings = Settings.process.with(["GNNC_CUBLAS": dir + "/libcublas.so.12", "GNNC_LIBCUDA": dir + "/libcuda.so.1",
                                          "GNNC_CACHE_DIR": dir + "/cache", "GNNC_EDGE_SPLIT": nil, "GNNC_NO_CUBLAS": nil, "GNNC_CUDA_ARCH": nil])
        setenv("GNNC_FAKE_CUDA_KERNELS", dir + "/kernels", 1)
        setenv("GNNC_FAKE_CUDA_LOG", dir + "/launches.log", 1)
        ptxCache = PTXCache(directory: dir + "/cache/ptx")
    }

    override func tearDown() {
        for name in environment { unsetenv(name) }
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// Builds what the fake driver runs for `emitted`: the same kernel program emitted as C, named by
    /// the FNV-1a hash of the image (CUBIN or PTX) the device will hand to the driver.
    func prepare(_ emitted: EmittedProgram) throws {
        let mapped = emitted.program
        let device = try gpu()
        let image = try device.moduleImage(source: emitted.source, name: "\(mapped.name).cu")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in device.usesCUBIN ? image[...] : image.dropLast() { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let name = String(hash, radix: 16)
        let stem = dir + "/kernels/" + String(repeating: "0", count: 16 - name.count) + name
        try CEmitter.emit(mapped, dialect: .c).write(toFile: stem + ".c", atomically: true, encoding: .utf8)
        let built = try Subprocess.run(["cc", "-O1", "-fopenmp", "-shared", "-fPIC", "-o", stem + ".so", stem + ".c", "-lm"], logPath: stem + ".log")
        XCTAssertEqual(built.exitStatus, 0, built.output)
    }

    func gpu() throws -> CUDADevice { try CUDADevice(ptxCache: ptxCache, settings: settings) }

    /// The CUDA plan's program of `m`, as the trainer and `gnnc run --device cuda` build it.
    func cudaProgram(_ m: GraphModule, _ mode: ProgramMode, dims: [String: Int] = [:]) throws -> EmittedProgram {
        try Pipeline.emit(m, PlanOptions(target: .cuda, mode: mode, dims: dims)).0
    }

    func spec(_ name: String) throws -> (SourceFile, GraphModule) {
        let file = SourceFile(name: "\(name).gnn", text: try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8))
        return (file, try XCTUnwrap(SpecFrontEnd.compile(file).module))
    }

    func launches() -> [[String]] {
        ((try? String(contentsOfFile: dir + "/launches.log", encoding: .utf8)) ?? "").split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    }

    func testDeviceIsQueriedAndCompilesForItsArchitecture() throws {
        let gpu = try self.gpu()
        XCTAssertEqual(gpu.name, "gnnc fake CUDA device")
        XCTAssertEqual(gpu.architecture, 80)
        XCTAssertTrue(gpu.summary.hasPrefix("gnnc fake CUDA device (sm_80, 4 SMs, 1.0 GiB), driver CUDA 12.2, kernels as sm_80 CUBIN"), gpu.summary)
        XCTAssertEqual(gpu.compileOptions, ["--gpu-architecture=sm_80"], "NVRTC knows sm_80: machine code, which any 12.x driver loads")
        settings = settings.with(["GNNC_CUDA_ARCH": "compute_90"])
        XCTAssertEqual(try self.gpu().compileOptions, ["--gpu-architecture=compute_90"])
    }

    /// SelfTest on `.cuda`: fused and op by op, forward and training, against the reference, with
    /// every kernel launched through the driver with the shape the mapping asks for, and every
    /// GEMM through cuBLAS (row-major products mapped onto column-major calls).
    func testSelfTestPassesThroughTheCUDAHostPath() throws {
        try selfTestThroughTheHostPath(["gcn", "gat", "sage"])
        let all = launches()
        XCTAssertTrue(all.allSatisfy { ($0[0] == "launch" && $0.count == 4 && ($0[3] == "256" || ($0[2] == "1" && $0[3] == "1")))
                                        || (["sgemm", "gemmex"].contains($0[0]) && $0.count == 9) }, "\(all.prefix(5))")
        // GCN's first kernel (input dropout, degrees): a warp per node, 8 nodes per block of 256, so
        // 300 nodes need 38 blocks.
        XCTAssertTrue(all.contains(["launch", "k0_dropout", "38", "256"]), "\(all.filter { $0[1].hasPrefix("k0_") })")
        let gemms = all.filter { $0[0] == "sgemm" }
        XCTAssertFalse(gemms.isEmpty)
        XCTAssertTrue(gemms.contains { $0[1] == "1" } && gemms.contains { $0[2] == "1" } && gemms.contains { $0[1] == "0" && $0[2] == "0" },
                      "forward (N, N), input gradient (B transposed) and weight gradient (A transposed) products: \(Set(gemms.map { "\($0[1]),\($0[2])" }))")
        XCTAssertFalse(all.contains { $0[0] == "launch" && $0[1].contains("_matmul") }, "a GEMM kernel was launched although cuBLAS is there: \(Set(all.filter { $0[1].contains("_matmul") }.map { $0[1] }))")
        // f16 and bf16 programs: cublasGemmEx with 16-bit operands (cudaDataType 2 or 14), f32
        // parameter gradients (result type 0) and 16-bit activations (result type as the operands).
        let ex = all.filter { $0[0] == "gemmex" }.map { Array($0[6...8]) }
        for half in ["2", "14"] {
            XCTAssertTrue(ex.contains([half, half, half]) && ex.contains([half, half, "0"]), "\(Set(ex))")
        }
        XCTAssertTrue(ex.allSatisfy { $0[0] == $0[1] && $0[0] != "0" }, "\(Set(ex))")
    }

    /// On a graph with hubs the runtime launches the edge-split variants: a warp per row, its
    /// lanes split into feature lanes and edge slots; the results still match the reference.
    func testEdgeSplitVariantsRunOnGraphsWithHubs() throws {
        settings = settings.with(["GNNC_EDGE_SPLIT": "always"])
        try selfTestThroughTheHostPath(["gcn", "gin"])
        let split = launches().filter { $0[0] == "launch" && $0[1].hasSuffix("_split") }
        XCTAssertFalse(split.isEmpty)
        // A warp per row: 300 rows x 32 lanes / 256 = 38 blocks.
        XCTAssertTrue(split.allSatisfy { $0[2] == "38" && $0[3] == "256" }, "\(split.prefix(4))")
        let hub = GraphArrays(numNodes: 2000, src: (0..<1000).map { $0 + 1 } + (1..<1000).map { $0 }, dst: [Int](repeating: 0, count: 1000) + (1..<1000).map { $0 + 1 })
        let flat = GraphArrays(numNodes: 2000, src: (0..<1999).map { $0 }, dst: (0..<1999).map { $0 + 1 })
        XCTAssertTrue(CUDAExecutable.splitsEdges(hub), "a node of in-degree 1000 against a mean of 1")
        XCTAssertFalse(CUDAExecutable.splitsEdges(flat))
    }

    /// Without cuBLAS the GEMM kernels' own bodies run, with the same results; and PTX (asked for
    /// with GNNC_CUDA_ARCH=compute_80) loads like a CUBIN.
    func testGeneratedGEMMsRunWhenCuBLASIsOff() throws {
        settings = settings.with(["GNNC_NO_CUBLAS": "1", "GNNC_CUDA_ARCH": "compute_80"])
        try selfTestThroughTheHostPath(["gcn"])
        XCTAssertFalse(launches().contains { $0[0] == "sgemm" })
        XCTAssertTrue(launches().contains { $0[0] == "launch" && $0[1].contains("_matmul") })
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: dir + "/cache/ptx").allSatisfy { $0.hasSuffix(".ptx") })
    }

    func selfTestThroughTheHostPath(_ names: [String]) throws {
        for name in names {
            let (file, forward) = try spec(name)
            let gpu = try self.gpu()
            for variant in SelfTestVariant.cuda {
                for mode in ProgramMode.allCases {
                    try prepare(try SelfTest.program(forward, mode: mode, variant, dims: SelfTest.dims(for: forward), on: .cuda(gpu)))
                }
            }
            let compiled = ptxCache.stats.compiled
            let rows = SelfTest.run(spec: file, specName: name, on: .cuda(gpu), variants: SelfTestVariant.cuda, nodes: 300, hubDegree: 100)
            XCTAssertEqual(rows.map(\.variant), ["fused", "no-fuse", "f16", "bf16", "fused", "no-fuse", "f16", "bf16"])
            XCTAssertTrue(rows.allSatisfy(\.passed), SelfTest.table(rows))
            XCTAssertEqual(ptxCache.stats.compiled, compiled, "prepare() compiled every module already")
        }
    }

    /// The trainer on `cuda` (through the fake driver) follows the CPU trainer epoch by epoch:
    /// the same model, data and seed give the same losses up to summation order.
    func testTrainingOnCUDAMatchesTheCPU() throws {
        let (_, model) = try spec("gcn")
        let data = try Datasets.load("synthetic:400,2000,24,4,7", dataDirectory: nil)
        let dims = try Trainer.bindDims(model, features: data.numFeatures, classes: data.numClasses)
        let cpu = try Trainer(model: model, device: CPUDevice(cache: KernelCache(directory: dir + "/cache")), dims: dims)
        try prepare(try cudaProgram(model, .inference, dims: dims))
        try prepare(try cudaProgram(model, .training, dims: dims))
        let gpu = try self.gpu()
        let onGPU = try Trainer(model: model, on: .cuda(gpu), dims: dims)
        let a = try cpu.train(data, epochs: 12, seed: 3), b = try onGPU.train(data, epochs: 12, seed: 3)
        for (x, y) in zip(a.epochs, b.epochs) {
            XCTAssertEqual(Double(y.loss), Double(x.loss), accuracy: 1e-4 * Double(abs(x.loss)), "epoch \(x.epoch)")
        }
        XCTAssertEqual(a.epochs.count, 12)
        // Buffers come from the caching allocator: a second session of the same program reuses them.
        let before = gpu.allocator.stats
        _ = try onGPU.train(data, epochs: 1, seed: 4)
        XCTAssertEqual(gpu.allocator.stats.driverAllocations, before.driverAllocations, "a new session allocated from the driver")
        XCTAssertGreaterThan(gpu.allocator.stats.reuses, before.reuses)
    }

    /// `gnnc run --device cuda` twice: the second compiles nothing (every PTX from the disk cache)
    /// and the JSON report says so.
    func testSecondRunCompilesNoKernels() throws {
        let (_, model) = try spec("gcn")
        let dataset = "synthetic:300,1500,16,3,2"
        let data = try Datasets.load(dataset, dataDirectory: nil)
        let dims = try Trainer.bindDims(model, features: data.numFeatures, classes: data.numClasses)
        try prepare(try cudaProgram(model, .inference, dims: dims))
        try prepare(try cudaProgram(model, .training, dims: dims))
        try FileManager.default.removeItem(atPath: dir + "/cache/ptx")  // prepare() filled it: start cold
        var options = RunOptions(specPath: repoRoot() + "/ModelSpecs/gcn.gnn", dataset: dataset, epochs: 3, device: "cuda")
        options.settings = settings
        let first = try RunDriver.run(options) { _, _ in }
        XCTAssertEqual([first.kernelsCompiled, first.kernelsLoaded], [2, 0], "forward and training PTX compiled")
        let second = try RunDriver.run(options) { _, _ in }
        XCTAssertEqual([second.kernelsCompiled, second.kernelsLoaded], [0, 2], "both modules from the PTX cache")
        XCTAssertTrue(second.json.contains("\"kernels\": {\"compiled\": 0, \"loaded_from_cache\": 2}"), second.json)
        XCTAssertTrue(second.json.contains("\"device_name\": \"gnnc fake CUDA device (sm_80"), second.json)
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: dir + "/cache/ptx").allSatisfy { $0.hasSuffix(".cubin") })
        XCTAssertEqual(first.runs[0].epochs.map(\.loss), second.runs[0].epochs.map(\.loss))
    }

    /// `gnnc run --device cuda` loads exactly the CUDA C that `gnnc compile --emit cu` prints with
    /// the same dims: its dump and the report's digests.
    func testRunOnCUDALoadsWhatCompileEmits() throws {
        let (file, model) = try spec("gcn")
        let dataset = "synthetic:200,900,16,3,5"
        let data = try Datasets.load(dataset, dataDirectory: nil)
        let dims = try Trainer.bindDims(model, features: data.numFeatures, classes: data.numClasses)
        try prepare(try cudaProgram(model, .inference, dims: dims))
        try prepare(try cudaProgram(model, .training, dims: dims))
        var options = RunOptions(specPath: repoRoot() + "/ModelSpecs/gcn.gnn", dataset: dataset, epochs: 2, device: "cuda")
        options.settings = settings
        options.dumpDirectory = dir + "/dump"
        let report = try RunDriver.run(options) { _, _ in }
        XCTAssertEqual(report.dims, dims)
        for (k, backward) in [false, true].enumerated() {
            let cu = try XCTUnwrap(Compiler.compile(file, emit: .cu, backward: backward, dims: dims).text)
            let dumped = try String(contentsOfFile: dir + "/dump/\(backward ? "training" : "inference").cu", encoding: .utf8)
            XCTAssertEqual(dumped, cu)
            XCTAssertEqual(report.programs[k].sourceSHA256, SHA256.hexDigest(cu))
            XCTAssertEqual(report.programs[k].dialect, "cuda")
        }
    }

    /// A failing driver call names the call, the kernel, its ops and the driver's error.
    func testLaunchFailureNamesTheKernelAndTheOp() throws {
        let (_, forward) = try spec("gcn")
        let program = try cudaProgram(forward, .inference)
        try prepare(program)
        let gpu = try self.gpu()
        let exe = try CUDAExecutable(program, device: gpu)
        let graph = GraphArrays(numNodes: 3, src: [0, 1], dst: [1, 2])
        let session = try exe.makeSession(graph: graph, dims: ["F": 4, "C": 2])
        setenv("GNNC_FAKE_CUDA_FAIL", "cuLaunchKernel", 1)
        XCTAssertThrowsError(try session.run(seed: 0, training: false)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("cuLaunchKernel failed while launching kernel k0_in_degree (in_degree | rsqrt | dropout) of GCN.cu with 1 x 256 threads"), text)
            XCTAssertTrue(text.contains("CUDA_ERROR_LAUNCH_FAILED (719): unspecified launch failure"), text)
        }
        unsetenv("GNNC_FAKE_CUDA_FAIL")
        XCTAssertNoThrow(try session.run(seed: 0, training: false))
    }

    /// `gnnc bench --device cuda` through the fake driver: event timing, the device copy
    /// bandwidth, cuBLAS against generated GEMMs, and the report says it ran on cuda.
    func testBenchRunsOnCUDAWithEventsAndALibraryBaseline() throws {
        var config = BenchConfig.tiny(specs: repoRoot() + "/ModelSpecs")
        config.workloads = ["spmm", "gcn"]
        config.sweepEdges = []
        let data = try Datasets.load(config.graphs[0], dataDirectory: nil)
        let gpu = try self.gpu()
        for w in try Bench.modelSpecs(config.specsDirectory).filter({ $0.name == "gcn" }) + [BenchWorkload.primitives[0]] {
            for width in w.isPrimitive ? config.widths : [data.numFeatures] {
                for s in try Bench.schedules(w, data, width: width, passes: ["forward", "forward+backward"], on: .cuda(gpu)) {
                    try prepare(s.program)
                }
            }
        }
        let (records, copy, _) = try Bench.run(config, device: .cuda(gpu), dataDirectory: nil)
        XCTAssertGreaterThan(copy, 0)
        // spmm: 2 widths x 2 passes x (fused, no-fuse); gcn: 2 passes x (fused, no-fuse, fused with generated GEMMs).
        XCTAssertEqual(records.count, 2 * 2 * 2 + 2 * 3)
        XCTAssertEqual(records.filter { $0.variant == "fused-generated-gemm" }.map(\.workload), ["gcn", "gcn"])
        for r in records {
            XCTAssertTrue(r.seconds.min > 0 && r.seconds.min <= r.seconds.median && r.seconds.median <= r.seconds.max, "\(r.workload) \(r.variant)")
        }
        XCTAssertTrue(launches().contains { $0[0] == "sgemm" }, "the fused and no-fuse GCN programs hand their GEMMs to cuBLAS")
        XCTAssertTrue(launches().contains { $0[0] == "launch" && $0[1].contains("_matmul") }, "the generated-GEMM variant launches them")
        let report = BenchReport(records: records, copyGBps: copy, machine: gpu.summary, device: "cuda")
        XCTAssertTrue(report.json.contains("\"device\": \"cuda\""))
        XCTAssertTrue(report.markdown.contains("generated-GEMM ms"), report.markdown)
    }
}
