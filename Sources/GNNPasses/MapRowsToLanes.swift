// Maps each row of a kernel to a warp for CUDA: independent feature loops are spread over the 32
// lanes (neighbouring lanes read neighbouring features: coalesced), loops that only accumulate
// become lane partials combined by warp shuffles, and stores of values every lane holds go to lane 0.
import GNNIR

public struct MapRowsToLanes: KernelPass {
    public init() {}
    public var name: String { "map-rows-to-lanes" }
    public var summary: String { "give each row a warp: independent feature loops over lanes, accumulations as shuffle reductions, lane-0 stores (CUDA)" }
    public func run(_ p: KernelProgram) -> KernelProgram { MapRowsToLanes.map(p) }

    public static let warp = 32
    /// A kernel is mapped when some loop it would split has at least this many iterations (or a
    /// symbolic count): 8 features become 2 lanes of 4 once vectorised, so 16 edges of 8 scores
    /// (GAT's heads) fill a warp with contiguous 16-byte reads; narrower rows keep a thread each.
    static let minimumSplitWidth = 8

    public static func map(_ p: KernelProgram, lanes: Int = warp) -> KernelProgram {
        var out = p
        out.kernels = p.kernels.map { map($0, lanes: lanes) }
        return out
    }

    static func map(_ k: Kernel, lanes: Int) -> Kernel {
        guard k.lanes == 1, k.body.count == 1, case .loop(let v, let a, let b, true, let body) = k.body[0] else { return k }
        var fresh = 0
        guard let mapped = uniform(body, &fresh), splitsWidely(mapped) else { return k }
        var m = k
        m.body = [.loop(variable: v, start: a, end: b, parallel: true, body: mapped)]
        m.lanes = lanes
        return m
    }

    /// Rewrites statements every lane of the group runs alike; nil when something cannot be mapped.
    static func uniform(_ ss: [KStmt], _ fresh: inout Int) -> [KStmt]? {
        var out: [KStmt] = []
        for s in ss {
            switch s {
            case .loop(let j, let a, let b, false, let body):
                if !atMostOneIteration(a, b), independent(j, body) {
                    out += [.laneLoop(variable: j, start: a, end: b, body: body), .laneSync]
                } else if let r = reduction(j, a, b, body, &fresh) {
                    out.append(r)
                } else {
                    guard let inner = uniform(body, &fresh) else { return nil }
                    out.append(.loop(variable: j, start: a, end: b, parallel: false, body: inner))
                }
            case .loop, .laneLoop, .laneReduce, .laneZero, .laneSync, .loadVector, .storeVector, .slotReduce:
                return nil
            case .store:
                out += [.laneZero([s]), .laneSync]
            case .block(let body):
                guard let inner = uniform(body, &fresh) else { return nil }
                out.append(.block(inner))
            case .ifEqual(let x, let y, let body):
                guard let inner = uniform(body, &fresh) else { return nil }
                out.append(.ifEqual(x, y, inner))
            case .ifLess(let x, let y, let body):
                guard let inner = uniform(body, &fresh) else { return nil }
                out.append(.ifLess(x, y, inner))
            case .ifGreater(let x, let y, let body):
                guard let inner = uniform(body, &fresh) else { return nil }
                out.append(.ifGreater(x, y, inner))
            case .ifNonzero(let x, let body):
                guard let inner = uniform(body, &fresh) else { return nil }
                out.append(.ifNonzero(x, inner))
            case .letIndex, .letValue, .assign, .assignIndex:
                out.append(s)
            }
        }
        return out
    }

    static func atMostOneIteration(_ a: KIndex, _ b: KIndex) -> Bool {
        guard let n = KIndex.constantExtent(a, b) else { return false }
        return n <= 1
    }

    /// Whether some split loop is wide enough to be worth a warp.
    static func splitsWidely(_ ss: [KStmt]) -> Bool {
        ss.contains { s in
            switch s {
            case .laneLoop(_, let a, let b, _), .laneReduce(_, let a, let b, _, _):
                guard let n = KIndex.constantExtent(a, b) else { return true }
                return n >= minimumSplitWidth
            default: return splitsWidely(s.nestedBody)
            }
        }
    }

