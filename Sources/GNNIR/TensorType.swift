// Tensor types of the graph IR: element type, domain (node, edge or global) and symbolic dims.
public enum DType: String, Sendable, Hashable, CaseIterable {
    case f32, f16, bf16, f64, i32, i64

    /// Floating-point types are storage formats: every kernel computes in f32 (the reference in
    /// f64), converting on load and rounding on store, so a float value's dtype is free.
    public var isFloat: Bool { self == .f32 || self == .f16 || self == .bf16 || self == .f64 }

    /// The dtype of an op's result when its float operands are stored as `dtypes`: their common
    /// dtype, or f32 when they differ (or there are none).
    public static func promote(_ dtypes: [DType]) -> DType {
        guard let first = dtypes.first, dtypes.allSatisfy({ $0 == first }) else { return .f32 }
        return first
    }
}

/// The storage precision of a program's activations (`gnnc run --precision`, `train { precision }`).
public enum Precision: String, Sendable, Hashable, CaseIterable {
    case f32, f16, bf16

    public var storage: DType {
        switch self {
        case .f32: return .f32
        case .f16: return .f16
        case .bf16: return .bf16
        }
    }
}

/// Where a value lives. Node, edge and graph values have a leading symbolic axis (`N`, `E` or `G`)
/// that is printed but not stored in `dims`; global values (parameters, scalars) have none. A graph
/// value has a row per graph of the batch (graph classification packs many graphs into one
/// block-diagonal graph; a single graph is a batch of one).
public enum Domain: String, Sendable, Hashable, CaseIterable {
    case node, edge, graph, global

    public var axisName: String? {
        switch self {
        case .node: return "N"
        case .edge: return "E"
        case .graph: return "G"
        case .global: return nil
        }
    }

    /// The domain whose leading axis is `name` (`N`, `E`, `G`).
    public init?(axisName name: String) {
        guard let d = Domain.allCases.first(where: { $0.axisName == name }) else { return nil }
        self = d
    }
}

/// Names that may never be used as dimension symbols, because they are the domain axes.
public let reservedDimensionNames: Set<String> = ["N", "E", "G"]

public struct TensorType: Hashable, Sendable, CustomStringConvertible {
    public var dtype: DType
    public var domain: Domain
    /// Feature dims, excluding the leading N/E axis.
    public var dims: [Dim]

    public init(_ dtype: DType = .f32, _ domain: Domain, _ dims: [Dim]) {
        self.dtype = dtype; self.domain = domain; self.dims = dims
    }

    public static func node(_ dims: [Dim], _ dtype: DType = .f32) -> TensorType { TensorType(dtype, .node, dims) }
    public static func edge(_ dims: [Dim], _ dtype: DType = .f32) -> TensorType { TensorType(dtype, .edge, dims) }
    public static func graph(_ dims: [Dim], _ dtype: DType = .f32) -> TensorType { TensorType(dtype, .graph, dims) }
    public static func global(_ dims: [Dim], _ dtype: DType = .f32) -> TensorType { TensorType(dtype, .global, dims) }
    public static var scalar: TensorType { TensorType(.f32, .global, []) }

    public var rank: Int { dims.count }
    public var isScalar: Bool { domain == .global && dims.isEmpty }

    /// Number of elements per row (per node/edge), or in total for a global value; nil on overflow.
    public var rowElements: Dim? {
        var p = Dim(1)
        for d in dims { guard let q = p.multiplying(d) else { return nil }; p = q }
        return p
    }

    public func with(dims: [Dim]) -> TensorType { TensorType(dtype, domain, dims) }
    public func with(domain: Domain) -> TensorType { TensorType(dtype, domain, dims) }
    public func with(dtype: DType) -> TensorType { TensorType(dtype, domain, dims) }

    /// `f32[N, 16]`, `f32[E, 8, 1]`, `f32[G, 4]`, `f32[F, 16]`, `f32[]`.
    public var description: String {
        var parts: [String] = []
        if let axis = domain.axisName { parts.append(axis) }
        parts.append(contentsOf: dims.map(\.description))
        return "\(dtype.rawValue)[\(parts.joined(separator: ", "))]"
    }
}
