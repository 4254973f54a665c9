// What the trainer and the self-test need from a loaded program, whichever device runs it: bind
// inputs and parameters, run, read results, update parameters in place.
import GNNIR
import GNNCodegen
import GNNRuntime

/// A kernel program loaded on a device.
public protocol ProgramExecutable: AnyObject {
    /// The program as launched (for CUDA: rows already mapped to lanes).
    var program: KernelProgram { get }
    var source: String { get }
    func makeSession(graph: GraphArrays, dims: [String: Int]) throws -> any ProgramSession
}

/// Buffers for one graph and one set of dimensions; bound values persist across runs.
public protocol ProgramSession: AnyObject {
    /// Inputs and parameters, by name.
    var unbound: [String] { get }
    func bind(_ name: String, _ values: [Float]) throws
    /// Points the session at another graph (a batch of graphs) of the same program, when every
    /// buffer's storage can hold its size on that graph: the graph arrays are copied in, sizes and
    /// results follow the new graph, and the values bound to buffers whose size does not depend on
    /// the graph (parameters, state) are kept; inputs sized by nodes, edges or graphs must be bound
    /// again. Returns false, changing nothing, when a buffer is too small (make a new session).
    func setGraph(_ graph: GraphArrays) throws -> Bool
    func run(seed: UInt64, training: Bool) throws
    /// Result `k` as Float (integer results converted).
    func result(_ k: Int) throws -> [Float]
    /// Result `k` without a copy where the device allows it.
    func withResult<T>(_ k: Int, _ body: (UnsafeBufferPointer<Float>) throws -> T) throws -> T
    func parameter(_ name: String) throws -> [Float]
    /// Lets `body` change a float parameter in place (an optimizer step); the device sees the change.
    func updateParameter(_ name: String, _ body: (UnsafeMutableBufferPointer<Float>) throws -> Void) throws
}

extension ProgramExecutable {
    /// Runs the whole program once with everything bound from the dictionaries (keyed by buffer
    /// name: `x`, `labels`, `conv1.W`). Returns the results in order, as Float.
    public func run(graph: GraphArrays, dims: [String: Int], inputs: [String: [Float]], params: [String: [Float]],
                    seed: UInt64 = 0, training: Bool = false) throws -> [[Float]] {
        let s = try makeSession(graph: graph, dims: dims)
        for name in s.unbound {
            guard let values = inputs[name] ?? params[name] else { throw ExecutionError("'\(name)' is not bound") }
            try s.bind(name, values)
        }
        try s.run(seed: seed, training: training)
        return try program.results.indices.map { try s.result($0) }
    }
}

extension KernelProgram {
    /// Concrete element counts of every buffer for this graph and these dimensions.
    public func elementCounts(_ graph: GraphArrays, _ dims: [String: Int]) throws -> [Int] {
        for (d, planned) in dimValues.sorted(by: { $0.key < $1.key }) where dims[d] != planned {
            throw ExecutionError("\(name) was planned for \(d) = \(planned), not \(d) = \(dims[d].map(String.init) ?? "unbound")")
        }
        let bindings = dimBindings(graph, dims)
        return try buffers.map { b in
            let unbound = Set(b.elements.symbols).subtracting(bindings.keys)
            guard unbound.isEmpty else {
                throw ExecutionError("buffer \(b.name) has unbound size \(b.elements) (bound: \(bindings.keys.sorted()))")
            }
            guard let n = b.elements.substituting(bindings)?.constantValue else {
                let values = b.elements.symbols.map { "\($0) = \(bindings[$0].map { "\($0)" } ?? "?")" }.joined(separator: ", ")
                throw RuntimeError(.outOfMemory, "buffer \(b.name) of \(name) has \(b.elements) elements with \(values): more than a 64-bit count")
            }
            return n
        }
    }

    public func dimBindings(_ graph: GraphArrays, _ dims: [String: Int]) -> [String: Dim] {
        var bindings: [String: Dim] = ["N": Dim(graph.numNodes), "E": Dim(graph.numEdges), "G": Dim(graph.numGraphs)]
        for (k, v) in dims { bindings[k] = Dim(v) }
        return bindings
    }

    /// The kernel ABI's sizes: `[N, E, seed, training, dims...]` (a program with graph values has
    /// `G`, the batch's graph count, as its last dimension).
    public func sizes(_ graph: GraphArrays, _ dims: [String: Int], seed: UInt64, training: Bool) -> [Int64] {
        [Int64(graph.numNodes), Int64(graph.numEdges), Int64(bitPattern: seed), training ? 1 : 0]
            + dimParams.map { Int64($0 == "G" ? graph.numGraphs : dims[$0] ?? 0) }
    }

