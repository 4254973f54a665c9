// Vectorises the lane loops of the CUDA schedule: a lane takes 4 consecutive features (one
// 16-byte load or store where the row start is a multiple of 4) instead of 1, by unrolling the
// loop body 4 times and jamming the copies; then narrows each row's lane group to the lanes its
// loops use (a power of two from 2 to 32), so narrow rows share a warp.
import GNNIR

public enum VectorizeLaneLoops {
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
        func walk(_ ss: [KStmt]) {
            for s in ss {
                switch s {
                case .laneLoop(_, let a, let b, _), .laneReduce(_, let a, let b, _, _):
                    guard case .dim(let x) = a, case .dim(let y) = b, let lo = x.constantValue, let hi = y.constantValue else { widest = limit; return }
                    widest = max(widest, hi - lo)
                default: walk(s.nestedBody)
                }
            }
        }
        walk(ss)
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
            MapRowsToLanes.walk(body) { s in
                let target: String?, depends: Bool
                switch s {
                case .letValue(let n, let x), .assign(let n, let x): target = n; depends = mentions(x, varying)
                case .letIndex(let n, let i), .assignIndex(let n, let i): target = n; depends = MapRowsToLanes.mentions(i, varying)
                default: target = nil; depends = false
                }
                if let n = target, depends, !varying.contains(n) { varying.insert(n); changed = true }
            }
        }
        return varying
    }

    static func mentions(_ x: KValue, _ names: Set<String>) -> Bool {
        switch x {
        case .local(let n): return names.contains(n)
        case .load(_, let i), .fromIndex(let i), .dropoutScale(_, _, let i): return MapRowsToLanes.mentions(i, names)
        case .const: return false
        case .unary(_, _, let a): return mentions(a, names)
        case .unaryGrad(_, _, let a, let b), .binary(_, let a, let b), .max(let a, let b), .min(let a, let b):
            return mentions(a, names) || mentions(b, names)
        case .selectEqual(let i, let k, let a, let b):
            return MapRowsToLanes.mentions(i, names) || MapRowsToLanes.mentions(k, names) || mentions(a, names) || mentions(b, names)
        }
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
        let dependsOnJ: (KValue) -> Bool = { VectorizeLaneLoops.mentions($0, varying) }
        let indexDependsOnJ: (KIndex) -> Bool = { MapRowsToLanes.mentions($0, varying) }
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
              !MapRowsToLanes.mentions(rest, varying), VectorizeLaneLoops.aligned(rest) else { return nil }
        return rest + .v(jv) * .lit(VectorizeLaneLoops.width)
    }

    /// Vector loads for the aligned float loads in `xs`, and the locals each copy reads instead.
    mutating func vectorLoads(in xs: [KValue]) -> ([KStmt], [LoadKey: [String]]) {
        var pre: [KStmt] = []
        var found: [LoadKey: [String]] = [:]
        var keys: [(Int, KIndex)] = []
        func collect(_ x: KValue) {
            switch x {
            case .load(let b, let i): if vectorBase(b, i) != nil, !keys.contains(where: { $0 == (b, i) }) { keys.append((b, i)) }
            case .const, .local, .fromIndex, .dropoutScale: break
            case .unary(_, _, let a): collect(a)
            case .unaryGrad(_, _, let a, let c), .binary(_, let a, let c), .max(let a, let c), .min(let a, let c): collect(a); collect(c)
            case .selectEqual(_, _, let a, let c): collect(a); collect(c)
            }
        }
        xs.forEach(collect)
        for (b, i) in keys {
            vectors += 1
            let names = (0..<VectorizeLaneLoops.width).map { "\(j)vec\(vectors)_\($0)" }
            pre.append(.loadVector(names: names, buffer: b, index: vectorBase(b, i)!))
            found[LoadKey(buffer: b, index: i)] = names
        }
        return (pre, found)
    }

    /// Copy `t` of an integer expression: `j` is `4 jv + t`, varying locals are renamed.
    func index(_ i: KIndex, _ t: Int) -> KIndex {
        switch i {
        case .dim: return i
        case .v(let n): return n == j ? .v(jv) * .lit(VectorizeLaneLoops.width) + .lit(t) : varying.contains(n) ? .v(name(n, t)) : i
        case .load(let b, let x): return .load(b, index(x, t))
        case .add(let a, let b): return index(a, t) + index(b, t)
        case .mul(let a, let b): return index(a, t) * index(b, t)
        case .div(let a, let b): return index(a, t) / index(b, t)
        case .mod(let a, let b): return index(a, t) % index(b, t)
        }
    }

    /// Copy `t` of a float expression, reading vector-loaded elements from their locals.
    func value(_ x: KValue, _ t: Int, _ loads: [LoadKey: [String]]) -> KValue {
        let v: (KValue) -> KValue = { value($0, t, loads) }
        switch x {
        case .load(let b, let i):
            if let names = loads[LoadKey(buffer: b, index: i)] { return .local(names[t]) }
            return .load(b, index(i, t))
        case .const: return x
        case .local(let n): return varying.contains(n) ? .local(name(n, t)) : x
        case .unary(let u, let attrs, let a): return .unary(u, attrs, v(a))
        case .unaryGrad(let u, let attrs, let a, let b): return .unaryGrad(u, attrs, v(a), v(b))
        case .binary(let op, let a, let b): return .binary(op, v(a), v(b))
        case .max(let a, let b): return .max(v(a), v(b))
        case .min(let a, let b): return .min(v(a), v(b))
        case .fromIndex(let i): return .fromIndex(index(i, t))
        case .dropoutScale(let p, let s, let i): return .dropoutScale(p: p, stream: s, index: index(i, t))
        case .selectEqual(let i, let k, let a, let b): return .selectEqual(index(i, t), index(k, t), v(a), v(b))
        }
    }
}
