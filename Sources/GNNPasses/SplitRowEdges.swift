// Edge-split variants for the CUDA schedule: a narrow row (a group of fewer than 32 lanes) whose
// lane loop sums over the row's edges also gets a variant giving the row a whole warp, as feature
// lanes times edge slots, each slot walking every slots-th edge and the slots' partials combined
// by shuffles. The runtime picks it for graphs with hubs, where a row's edges would otherwise be
// one small group's serial loop.
import GNNIR

public struct SplitRowEdges: KernelPass {
    public init() {}
    public var name: String { "split-row-edges" }
    public var summary: String { "add a variant giving a narrow row a whole warp as feature lanes x edge slots, for graphs with hubs (CUDA)" }
    public func run(_ p: KernelProgram) -> KernelProgram { SplitRowEdges.run(p) }

    public static let warp = 32

    public static func run(_ p: KernelProgram) -> KernelProgram {
        var out = p
        out.kernels = p.kernels.map { k in
            guard k.lanes > 1, k.lanes < warp, k.slots == 1, k.variants.isEmpty, let v = split(k) else { return k }
            var m = k
            m.variants = [v]
            return m
        }
        return out
    }

    static func split(_ k: Kernel) -> Kernel? {
        var fresh = 0, splits = 0
        let body = k.body.map { splitLaneLoops($0, featureLanes: k.lanes, &fresh, &splits) }
        guard splits > 0 else { return nil }
        return Kernel(name: k.name + "_split", comment: k.comment + " (edges split over slots)", body: body,
                      lanes: warp, gemm: k.gemm, slots: warp / k.lanes)
    }

    static func splitLaneLoops(_ s: KStmt, featureLanes: Int, _ fresh: inout Int, _ splits: inout Int) -> KStmt {
        guard case .laneLoop(let j, let a, let b, let body) = s else {
            var f = fresh, n = splits
            let out = s.mappingBodies { $0.map { splitLaneLoops($0, featureLanes: featureLanes, &f, &n) } }
            fresh = f; splits = n
            return out
        }
        // Every feature lane runs the loop exactly once, so the slots' shuffles find all 32 lanes;
        // and nothing read in it was stored in it (only slot 0 stores, unsynchronised).
        guard KIndex.constantExtent(a, b) == featureLanes else { return s }
        let stored = Set(KStmt.storedBuffers(body))
        guard !KStmt.loads(body).contains(where: { stored.contains($0.0) }) else { return s }
        var out: [KStmt] = []
        var changed = false
        for t in body {
            if case .loop(let q, let qa, let qb, false, let qbody) = t, !constant(qa) || !constant(qb),
               case .laneReduce(_, _, _, let partials, let rewritten)? = MapRowsToLanes.reduction(q, qa, qb, qbody, &fresh) {
                out.append(.slotReduce(variable: q, start: qa, end: qb, partials: partials, body: rewritten))
                changed = true
            } else {
                out.append(t)
            }
        }
        guard changed else { return s }
        splits += 1
        return .laneLoop(variable: j, start: a, end: b, body: out)
    }

    static func constant(_ i: KIndex) -> Bool {
        if case .dim(let d) = i { return d.constantValue != nil }
        return false
    }
}
