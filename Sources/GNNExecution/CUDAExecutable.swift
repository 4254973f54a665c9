// Runs a kernel program on a GPU: maps rows to lanes, emits CUDA C, loads it through NVRTC and
// the PTX cache, keeps every buffer on the device and launches the kernels in order on one stream.
import GNNIR
import GNNCodegen
import GNNRuntime
#if canImport(Glibc)
import Glibc
#endif

public final class CUDAExecutable: ProgramExecutable {
    public let program: KernelProgram
    public let source: String
    public let device: CUDADevice
    let module: CUDAModule
    /// Whether GEMM kernels go to cuBLAS when it is loaded (off: their generated bodies run; the
    /// benchmark's library-vs-generated comparison).
    public let libraryGEMMs: Bool

    /// Threads per block of every parallel kernel (8 warps).
    static let blockSize = 256

    /// Loads the emitted CUDA C as it is (the plan mapped the rows to lanes and emitted it).
    public init(_ emitted: EmittedProgram, device: CUDADevice, libraryGEMMs: Bool = true) throws {
        guard emitted.dialect == CDialect.cuda.name else {
            throw ExecutionError("the CUDA device runs CUDA C; this program was emitted as \(emitted.dialect)")
        }
        self.libraryGEMMs = libraryGEMMs
        program = emitted.program
        source = emitted.source
        self.device = device
        module = try device.loadModule(source: source, name: "\(program.name).cu",
                                       kernels: program.kernels.flatMap { [$0.name] + $0.variants.map(\.name) })
    }

    public func makeSession(graph: GraphArrays, dims: [String: Int]) throws -> any ProgramSession {
        try Session(self, graph: graph, dims: dims)
    }

    /// Grid and block of a kernel: enough lanes for every row (a grid-stride loop covers the rest
    /// when the grid is capped), or one thread for a kernel that is not one parallel loop.
    static func launchShape(_ k: Kernel, bindings: [String: Dim], multiprocessors: Int) -> (grid: Int, block: Int) {
        guard k.body.count == 1, case .loop(_, let start, let end, true, _) = k.body[0] else { return (1, 1) }
        let cap = max(multiprocessors, 1) * 32
        guard case .dim(let a) = start, case .dim(let b) = end,
              let lo = a.substituting(bindings)?.constantValue, let hi = b.substituting(bindings)?.constantValue else {
            return (cap, blockSize)
        }
        let threads = max(hi - lo, 1) * k.lanes
        return (min((threads + blockSize - 1) / blockSize, cap), blockSize)
    }

    /// cuBLAS element types of a GEMM's operands and result; nil for a dtype it does not take.
    static func elementTypes(_ p: KernelProgram, _ g: GEMM) -> (a: CUBLAS.ElementType, b: CUBLAS.ElementType, out: CUBLAS.ElementType)? {
        func type(_ buffer: Int) -> CUBLAS.ElementType? {
            switch p.buffers[buffer].dtype {
            case .f32: return .f32
            case .f16: return .f16
            case .bf16: return .bf16
            default: return nil
            }
        }
        guard let a = type(g.a), let b = type(g.b), let out = type(g.out) else { return nil }
        return (a, b, out)
    }

    /// Whether to run the edge-split variants on this graph: when it has hubs (a node whose
    /// in- or out-degree is at least 128 and 16 times the mean), whose edges one narrow lane
    /// group would walk alone. `GNNC_EDGE_SPLIT=always|never` overrides.
    public static func splitsEdges(_ graph: GraphArrays, override: Bool? = nil) -> Bool {
        if let override { return override }
        func maxDegree(_ ptr: [Int32]) -> Int { zip(ptr.dropFirst(), ptr).map { Int($0 - $1) }.max() ?? 0 }
        let hub = max(maxDegree(graph.inPtr), maxDegree(graph.outPtr))
        let mean = Double(graph.numEdges) / Double(max(graph.numNodes, 1))
        return hub >= 128 && Double(hub) >= 16 * max(mean, 1)
    }

