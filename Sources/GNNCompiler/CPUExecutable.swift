// Runs a kernel program on the CPU: emits C, loads it through the kernel cache, binds buffers and
// launches the kernels in order.
import GNNDiagnostics
import GNNIR
import GNNCodegen
import GNNRuntime

public struct ExecutionError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

public final class CPUExecutable {
    public let program: KernelProgram
    public let source: String
    let kernels: [CPUKernel]

    /// The cache salt: the prelude's hash (it is inside the source already) and the backend name.
    static let salt = "c-cpu:" + SHA256.hexDigest(CPrelude.text)

    public init(_ program: KernelProgram, device: CPUDevice) throws {
        self.program = program
        source = CEmitter.emit(program)
        let library = try device.load(source: source, salt: CPUExecutable.salt)
        kernels = try program.kernels.map { try library.kernel(named: $0.name) }
    }

    /// Concrete element counts of every buffer for this graph and these dimensions.
    func sizes(_ graph: GraphArrays, _ dims: [String: Int]) throws -> [Int] {
        var bindings: [String: Dim] = ["N": Dim(graph.numNodes), "E": Dim(graph.numEdges)]
        for (k, v) in dims { bindings[k] = Dim(v) }
        return try program.buffers.map { b in
            guard let n = b.elements.substituting(bindings)?.constantValue else {
                throw ExecutionError("buffer \(b.name) has unbound size \(b.elements) (bound: \(bindings.keys.sorted()))")
            }
            return n
        }
    }

    /// Runs the whole program once. `inputs` and `params` are keyed by buffer name (`x`,
    /// `labels`, `conv1.W`); integer buffers take their values converted from Float. Returns the
    /// results in order, as Float.
    public func run(graph: GraphArrays, dims: [String: Int], inputs: [String: [Float]], params: [String: [Float]],
                    seed: UInt64 = 0, training: Bool = false) throws -> [[Float]] {
        let counts = try sizes(graph, dims)
        var buffers: [HostBuffer] = []
        for (i, b) in program.buffers.enumerated() {
            let type: HostElementType = b.dtype == .i32 ? .int32 : b.dtype == .i64 ? .int64 : .float32
            let buffer = HostBuffer(count: max(counts[i], 1), elementType: type)
            buffer.zero()
            buffers.append(buffer)
        }
        let graphData: [String: [Int32]] = ["src": graph.src, "dst": graph.dst, "in_ptr": graph.inPtr,
                                            "in_edge": graph.inEdge, "out_ptr": graph.outPtr, "out_edge": graph.outEdge]
        for (i, b) in program.buffers.enumerated() {
            let provided: [Float]?
            switch b.role {
            case .graph:
                buffers[i].copy(from: graphData[b.name]!)
                continue
            case .input: provided = inputs[b.name]
            case .param: provided = params[b.name]
            case .graphConstant, .temp: continue
            }
            guard let values = provided else { throw ExecutionError("\(b.role.rawValue) '\(b.name)' is not bound") }
            guard values.count == counts[i] else {
                throw ExecutionError("\(b.role.rawValue) '\(b.name)' has \(values.count) elements, expected \(counts[i])")
            }
            if b.dtype == .i32 { buffers[i].copy(from: values.map { Int32($0) }) } else { buffers[i].copy(from: values) }
        }
        var pointers: [UnsafeMutableRawPointer?] = buffers.map { $0.rawPointer }
        var sizeArgs: [Int64] = [Int64(graph.numNodes), Int64(graph.numEdges), Int64(bitPattern: seed), training ? 1 : 0]
        sizeArgs += program.dimParams.map { Int64(dims[$0] ?? 0) }
        pointers.withUnsafeBufferPointer { ptrs in
            sizeArgs.withUnsafeBufferPointer { sz in
                for k in kernels { k(ptrs.baseAddress, sz.baseAddress) }
            }
        }
        return program.results.map { r in
            let b = buffers[r]
            return program.buffers[r].dtype == .i32 ? b.toArray(Int32.self).map(Float.init) : Array(b.toArray(Float.self).prefix(counts[r]))
        }
    }
}
