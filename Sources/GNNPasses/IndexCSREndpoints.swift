// Reads an edge's far endpoint straight from the CSR (`in_src[q]`) instead of through its edge id (`src[in_edge[q]]`): one random load per edge instead of two.
import GNNIR

/// In an edge loop over a CSR (`let e = in_edge[q]`), the edge's source `src[e]` is the CSR's
/// column index, which the runtime also lays out in CSR order as the graph array `in_src`
/// (`in_src[q] == src[in_edge[q]]`; `out_dst` likewise for the out-edge CSR). Reading it there is
/// a sequential read where `src[e]` was a random one (edge ids in CSR order are scattered), the
/// second dependent load before each gathered row. `e` itself stays where something else reads it
/// (an edge value `w[e]`) and goes where nothing does. Values and their order are unchanged.
public struct IndexCSREndpoints: KernelPass {
    public let name = "index-csr-endpoints"
    public let summary = "reads an edge's source (destination) from the in- (out-) CSR's own column array, not through the edge id"

    public init() {}

    /// The column arrays, each the endpoint (`src`, `dst`) of the edges of a CSR edge list
    /// (`in_edge`, `out_edge`) in that list's order.
    public static let columns: [(name: String, endpoint: String, edgeList: String)] = [
        ("in_src", "src", "in_edge"), ("out_dst", "dst", "out_edge"),
    ]

    public func run(_ p: KernelProgram) throws -> KernelProgram {
        var out = p
        for c in Self.columns {
            guard let endpoint = graphBuffer(c.endpoint, out), let list = graphBuffer(c.edgeList, out) else { continue }
            let existing = graphBuffer(c.name, out)
            let route = Route(endpoint: endpoint, edgeList: list, column: existing ?? out.buffers.count)
            var used = false
            var next = out
            for i in next.kernels.indices { next.kernels[i] = rewritten(next.kernels[i], route, &used) }
            guard used else { continue }
            if existing == nil { next.buffers.append(KBuffer(name: c.name, dtype: .i32, elements: Dim(symbol: "E"), role: .graph)) }
            out = next
        }
        return out
    }

    struct Route {
        let endpoint: Int
        let edgeList: Int
        let column: Int
    }

    func graphBuffer(_ name: String, _ p: KernelProgram) -> Int? {
        p.buffers.firstIndex { $0.name == name && $0.role == .graph }
    }

    func rewritten(_ k: Kernel, _ route: Route, _ used: inout Bool) -> Kernel {
        var m = k
        m.body = rewrite(k.body, [:], route, &used)
        m.variants = k.variants.map { rewritten($0, route, &used) }
        return m
    }

    /// `env`: the edge-id locals in scope bound from the route's edge list, each with the
    /// position variable it was read at.
    func rewrite(_ ss: [KStmt], _ outer: [String: String], _ route: Route, _ used: inout Bool) -> [KStmt] {
        var env = outer
        var bound: Set<String> = []
        var out: [KStmt] = []
        for (i, s) in ss.enumerated() {
            let declared = Set(s.declaredNames)
            let visible = env
            var hit = false
            let r = KernelRewriter(index: { x in
                guard case .load(route.endpoint, .v(let e)) = x, let q = visible[e] else { return nil }
                hit = true
                return .load(route.column, .v(q))
            })
            var inner = s.mappingOperands(index: r.rewrite, value: r.rewrite)
            if hit { used = true }
            env = env.filter { !declared.contains($0.key) && !declared.contains($0.value) }
            let inBody = env
            inner = inner.mappingBodies { rewrite($0, inBody, route, &used) }
            if case .letIndex(let e, .load(route.edgeList, .v(let q))) = s, !Self.reassigns(ss[(i + 1)...], [e, q]) {
                env[e] = q
                bound.insert(e)
            }
            out.append(inner)
        }
        return Self.droppingUnread(out, bound, route)
    }

    /// Whether any of these statements assigns one of `names` (then a binding does not hold throughout).
    static func reassigns(_ ss: ArraySlice<KStmt>, _ names: Set<String>) -> Bool {
        var found = false
        KStmt.walk(Array(ss)) { if case .assignIndex(let n, _) = $0, names.contains(n) { found = true } }
        return found
    }

    /// `let e = in_edge[q]` removed where nothing after it reads `e` any more.
    static func droppingUnread(_ ss: [KStmt], _ bound: Set<String>, _ route: Route) -> [KStmt] {
        var out: [KStmt] = []
        for (i, s) in ss.enumerated() {
            if case .letIndex(let e, .load(route.edgeList, _)) = s, bound.contains(e), !reads(ss[(i + 1)...], e) { continue }
            out.append(s)
        }
        return out
    }

    static func reads(_ ss: ArraySlice<KStmt>, _ name: String) -> Bool {
        var found = false
        KStmt.visitExpressions(Array(ss), index: { if case .v(name) = $0 { found = true } })
        return found
    }
}
