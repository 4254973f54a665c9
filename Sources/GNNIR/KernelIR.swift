// Kernel IR (.kir): buffers, and kernels as explicit loop nests (which loop is parallel, over what
// index space, with which feature loops and accumulators), printed directly by the emitters.

/// A buffer the program reads or writes. Sizes are polynomials over `N`, `E` and the model dims.
public struct KBuffer: Hashable, Sendable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Model inputs (features, labels, masks), bound by the runtime.
        case input
        case param
        /// Model state (batch_norm's running statistics), bound by the runtime like a parameter;
        /// the program writes its next value into a result, never into this buffer.
        case state
        /// The graph: `src`, `dst`, and the in/out CSR (`in_ptr`, `in_edge`, `out_ptr`, `out_edge`).
        case graph
        /// Values computed once per graph (degrees, norms).
        case graphConstant = "graph_constant"
        case temp

        /// Bound by the runtime by name (inputs, parameters, state) and only read by kernels.
        public var isBound: Bool { self == .input || self == .param || self == .state }
    }
    public var name: String
    public var dtype: DType
    public var elements: Dim
    public var role: Role
    public init(name: String, dtype: DType, elements: Dim, role: Role) {
        self.name = name; self.dtype = dtype; self.elements = elements; self.role = role
    }
}

/// Integer index arithmetic. Sizes (`N`, `E`, model dims) appear as `Dim`s.
public indirect enum KIndex: Hashable, Sendable {
    case dim(Dim)
    case v(String)
    /// An integer read from a buffer, e.g. `src[e]` or `in_ptr[v + 1]`.
    case load(Int, KIndex)
    case add(KIndex, KIndex)
    case mul(KIndex, KIndex)
    case div(KIndex, KIndex)
    case mod(KIndex, KIndex)

    public static func lit(_ n: Int) -> KIndex { .dim(Dim(n)) }
    public static let zero = KIndex.lit(0)

    /// Folds literal zeros and ones so printed indices stay readable.
    public static func + (a: KIndex, b: KIndex) -> KIndex {
        if a == .zero { return b }
        if b == .zero { return a }
        if case .dim(let x) = a, case .dim(let y) = b, let s = x.adding(y) { return .dim(s) }
        return .add(a, b)
    }
    public static func * (a: KIndex, b: KIndex) -> KIndex {
        if a == .zero || b == .zero { return .zero }
        if a == .lit(1) { return b }
        if b == .lit(1) { return a }
        if case .dim(let x) = a, case .dim(let y) = b, let p = x.multiplying(y) { return .dim(p) }
        return .mul(a, b)
    }
    /// `(x * k) / k` folds to `x`: exact in integer arithmetic, and it keeps a head index computed
    /// as `h * features / features` readable.
    public static func / (a: KIndex, b: KIndex) -> KIndex {
        if b == .lit(1) { return a }
        if case .mul(let x, let y) = a {
            if y == b { return x }
            if x == b { return y }
        }
        return .div(a, b)
    }
    public static func % (a: KIndex, b: KIndex) -> KIndex { b == .lit(1) ? .zero : .mod(a, b) }

    /// `end - start` when both are constants and the difference fits in an Int; nil otherwise (a
    /// symbolic bound, or bounds from a hand-written program that would overflow).
    public static func constantExtent(_ start: KIndex, _ end: KIndex) -> Int? {
        guard case .dim(let a) = start, case .dim(let b) = end, let s = a.constantValue, let e = b.constantValue else { return nil }
        let (n, overflow) = e.subtractingReportingOverflow(s)
        return overflow ? nil : n
    }
}

/// Scalar (float) expressions evaluated per element.
public indirect enum KValue: Hashable, Sendable {
    case load(Int, KIndex)
    case const(Double)
    case local(String)
    case unary(UnaryOp, Attributes, KValue)
    /// g * f'(x)
    case unaryGrad(UnaryOp, Attributes, KValue, KValue)
    case binary(BinaryOp, KValue, KValue)
    case max(KValue, KValue)
    case min(KValue, KValue)
    /// An integer converted to float (a count, a label).
    case fromIndex(KIndex)
    /// 1/(1-p) when the dropout hash keeps element `index` of `stream` in this step, else 0.
    case dropoutScale(p: Double, stream: Int, index: KIndex)
    /// `cond ? a : b` where cond is `lhs == rhs` on indices.
    case selectEqual(KIndex, KIndex, KValue, KValue)
}

