// Kernel IR (.kir): buffers, and kernels as explicit loop nests (which loop is parallel, over what
// index space, with which feature loops and accumulators), printed directly by the emitters.

/// A buffer the program reads or writes. Sizes are polynomials over `N`, `E` and the model dims.
public struct KBuffer: Hashable, Sendable {
    public enum Role: String, Sendable, Hashable {
        /// Model inputs (features, labels, masks), bound by the runtime.
        case input
        case param
        /// The graph: `src`, `dst`, and the in/out CSR (`in_ptr`, `in_edge`, `out_ptr`, `out_edge`).
        case graph
        /// Values computed once per graph (degrees, norms).
        case graphConstant = "graph_constant"
        case temp
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
}

public struct Kernel: Hashable, Sendable {
    public var name: String
    /// What the kernel computes, for remarks and the .kir listing (the graph IR ops it covers).
    public var comment: String
    public var body: [KStmt]
    public init(name: String, comment: String, body: [KStmt]) { self.name = name; self.comment = comment; self.body = body }

    /// Indices of the buffers the kernel touches, sorted (its launch arguments).
    public var buffers: [Int] {
        var seen = Set<Int>()
        func index(_ i: KIndex) {
            switch i {
            case .dim, .v: break
            case .load(let b, let x): seen.insert(b); index(x)
            case .add(let a, let b), .mul(let a, let b), .div(let a, let b), .mod(let a, let b): index(a); index(b)
            }
        }
        func value(_ x: KValue) {
            switch x {
            case .load(let b, let i): seen.insert(b); index(i)
            case .const, .local: break
            case .unary(_, _, let a): value(a)
            case .unaryGrad(_, _, let a, let b), .binary(_, let a, let b), .max(let a, let b), .min(let a, let b): value(a); value(b)
            case .fromIndex(let i), .dropoutScale(_, _, let i): index(i)
            case .selectEqual(let i, let j, let a, let b): index(i); index(j); value(a); value(b)
            }
        }
        func stmts(_ ss: [KStmt]) {
            for s in ss {
                switch s {
                case .loop(_, let a, let b, _, let body): index(a); index(b); stmts(body)
                case .letIndex(_, let i): index(i)
                case .letValue(_, let x), .assign(_, let x): value(x)
                case .store(let b, let i, let x): seen.insert(b); index(i); value(x)
                case .ifEqual(let a, let b, let body), .ifLess(let a, let b, let body): index(a); index(b); stmts(body)
                case .ifGreater(let a, let b, let body): value(a); value(b); stmts(body)
                case .ifNonzero(let a, let body): value(a); stmts(body)
                case .assignIndex(_, let i): index(i)
                case .block(let body): stmts(body)
                }
            }
        }
        stmts(body)
        return seen.sorted()
    }
}

/// A whole program: buffers, then kernels in launch order. The runtime binds `sizes` as
/// `[N, E, seed, training, dims...]` in `dimParams` order; dropout applies only when training.
public struct KernelProgram: Hashable, Sendable {
    public var name: String
    public var dimParams: [String]
    public var buffers: [KBuffer]
    public var kernels: [Kernel]
    /// Buffers holding the module's results, in order.
    public var results: [Int]
    public init(name: String, dimParams: [String], buffers: [KBuffer] = [], kernels: [Kernel] = [], results: [Int] = []) {
        self.name = name; self.dimParams = dimParams; self.buffers = buffers; self.kernels = kernels; self.results = results
    }

    public func bufferIndex(named name: String) -> Int? { buffers.firstIndex { $0.name == name } }
}
