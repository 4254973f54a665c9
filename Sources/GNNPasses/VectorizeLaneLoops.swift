// Vectorises the lane loops of the CUDA schedule: a lane takes 4 consecutive features (one
// 16-byte load or store where the row start is a multiple of 4) instead of 1, by unrolling the
// loop body 4 times and jamming the copies; then narrows each row's lane group to the lanes its
// loops use (a power of two from 2 to 32), so narrow rows share a warp.
import GNNIR

public struct VectorizeLaneLoops: KernelPass {
    public init() {}
    public var name: String { "vectorize-lane-loops" }
    public var summary: String { "unroll lane loops by 4 into 16-byte loads and stores and narrow each row's lane group to the lanes it uses (CUDA)" }
    public func run(_ p: KernelProgram) -> KernelProgram { VectorizeLaneLoops.run(p) }

    public static let width = 4
    static let minimumLanes = 2

    public static func run(_ p: KernelProgram) -> KernelProgram {
        var out = p
        out.kernels = p.kernels.map { k in
            guard k.lanes > 1 else { return k }
            var m = k
            m.body = k.body.map { vectorize($0, p) }
            m.lanes = groupSize(m.body, at: k.lanes)
            return m
        }
        return out
    }

    static func vectorize(_ s: KStmt, _ p: KernelProgram) -> KStmt {
        if case .laneLoop(let j, let a, let b, let body) = s { return jammed(j, a, b, body, p) ?? s }
        return s.mappingBodies { $0.map { vectorize($0, p) } }
    }

    /// The smallest power of two (at least 2, at most `limit`) of lanes covering every lane loop;
    /// `limit` when a split loop's extent is symbolic.
    static func groupSize(_ ss: [KStmt], at limit: Int) -> Int {
        var widest = 1
        KStmt.walk(ss) { s in
            switch s {
            case .laneLoop(_, let a, let b, _), .laneReduce(_, let a, let b, _, _):
                guard let n = KIndex.constantExtent(a, b) else { widest = max(widest, limit); return }
                widest = max(widest, n)
            default: break
            }
        }
        var lanes = minimumLanes
        while lanes < min(widest, limit) { lanes *= 2 }
        return min(lanes, limit)
    }

    // MARK: unroll and jam

    /// `for j in 0..<E` (E a multiple of 4) as `for jv in 0..<E/4` whose body runs iterations
    /// 4jv ..< 4jv+4 statement by statement; nil when some condition or bound depends on j.
    static func jammed(_ j: String, _ a: KIndex, _ b: KIndex, _ body: [KStmt], _ p: KernelProgram) -> KStmt? {
        guard a == .zero, case .dim(let e) = b, let extent = e.constantValue, extent >= width, extent % width == 0 else { return nil }
        var jam = Jam(j: j, jv: j + "v", program: p, varying: varyingNames(j, body))
        guard let out = jam.statements(body) else { return nil }
        return .laneLoop(variable: jam.jv, start: .zero, end: .lit(extent / width), body: out)
    }

    /// `j` and every local whose value depends on it, directly or through other locals.
    static func varyingNames(_ j: String, _ body: [KStmt]) -> Set<String> {
        var varying: Set<String> = [j]
        var changed = true
        while changed {
            changed = false
            KStmt.walk(body) { s in
                let target: String?, depends: Bool
                switch s {
                case .letValue(let n, let x), .assign(let n, let x): target = n; depends = x.mentions(varying)
                case .letIndex(let n, let i), .assignIndex(let n, let i): target = n; depends = i.mentions(varying)
                default: target = nil; depends = false
                }
                if let n = target, depends, !varying.contains(n) { varying.insert(n); changed = true }
            }
        }
        return varying
    }

    /// Whether `i` is a multiple of 4 whatever its variables are.
    static func aligned(_ i: KIndex) -> Bool {
        switch i {
        case .dim(let d): return d.terms.allSatisfy { $0.coeff % width == 0 }
        case .mul(let a, let b): return aligned(a) || aligned(b)
        case .add(let a, let b): return aligned(a) && aligned(b)
        case .v, .load, .div, .mod: return false
        }
    }
}

/// A float load by buffer and element index.
struct LoadKey: Hashable {
    let buffer: Int
    let index: KIndex
}

/// One unroll-and-jam: statements that depend on `j` are written 4 times (locals renamed
/// `name_t`, `j` replaced by `4 jv + t`); aligned loads and stores of `rest + j` become vectors.
struct Jam {
    let j: String
    let jv: String
    let program: KernelProgram
    let varying: Set<String>
    var vectors = 0

    func name(_ n: String, _ t: Int) -> String { "\(n)_\(t)" }

    mutating func statements(_ ss: [KStmt]) -> [KStmt]? {
        var out: [KStmt] = []
        for s in ss {
            guard let copies = statement(s) else { return nil }
            out += copies
        }
        return out
    }