public indirect enum KStmt: Hashable, Sendable {
    /// `for var in start..<end`; the parallel flag marks the loop the emitters distribute (OpenMP
    /// threads on CPU, blocks and warps on CUDA).
    case loop(variable: String, start: KIndex, end: KIndex, parallel: Bool, body: [KStmt])
    /// An integer local (`e = in_edge[p]`).
    case letIndex(String, KIndex)
    /// A float local; `accumulator` marks one that later statements update.
    case letValue(String, KValue)
    case assign(String, KValue)
    case store(Int, KIndex, KValue)
    /// `if lhs == rhs { ... }` on integers.
    case ifEqual(KIndex, KIndex, [KStmt])
    /// `if lhs < rhs { ... }`.
    case ifLess(KIndex, KIndex, [KStmt])
    /// `if a > b { ... }` on floats.
    case ifGreater(KValue, KValue, [KStmt])
    /// `if a != 0 { ... }` on a float: skips work whose every product would be zero (sparse operands).
    case ifNonzero(KValue, [KStmt])
    /// Updates an integer local made by `letIndex`.
    case assignIndex(String, KIndex)
    /// A scope of its own (the bodies of fused kernels keep their locals apart).
    case block([KStmt])

    // Lane statements: only inside a kernel whose rows are mapped to groups of lanes (`Kernel.lanes`
    // > 1, made by MapRowsToLanes for CUDA). Every lane of a group runs the row's statements;
    // these say where the lanes split the work.

    /// Iterations spread over the group's lanes (lane l runs start + l, start + l + lanes, ...):
    /// the iterations are independent, each writing only its own elements.
    case laneLoop(variable: String, start: KIndex, end: KIndex, body: [KStmt])
    /// A loop that only accumulates into outer locals: each lane accumulates its iterations into its
    /// partials, which are combined across the group (warp shuffles on CUDA) and folded into the locals.
    case laneReduce(variable: String, start: KIndex, end: KIndex, partials: [LanePartial], body: [KStmt])
    /// Statements one lane runs for the group (a store of a value every lane holds).
    case laneZero([KStmt])
    /// In a kernel whose rows have edge slots (`Kernel.slots` > 1): a loop that only accumulates,
    /// its iterations spread over the slots (slot s runs start + s, start + s + slots, ...) and the
    /// slots' partials combined, so every slot ends with the whole sum.
    case slotReduce(variable: String, start: KIndex, end: KIndex, partials: [LanePartial], body: [KStmt])
    /// The group's lanes wait for each other; memory written before is visible after.
    case laneSync
    /// Float locals `names[i] = buffer[index + i]`, read at once (one 16-byte load on CUDA for 4);
    /// `index` is a multiple of the count.
    case loadVector(names: [String], buffer: Int, index: KIndex)
    /// `buffer[index + i] = values[i]`, written at once; `index` is a multiple of the count.
    case storeVector(buffer: Int, index: KIndex, values: [KValue])
}

extension KStmt {
    /// The statements nested in this one (a loop's, branch's or block's body); empty for the others.
    public var nestedBody: [KStmt] {
        switch self {
        case .loop(_, _, _, _, let body), .ifEqual(_, _, let body), .ifLess(_, _, let body), .ifGreater(_, _, let body),
             .ifNonzero(_, let body), .block(let body), .laneLoop(_, _, _, let body), .laneReduce(_, _, _, _, let body),
             .laneZero(let body), .slotReduce(_, _, _, _, let body):
            return body
        case .letIndex, .letValue, .assign, .store, .assignIndex, .laneSync, .loadVector, .storeVector: return []
        }
    }

    /// Every (buffer, index) read by these statements, from float and integer expressions alike.
    public static func loads(_ ss: [KStmt]) -> [(Int, KIndex)] {
        var out: [(Int, KIndex)] = []
        walk(ss) { if case .loadVector(_, let b, let i) = $0 { out.append((b, i)) } }
        visitExpressions(ss, index: { if case .load(let b, let x) = $0 { out.append((b, x)) } },
                         value: { if case .load(let b, let i) = $0 { out.append((b, i)) } })
        return out
    }

    /// Calls `visit` on every float expression in these statements and on each of its subexpressions.
    public static func visitValues(_ ss: [KStmt], _ visit: (KValue) -> Void) { visitExpressions(ss, value: visit) }

    /// This statement with `transform` applied to each body nested directly in it.
    public func mappingBodies(_ transform: ([KStmt]) -> [KStmt]) -> KStmt {
        switch self {
        case .loop(let v, let a, let b, let par, let body): return .loop(variable: v, start: a, end: b, parallel: par, body: transform(body))
        case .ifEqual(let a, let b, let body): return .ifEqual(a, b, transform(body))
        case .ifLess(let a, let b, let body): return .ifLess(a, b, transform(body))
        case .ifGreater(let a, let b, let body): return .ifGreater(a, b, transform(body))
        case .ifNonzero(let a, let body): return .ifNonzero(a, transform(body))
        case .block(let body): return .block(transform(body))
        case .laneLoop(let v, let a, let b, let body): return .laneLoop(variable: v, start: a, end: b, body: transform(body))
        case .laneReduce(let v, let a, let b, let ps, let body): return .laneReduce(variable: v, start: a, end: b, partials: ps, body: transform(body))
        case .laneZero(let body): return .laneZero(transform(body))
        case .slotReduce(let v, let a, let b, let ps, let body): return .slotReduce(variable: v, start: a, end: b, partials: ps, body: transform(body))
        case .letIndex, .letValue, .assign, .store, .assignIndex, .laneSync, .loadVector, .storeVector: return self
        }
    }

