// Runs a kernel program on the CPU: emits C, loads it through the kernel cache, binds buffers and
// launches the kernels in order.
import GNNDiagnostics
import GNNIR
import GNNCodegen
import GNNRuntime

public struct ExecutionError: Error, CustomStringConvertible, DiagnosticConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
    public var diagnostic: Diagnostic { Diagnostic(.executionFailed, message, at: nil) }
}

public final class CPUExecutable: ProgramExecutable {
    public let program: KernelProgram
    public let source: String
    let kernels: [CPUKernel]

    /// The cache salt: the prelude's hash (it is inside the source already) and the backend name.
    static let salt = "c-cpu:" + SHA256.hexDigest(CPrelude.text)

    /// Compiles the emitted C as it is; with `variants`, each kernel that has an alternative
    /// implementation (an edge-split variant of the CUDA schedule) runs that one instead.
    public init(_ emitted: EmittedProgram, device: CPUDevice, variants: Bool = false) throws {
        guard emitted.dialect == CDialect.c.name else {
            throw ExecutionError("the CPU device runs C; this program was emitted as \(emitted.dialect)")
        }
        program = emitted.program
        source = emitted.source
        let names = program.kernels.map { (variants ? $0.variants.first ?? $0 : $0).name }
        let library = try device.load(source: source, salt: CPUExecutable.salt, symbols: names)
        kernels = try names.map { try library.kernel(named: $0) }
    }

    /// Buffers allocated once for one graph and one set of dimensions; inputs and parameters are
    /// bound by name and stay bound across runs (an optimizer updates parameters in place).
    public final class Session: ProgramSession {
        public let executable: CPUExecutable
        /// Each buffer's element count on the current graph (its storage may hold more: setGraph).
        public private(set) var counts: [Int]
        let buffers: [HostBuffer]
        let pointers: [UnsafeMutableRawPointer?]
        private(set) var graph: GraphArrays
        let dims: [String: Int]

        init(_ executable: CPUExecutable, graph: GraphArrays, dims: [String: Int]) throws {
            self.executable = executable
            self.graph = graph
            self.dims = dims
            counts = try executable.program.elementCounts(graph, dims)
            let types: [HostElementType] = executable.program.buffers.map { b in
                switch b.dtype {
                case .i32: return .int32
                case .i64: return .int64
                case .f16, .bf16: return .uint16
                case .f32, .f64: return .float32
                }
            }
            let bytes = try executable.program.bufferBytes(counts) { types[$0].byteSize }
            try executable.program.checkFits(bytes, available: MemoryBudget.availableBytes(), on: "memory")
            var made: [HostBuffer] = []
            for (i, b) in executable.program.buffers.enumerated() {
                made.append(try HostBuffer.allocate(count: max(counts[i], 1), elementType: types[i], what: "buffer \(b.name) of \(executable.program.name)"))
            }
            buffers = made
            pointers = made.map { $0.rawPointer }
            for (i, a) in try executable.program.graphArrays(graph).enumerated() { if let a { buffers[i].copy(from: a) } }
        }

        public func setGraph(_ graph: GraphArrays) throws -> Bool {
            let next = try executable.program.elementCounts(graph, dims)
            guard zip(next, buffers).allSatisfy({ $0 <= $1.count }) else { return false }
            self.graph = graph
            counts = next
            for (i, a) in try executable.program.graphArrays(graph).enumerated() { if let a { buffers[i].copyPrefix(from: a) } }
            return true
        }

        /// Binds an input or parameter; integer buffers take the values converted from Float.
        public func bind(_ name: String, _ values: [Float]) throws {
            let i = try executable.program.boundIndex(of: name)
            guard values.count == counts[i] else {
                throw ExecutionError("'\(name)' has \(values.count) elements, expected \(counts[i])")
            }
            switch executable.program.buffers[i].dtype {
            case .i32: buffers[i].copyPrefix(from: values.map { Int32($0) })
            case .f16: buffers[i].copyPrefix(from: values.map(HalfPrecision.f16Bits))
            case .bf16: buffers[i].copyPrefix(from: values.map(HalfPrecision.bf16Bits))
            default: buffers[i].copyPrefix(from: values)
            }
        }

        /// Direct access to a float parameter's storage (for in-place optimizer steps).
        public func floatStorage(_ name: String) throws -> UnsafeMutableBufferPointer<Float> {
            let i = try executable.program.boundIndex(of: name)
            guard executable.program.buffers[i].dtype == .f32 else { throw ExecutionError("'\(name)' is not stored as f32") }
            return UnsafeMutableBufferPointer(start: buffers[i].floatPointer, count: counts[i])
        }

        public var unbound: [String] { executable.program.unboundNames }

        /// Launches every kernel once.
        public func run(seed: UInt64, training: Bool) {
            let sizes = executable.program.sizes(graph, dims, seed: seed, training: training)
            pointers.withUnsafeBufferPointer { ptrs in
                sizes.withUnsafeBufferPointer { sz in
                    for k in executable.kernels { k(ptrs.baseAddress, sz.baseAddress) }
                }
            }
        }

        /// Result `k` as Float (integer results converted).
        public func result(_ k: Int) -> [Float] {
            let r = executable.program.results[k]
            let b = buffers[r]
            switch executable.program.buffers[r].dtype {
            case .i32: return Array(b.toArray(Int32.self).prefix(counts[r]).map(Float.init))
            case .f16: return b.toArray(UInt16.self).prefix(counts[r]).map(HalfPrecision.fromF16)
            case .bf16: return b.toArray(UInt16.self).prefix(counts[r]).map(HalfPrecision.fromBF16)
            default: return Array(b.toArray(Float.self).prefix(counts[r]))
            }
        }

        /// Result `k` without copying (an f32 result; others are converted).
        public func withResult<T>(_ k: Int, _ body: (UnsafeBufferPointer<Float>) throws -> T) throws -> T {
            let r = executable.program.results[k]
            guard executable.program.buffers[r].dtype == .f32 else { return try result(k).withUnsafeBufferPointer(body) }
            return try body(UnsafeBufferPointer(start: buffers[r].floatPointer, count: counts[r]))
        }
        public func parameter(_ name: String) throws -> [Float] { Array(try floatStorage(name)) }
        public func updateParameter(_ name: String, _ body: (UnsafeMutableBufferPointer<Float>) throws -> Void) throws {
            try body(try floatStorage(name))
        }
    }

    public func session(graph: GraphArrays, dims: [String: Int]) throws -> Session {
        try Session(self, graph: graph, dims: dims)
    }

    public func makeSession(graph: GraphArrays, dims: [String: Int]) throws -> any ProgramSession {
        try session(graph: graph, dims: dims)
    }
}