    mutating func statement(_ s: KStmt) -> [KStmt]? {
        let varying = self.varying
        let dependsOnJ: (KValue) -> Bool = { $0.mentions(varying) }
        let indexDependsOnJ: (KIndex) -> Bool = { $0.mentions(varying) }
        switch s {
        case .letValue(let n, let x) where varying.contains(n):
            var (pre, loads) = vectorLoads(in: [x])
            pre += (0..<VectorizeLaneLoops.width).map { .letValue(name(n, $0), value(x, $0, loads)) }
            return pre
        case .assign(let n, let x) where varying.contains(n):
            var (pre, loads) = vectorLoads(in: [x])
            pre += (0..<VectorizeLaneLoops.width).map { .assign(name(n, $0), value(x, $0, loads)) }
            return pre
        case .letIndex(let n, let i) where varying.contains(n):
            return (0..<VectorizeLaneLoops.width).map { .letIndex(name(n, $0), index(i, $0)) }
        case .assignIndex(let n, let i) where varying.contains(n):
            return (0..<VectorizeLaneLoops.width).map { .assignIndex(name(n, $0), index(i, $0)) }
        case .letValue, .assign, .letIndex, .assignIndex:
            return [s]
        case .store(let b, let i, let x):
            guard indexDependsOnJ(i) || dependsOnJ(x) else { return nil }  // the same element from every iteration
            var (pre, loads) = vectorLoads(in: [x])
            if let base = vectorBase(b, i) {
                pre.append(.storeVector(buffer: b, index: base, values: (0..<VectorizeLaneLoops.width).map { value(x, $0, loads) }))
            } else {
                pre += (0..<VectorizeLaneLoops.width).map { .store(b, index(i, $0), value(x, $0, loads)) }
            }
            return pre
        case .loop(let v, let a, let b, false, let body):
            guard !indexDependsOnJ(a), !indexDependsOnJ(b), let inner = statements(body) else { return nil }
            return [.loop(variable: v, start: a, end: b, parallel: false, body: inner)]
        case .ifEqual(let a, let b, let body), .ifLess(let a, let b, let body):
            guard !indexDependsOnJ(a), !indexDependsOnJ(b), let inner = statements(body) else { return nil }
            return [s.mappingBodies { _ in inner }]
        case .ifGreater(let a, let b, let body):
            guard !dependsOnJ(a), !dependsOnJ(b), let inner = statements(body) else { return nil }
            return [s.mappingBodies { _ in inner }]
        case .ifNonzero(let a, let body):
            guard !dependsOnJ(a), let inner = statements(body) else { return nil }
            return [s.mappingBodies { _ in inner }]
        case .block(let body):
            guard let inner = statements(body) else { return nil }
            return [.block(inner)]
        case .loop, .laneLoop, .laneReduce, .laneZero, .laneSync, .loadVector, .storeVector, .slotReduce:
            return nil
        }
    }

    /// `rest + 4 jv` when `buffer[i]` is a float element at `rest + j`, `rest` a multiple of 4
    /// that is the same for the 4 copies.
    func vectorBase(_ buffer: Int, _ i: KIndex) -> KIndex? {
        guard program.buffers[buffer].dtype == .f32, let rest = MapRowsToLanes.unitRest(i, j),
              !rest.mentions(varying), VectorizeLaneLoops.aligned(rest) else { return nil }
        return rest + .v(jv) * .lit(VectorizeLaneLoops.width)
    }

    /// Vector loads for the aligned float loads in `xs`, and the locals each copy reads instead.
    mutating func vectorLoads(in xs: [KValue]) -> ([KStmt], [LoadKey: [String]]) {
        var pre: [KStmt] = []
        var found: [LoadKey: [String]] = [:]
        var keys: [(Int, KIndex)] = []
        for x in xs {
            x.visit(index: { _ in }, value: { v in
                if case .load(let b, let i) = v, vectorBase(b, i) != nil, !keys.contains(where: { $0 == (b, i) }) { keys.append((b, i)) }
            })
        }
        for (b, i) in keys {
            vectors += 1
            let names = (0..<VectorizeLaneLoops.width).map { "\(j)vec\(vectors)_\($0)" }
            pre.append(.loadVector(names: names, buffer: b, index: vectorBase(b, i)!))
            found[LoadKey(buffer: b, index: i)] = names
        }
        return (pre, found)
    }

    /// Copy `t` of expressions: `j` is `4 jv + t`, varying locals are renamed, vector-loaded
    /// elements read their locals; index arithmetic folds as the scheduler's does.
    func copy(_ t: Int) -> KernelRewriter {
        let j = self.j, jv = self.jv, varying = self.varying
        let name: (String) -> String = { "\($0)_\(t)" }
        return KernelRewriter(index: { i in
            switch i {
            case .v(let n): return n == j ? .v(jv) * .lit(VectorizeLaneLoops.width) + .lit(t) : varying.contains(n) ? .v(name(n)) : nil
            case .add(let a, let b): return a + b
            case .mul(let a, let b): return a * b
            case .div(let a, let b): return a / b
            case .mod(let a, let b): return a % b
            default: return nil
            }
        }, value: { x in
            switch x {
            case .local(let n): return varying.contains(n) ? .local(name(n)) : nil
            default: return nil
            }
        })
    }

    func index(_ i: KIndex, _ t: Int) -> KIndex { copy(t).rewrite(i) }

    /// A load is matched against the vector loads before its index is rewritten.
    func value(_ x: KValue, _ t: Int, _ loads: [LoadKey: [String]]) -> KValue {
        let vectorLoaded = KernelRewriter(value: { v in
            if case .load(let b, let i) = v, let names = loads[LoadKey(buffer: b, index: i)] { return .local(names[t]) }
            return nil
        })
        return copy(t).rewrite(vectorLoaded.rewrite(x))
    }
}