    /// The named input, parameter or state's buffer index.
    public func boundIndex(of name: String) throws -> Int {
        guard let i = buffers.firstIndex(where: { $0.name == name && $0.role.isBound }) else {
            throw ExecutionError("the program has no input, parameter or state named '\(name)'")
        }
        return i
    }

    public var unboundNames: [String] { buffers.filter { $0.role.isBound }.map(\.name) }

    /// The graph array a graph buffer named `name` holds; nil for a name that is none. The CSR
    /// column arrays (`in_src`, `out_dst`: an endpoint of each edge in CSR order) are made only
    /// for the programs that read them.
    public static func graphArray(_ name: String, _ graph: GraphArrays) -> [Int32]? {
        switch name {
        case "src": return graph.src
        case "dst": return graph.dst
        case "in_ptr": return graph.inPtr
        case "in_edge": return graph.inEdge
        case "out_ptr": return graph.outPtr
        case "out_edge": return graph.outEdge
        case "in_src": return graph.inEdge.map { graph.src[Int($0)] }
        case "out_dst": return graph.outEdge.map { graph.dst[Int($0)] }
        case "graph_ptr": return graph.graphPtr
        case "graph_of": return graph.graphOf
        default: return nil
        }
    }

    /// Each graph buffer's array, in buffer order (nil for the other buffers).
    public func graphArrays(_ graph: GraphArrays) throws -> [[Int32]?] {
        try buffers.map { b in
            guard b.role == .graph else { return nil }
            guard let a = KernelProgram.graphArray(b.name, graph) else { throw ExecutionError("\(name) reads a graph array '\(b.name)' that the runtime does not have") }
            return a
        }
    }
}

/// Where programs run.
public enum ExecutionDevice {
    case cpu(CPUDevice)
    case cuda(CUDADevice)

    /// What the device's kernel cache could not do (an untrusted, unwritable or full directory).
    public var cacheWarnings: [String] {
        switch self {
        case .cpu(let d): return d.cache.stats.warnings
        case .cuda(let d): return d.ptxCache.stats.warnings
        }
    }

    /// Loads what a plan emitted. `variants`: run each kernel's alternative implementation (the
    /// edge-split one) where it has one; on CUDA the session chooses by the graph's degrees.
    /// `libraryGEMMs`: on CUDA, cuBLAS computes the GEMM kernels (off: their generated bodies).
    public func load(_ emitted: EmittedProgram, variants: Bool = false, libraryGEMMs: Bool = true) throws -> any ProgramExecutable {
        switch self {
        case .cpu(let d): return try CPUExecutable(emitted, device: d, variants: variants)
        case .cuda(let d): return try CUDAExecutable(emitted, device: d, libraryGEMMs: libraryGEMMs)
        }
    }

    /// Programs the device's cache has compiled so far (C libraries or PTX modules), so a caller
    /// can tell a compile from a cache hit.
    public var compiledCount: Int {
        switch self {
        case .cpu(let d): return d.cache.stats.compiled
        case .cuda(let d): return d.ptxCache.stats.compiled
        }
    }

    /// The target whose plan this device runs.
    public var target: Target {
        switch self {
        case .cpu: return .cpu
        case .cuda: return .cuda
        }
    }

    public var name: String { target.rawValue }
}

extension KernelProgram {
    /// Bytes of each buffer at `elementBytes(buffer)` per element (at least one element, as the
    /// runtimes allocate), and their sum; a count whose bytes overflow 64 bits is an error naming the buffer.
    public func bufferBytes(_ counts: [Int], elementBytes: (Int) -> Int) throws(RuntimeError) -> (each: [Int], total: Int) {
        var each: [Int] = [], total = 0
        for (i, (b, count)) in zip(buffers, counts).enumerated() {
            let (bytes, o1) = max(count, 1).multipliedReportingOverflow(by: elementBytes(i))
            let (sum, o2) = total.addingReportingOverflow(bytes)
            guard !o1, !o2 else {
                throw RuntimeError(.outOfMemory, "buffer \(b.name) of \(name) has \(count) elements: its bytes do not fit a 64-bit count")
            }
            each.append(bytes)
            total = sum
        }
        return (each, total)
    }

    /// Refuses the program's buffers when they exceed `available` bytes (nil: unknown, nothing refused),
    /// naming the total, what is available and the largest buffers.
    public func checkFits(_ bytes: (each: [Int], total: Int), available: Int?, on place: String) throws(RuntimeError) {
        try MemoryBudget.check(bytes.total, for: "the \(name) program's \(buffers.count) buffers", plural: true,
                               parts: zip(buffers, bytes.each).map { ($0.name, $1) }, available: available, place: place)
    }
}