    public final class Session: ProgramSession {
        let executable: CUDAExecutable
        let counts: [Int]
        let blocks: [CUDABlock]
        let table: CUDABlock
        let sizesBlock: CUDABlock
        let shapes: [(grid: Int, block: Int)]
        /// The kernel launched for each of the program's kernels (itself or its edge-split variant).
        let launched: [Kernel]
        /// m, n, k of each GEMM kernel, for cuBLAS.
        let gemmSizes: [(m: Int, n: Int, k: Int)?]
        let graph: GraphArrays
        let dims: [String: Int]
        var device: CUDADevice { executable.device }
        var program: KernelProgram { executable.program }

        init(_ executable: CUDAExecutable, graph: GraphArrays, dims: [String: Int]) throws {
            self.executable = executable
            self.graph = graph
            self.dims = dims
            let program = executable.program, device = executable.device
            counts = try program.elementCounts(graph, dims)
            // Host copies convert Float to and from f32, f16, bf16 and i32 storage.
            if let other = program.buffers.first(where: { $0.dtype == .f64 || $0.dtype == .i64 }) {
                throw ExecutionError("buffer \(other.name) of \(program.name) is \(other.dtype.rawValue); the CUDA runtime takes f32, f16, bf16 and i32 buffers")
            }
            let sized = try program.bufferBytes(counts) { program.buffers[$0].dtype.byteWidth }
            try program.checkFits(sized, available: device.totalMemory, on: "GPU memory on \(device.name)")
            var made: [CUDABlock] = []
            for (i, b) in program.buffers.enumerated() {
                let bytes = sized.each[i]
                let block = try device.allocator.allocate(bytes, what: "buffer \(b.name) of \(program.name)")
                made.append(block)
                try device.zero(block.pointer, bytes: block.bytes, what: "buffer \(b.name)")
            }
            blocks = made
            let tableBlock = try device.allocator.allocate(8 * max(made.count, 1), what: "the buffer table of \(program.name)")
            table = tableBlock
            sizesBlock = try device.allocator.allocate(8 * (4 + program.dimParams.count), what: "the sizes of \(program.name)")
            try made.map(\.pointer).withUnsafeBytes { try device.upload($0, to: tableBlock.pointer, what: "the buffer table of \(program.name)") }
            for (i, a) in try program.graphArrays(graph).enumerated() {
                guard let a else { continue }
                try a.withUnsafeBytes { try device.upload($0, to: made[i].pointer, what: "graph array \(program.buffers[i].name)") }
            }
            let bindings = program.dimBindings(graph, dims)
            gemmSizes = try program.kernels.map { (k) throws -> (m: Int, n: Int, k: Int)? in
                guard let g = k.gemm else { return nil }
                guard let m = g.m.substituting(bindings)?.constantValue, let n = g.n.substituting(bindings)?.constantValue,
                      let inner = g.k.substituting(bindings)?.constantValue else {
                    throw ExecutionError("GEMM kernel \(k.name) has unbound sizes \(g.m) x \(g.n) x \(g.k)")
                }
                return (m, n, inner)
            }
            let multiprocessors = device.multiprocessors
            let split = CUDAExecutable.splitsEdges(graph, override: executable.device.edgeSplit)
            let chosen = program.kernels.map { split ? ($0.variants.first ?? $0) : $0 }
            launched = chosen
            shapes = chosen.map { CUDAExecutable.launchShape($0, bindings: bindings, multiprocessors: multiprocessors) }
        }

        deinit {
            for b in blocks + [table, sizesBlock] { executable.device.allocator.release(b) }
        }

        public var unbound: [String] { program.unboundNames }

        /// Launch shapes, GEMM sizes and the edge-split choice follow the graph: a CUDA session is
        /// made per graph (never reused for another).
        public func setGraph(_ graph: GraphArrays) throws -> Bool { false }