    // MARK: independence

    /// Whether iterations of `for j { body }` may run on different lanes in any order: every store
    /// writes `rest + j` (one `rest` per buffer, fixed for the loop), stored buffers are read only
    /// at that element, and no local declared outside is updated.
    static func independent(_ j: String, _ body: [KStmt]) -> Bool {
        let bound = boundNames(body)
        var rests: [Int: KIndex] = [:]
        var ok = true
        KStmt.walk(body) { s in
            switch s {
            case .assign(let n, _), .assignIndex(let n, _): if !bound.contains(n) { ok = false }
            case .loop(_, _, _, true, _), .laneLoop, .laneReduce, .laneZero, .laneSync, .loadVector, .storeVector, .slotReduce: ok = false
            case .store(let buffer, let i, _):
                guard let rest = unitRest(i, j), !rest.mentions(bound) else { ok = false; return }
                if let r = rests[buffer], r != rest { ok = false }
                rests[buffer] = rest
            default: break
            }
        }
        guard ok else { return false }
        for (buffer, i) in loads(body) where rests[buffer] != nil {
            guard let rest = unitRest(i, j), rest == rests[buffer] else { return false }
        }
        return true
    }

    /// `rest` when `i` is `rest + j` with `j` nowhere in `rest`.
    static func unitRest(_ i: KIndex, _ j: String) -> KIndex? {
        switch i {
        case .v(let n) where n == j: return .zero
        case .add(let a, let b):
            if !a.mentions(j), let r = unitRest(b, j) { return a + r }
            if !b.mentions(j), let r = unitRest(a, j) { return r + b }
            return nil
        default: return nil
        }
    }

    // MARK: reductions

    /// `for j { lets; acc = acc + x; m = max(m, y) }` with the accumulators declared outside: each
    /// lane accumulates a partial, and the partials are combined into the accumulators.
    static func reduction(_ j: String, _ a: KIndex, _ b: KIndex, _ body: [KStmt], _ fresh: inout Int) -> KStmt? {
        var partials: [LanePartial] = []
        var rewritten: [KStmt] = []
        let bound = boundNames(body)
        for s in body {
            switch s {
            case .letIndex, .letValue, .loadVector: rewritten.append(s)
            case .assign(let acc, let x) where !bound.contains(acc) && !partials.contains(where: { $0.into == acc }):
                let combine: LanePartial.Combine, term: KValue
                if case .binary(.add, .local(acc), let t) = x { combine = .sum; term = t }
                else if case .max(.local(acc), let t) = x { combine = .max; term = t }
                else { return nil }
                fresh += 1
                let p = LanePartial(name: "\(acc)_lane\(fresh)", into: acc, combine: combine)
                partials.append(p)
                let update: KValue = combine == .sum ? .binary(.add, .local(p.name), term) : .max(.local(p.name), term)
                rewritten.append(.assign(p.name, update))
            default: return nil
            }
        }
        let accumulators = Set(partials.map(\.into))
        guard !partials.isEmpty, !body.contains(where: { readsLocal($0, accumulators) }) else { return nil }
        return .laneReduce(variable: j, start: a, end: b, partials: partials, body: rewritten)
    }

    /// Whether a statement reads one of `names` other than as the accumulator of its own update.
    static func readsLocal(_ s: KStmt, _ names: Set<String>) -> Bool {
        switch s {
        case .letValue(_, let x): return x.readsLocal(names)
        case .assign(let acc, let x):
            if case .binary(.add, .local(acc), let t) = x { return t.readsLocal(names) }
            if case .max(.local(acc), let t) = x { return t.readsLocal(names) }
            return x.readsLocal(names)
        default: return false
        }
    }

    /// Loop variables and locals declared in `ss` (at any depth).
    static func boundNames(_ ss: [KStmt]) -> Set<String> {
        var names = Set<String>()
        KStmt.walk(ss) { names.formUnion($0.declaredNames) }
        return names
    }

    static func loads(_ ss: [KStmt]) -> [(Int, KIndex)] { KStmt.loads(ss) }
}