    /// Buffers stored to by these statements, in statement order (repeats kept).
    public static func storedBuffers(_ ss: [KStmt]) -> [Int] {
        ss.flatMap { s -> [Int] in
            if case .store(let b, _, _) = s { return [b] }
            if case .storeVector(let b, _, _) = s { return [b] }
            return storedBuffers(s.nestedBody)
        }
    }
}

/// `out[m x n] = op(a) @ op(b)` over row-major buffers, op transposing when asked: `a` holds
/// `m x k` (`k x m` when `transA`), `b` holds `k x n` (`n x k` when `transB`).
public struct GEMM: Hashable, Sendable {
    public var a: Int, b: Int, out: Int
    public var m: Dim, n: Dim, k: Dim
    public var transA: Bool, transB: Bool
    public init(a: Int, b: Int, out: Int, m: Dim, n: Dim, k: Dim, transA: Bool = false, transB: Bool = false) {
        self.a = a; self.b = b; self.out = out; self.m = m; self.n = n; self.k = k; self.transA = transA; self.transB = transB
    }
}

/// A lane's partial of an accumulator: `into = into op combine(name over lanes)`.
public struct LanePartial: Hashable, Sendable {
    public enum Combine: String, Sendable { case sum, max }
    public var name: String
    public var into: String
    public var combine: Combine
    public init(name: String, into: String, combine: Combine) { self.name = name; self.into = into; self.combine = combine }
    /// The partial's starting value (the combine's identity).
    public var identity: Double { combine == .sum ? 0 : -.infinity }
}

public struct Kernel: Hashable, Sendable {
    public var name: String
    /// What the kernel computes, for remarks and the .kir listing (the graph IR ops it covers).
    public var comment: String
    public var body: [KStmt]
    /// Threads per iteration of the kernel's parallel loop: 1 (a thread per row), or a group of
    /// lanes sharing a row (a warp: 32) whose work the lane statements split.
    public var lanes: Int
    /// Set when the kernel is a dense matrix product a BLAS library may compute instead (cuBLAS
    /// on CUDA); the body computes the same and runs where no library does.
    public var gemm: GEMM?
    /// Edge slots per row: the row's lanes are `lanes / slots` feature lanes times `slots`, and
    /// slot reductions split the row's edges over the slots.
    public var slots: Int
    /// Other implementations of the same kernel (the edge-split one for graphs with hubs), from
    /// which the runtime picks; they read and write the same buffers.
    public var variants: [Kernel]
    public init(name: String, comment: String, body: [KStmt], lanes: Int = 1, gemm: GEMM? = nil, slots: Int = 1, variants: [Kernel] = []) {
        self.name = name; self.comment = comment; self.body = body; self.lanes = lanes; self.gemm = gemm
        self.slots = slots; self.variants = variants
    }

    /// Feature lanes per row (lanes not counting edge slots).
    public var featureLanes: Int { lanes / max(slots, 1) }

    /// Indices of the buffers the kernel touches, sorted (its launch arguments).
    public var buffers: [Int] {
        Set(KStmt.loads(body).map(\.0) + KStmt.storedBuffers(body)).sorted()
    }
}

/// A whole program: buffers, then kernels in launch order. The runtime binds `sizes` as
/// `[N, E, seed, training, dims...]` in `dimParams` order; dropout applies only when training.
public struct KernelProgram: Hashable, Sendable {
    public var name: String
    public var dimParams: [String]
    /// The values the plan was made for (`F = 64` on a dataset): a program planned with bound
    /// dimensions (whose choices may depend on them) runs only with those values, and
    /// specialize-dims writes them into its sizes and loop bounds as constants.
    public var dimValues: [String: Int] = [:]
    public var buffers: [KBuffer]
    public var kernels: [Kernel]
    /// Buffers holding the module's results, in order.
    public var results: [Int]
    public init(name: String, dimParams: [String], buffers: [KBuffer] = [], kernels: [Kernel] = [], results: [Int] = []) {
        self.name = name; self.dimParams = dimParams; self.buffers = buffers; self.kernels = kernels; self.results = results
    }

    public func bufferIndex(named name: String) -> Int? { buffers.firstIndex { $0.name == name } }
}

/// Where a program runs: the kernel passes and the emitter differ by target.
public enum Target: String, Sendable, Hashable, CaseIterable {
    case cpu, cuda
}