        public func bind(_ name: String, _ values: [Float]) throws {
            let i = try program.boundIndex(of: name)
            guard values.count == counts[i] else { throw ExecutionError("'\(name)' has \(values.count) elements, expected \(counts[i])") }
            switch program.buffers[i].dtype {
            case .i32: try values.map { Int32($0) }.withUnsafeBytes { try device.upload($0, to: blocks[i].pointer, what: "'\(name)'") }
            case .f16: try values.map(HalfPrecision.f16Bits).withUnsafeBytes { try device.upload($0, to: blocks[i].pointer, what: "'\(name)'") }
            case .bf16: try values.map(HalfPrecision.bf16Bits).withUnsafeBytes { try device.upload($0, to: blocks[i].pointer, what: "'\(name)'") }
            default: try values.withUnsafeBytes { try device.upload($0, to: blocks[i].pointer, what: "'\(name)'") }
            }
        }

        /// Queues every kernel; errors of the kernels themselves surface at the next copy back.
        public func run(seed: UInt64, training: Bool) throws {
            let sizes = program.sizes(graph, dims, seed: seed, training: training)
            try sizes.withUnsafeBytes { try device.upload($0, to: sizesBlock.pointer, what: "the sizes of \(program.name)") }
            for (i, k) in launched.enumerated() {
                if executable.libraryGEMMs, let cublas = device.cublas, let g = k.gemm, let size = gemmSizes[i],
                   let types = CUDAExecutable.elementTypes(program, g), cublas.supports(a: types.a, b: types.b, out: types.out) {
                    try cublas.gemm(m: size.m, n: size.n, k: size.k, a: blocks[g.a].pointer, b: blocks[g.b].pointer,
                                    out: blocks[g.out].pointer, transA: g.transA, transB: g.transB, types: types,
                                    what: "kernel \(k.name) (\(k.comment)) of \(program.name)")
                } else {
                    try device.launch(executable.module, k.name, grid: shapes[i].grid, block: shapes[i].block, table: table.pointer,
                                      sizes: sizesBlock.pointer, op: k.comment)
                }
            }
        }

        func download(_ buffer: Int) throws -> [Float] {
            let count = counts[buffer], what = "buffer \(program.buffers[buffer].name) of \(program.name)"
            switch program.buffers[buffer].dtype {
            case .i32:
                var values = [Int32](repeating: 0, count: count)
                try values.withUnsafeMutableBytes { try device.download(blocks[buffer].pointer, into: $0, what: what) }
                return values.map(Float.init)
            case .f16, .bf16:
                var bits = [UInt16](repeating: 0, count: count)
                try bits.withUnsafeMutableBytes { try device.download(blocks[buffer].pointer, into: $0, what: what) }
                return bits.map(program.buffers[buffer].dtype == .f16 ? HalfPrecision.fromF16 : HalfPrecision.fromBF16)
            default: break
            }
            var values = [Float](repeating: 0, count: count)
            try values.withUnsafeMutableBytes { try device.download(blocks[buffer].pointer, into: $0, what: what) }
            return values
        }

        public func result(_ k: Int) throws -> [Float] { try download(program.results[k]) }

        public func withResult<T>(_ k: Int, _ body: (UnsafeBufferPointer<Float>) throws -> T) throws -> T {
            try result(k).withUnsafeBufferPointer { try body($0) }
        }

        public func parameter(_ name: String) throws -> [Float] { try download(try program.boundIndex(of: name)) }

        public func updateParameter(_ name: String, _ body: (UnsafeMutableBufferPointer<Float>) throws -> Void) throws {
            var values = try parameter(name)
            try values.withUnsafeMutableBufferPointer { try body($0) }
            try bind(name, values)
        }
    }
}

extension DType {
    /// Bytes per element in device memory.
    public var byteWidth: Int {
        switch self {
        case .f16, .bf16: return 2
        case .f32, .i32: return 4
        case .f64, .i64: return 8
        }
    }
}
