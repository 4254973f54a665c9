// Schedule: lowers graph IR to kernel IR, one loop nest per op. Aggregations are destination-
// (or source-) parallel over the CSR, so even the unfused program needs no atomics.
import GNNIR

public struct ScheduleError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

public enum ScheduleKernels {
    /// Names of the graph buffers, in the order every program declares them first.
    public static let graphBuffers = ["src", "dst", "in_ptr", "in_edge", "out_ptr", "out_edge"]
    /// The batch's graphs, declared after those by programs with graph values: `graph_ptr` (graph
    /// g's nodes are `graph_ptr[g] ..< graph_ptr[g + 1]`) and `graph_of` (each node's graph). Such a
    /// program also takes the graph count `G` as a size, after the model's dimensions.
    public static let batchBuffers = ["graph_ptr", "graph_of"]

    /// Whether the module has graph values (and so the batch buffers and the size `G`).
    public static func usesGraphDomain(_ m: GraphModule) -> Bool { m.ops.contains { $0.type.domain == .graph } }

    /// With `fuse`, element-wise values are computed inside the loop of their single consumer
    /// instead of in a kernel of their own (see `Scheduler.chooseInlined`); without it every op
    /// gets its own kernel and buffer, the op-by-op baseline.
    ///
    /// With `libraryGEMMs` (the CUDA schedule) every matrix product keeps its operands in buffers
    /// and a kernel of its own marked `gemm`, so cuBLAS can compute it.
    public static func schedule(_ m: GraphModule, fuse: Bool = true, libraryGEMMs: Bool = false) throws(ScheduleError) -> KernelProgram {
        var s = Scheduler(module: m)
        s.libraryGEMMs = libraryGEMMs
        if fuse { s.inlined = Scheduler.chooseInlined(m, libraryGEMMs: libraryGEMMs); s.fuse = true }
        try s.run()
        return s.program
    }
}

struct Scheduler {
    let module: GraphModule
    var program: KernelProgram
    /// Buffer of each value (views alias their operand's buffer); constants have none.
    var bufferOf: [Int: Int] = [:]
    /// Values computed inside their consumer's loop: no kernel, no buffer.
    var inlined: Set<Int> = []
    /// Values replaced by a kernel local while one fused kernel is built (the softmax weight).
    var substituted: [Int: KValue] = [:]
    var fuse = false
    var libraryGEMMs = false
    /// The W^T buffer made for each weight buffer (CPU matmul_nt), so a weight read by several
    /// products is transposed once.
    var transposed: [Int: Int] = [:]
    /// The dot products of inlined edge-row products in the kernel being built.
    let products = InlineProducts()

    init(module: GraphModule) {
        self.module = module
        program = KernelProgram(name: module.name, dimParams: module.dimParams)
        let n = Dim(symbol: "N"), e = Dim(symbol: "E")
        for name in ScheduleKernels.graphBuffers {
            let size = name.hasSuffix("_ptr") ? n.adding(Dim(1))! : e
            program.buffers.append(KBuffer(name: name, dtype: .i32, elements: size, role: .graph))
        }
        if ScheduleKernels.usesGraphDomain(module) {
            let g = Dim(symbol: "G")
            program.buffers.append(KBuffer(name: "graph_ptr", dtype: .i32, elements: g.adding(Dim(1))!, role: .graph))
            program.buffers.append(KBuffer(name: "graph_of", dtype: .i32, elements: n, role: .graph))
            program.dimParams.append("G")
        }
    }

    var src: Int { 0 }
    var dst: Int { 1 }
    /// The in-edge CSR's edge list (a destination's in-edges, which a softmax normalises over).
    var inEdge: Int { 3 }
    /// The group offsets of an aggregation by `side`: the in- or out-edge CSR, or the graphs' node ranges.
    func ptr(_ side: GraphSide) -> Int {
        switch side {
        case .dst: return 2
        case .src: return 4
        case .graph: return ScheduleKernels.graphBuffers.count
        }
    }
    /// The group of each member: an edge's endpoint, a node's graph (what a gather reads by).
    func endpoint(_ side: GraphSide) -> Int {
        switch side {
        case .src: return src
        case .dst: return dst
        case .graph: return ScheduleKernels.graphBuffers.count + 1
        }
    }
    /// Member `q` of the groups' concatenation: an edge id from the CSR's edge list, or (a graph's
    /// nodes being consecutive) the node `q` itself.
    func member(_ side: GraphSide, _ q: KIndex) -> KIndex {
        switch side {
        case .dst: return .load(inEdge, q)
        case .src: return .load(5, q)
        case .graph: return q
        }
    }
    /// The number of groups of an aggregation by `side`.
    func groupCount(_ side: GraphSide) -> Dim { Dim(symbol: side == .graph ? "G" : "N") }

    mutating func run() throws(ScheduleError) {
        for (i, op) in module.ops.enumerated() { try lower(i, op) }
        program.results = try module.results.map { (r) throws(ScheduleError) -> Int in
            guard let b = bufferOf[r.index] else { throw ScheduleError(message: "result %\(r.index) has no buffer") }
            return b
        }
    }

    // MARK: shapes

    func rows(_ t: TensorType) -> Dim {
        switch t.domain {
        case .node: return Dim(symbol: "N")
        case .edge: return Dim(symbol: "E")
        case .graph: return Dim(symbol: "G")
        case .global: return Dim(1)
        }
    }

    func width(_ t: TensorType) throws(ScheduleError) -> Dim {
        guard let w = t.rowElements else { throw ScheduleError(message: "feature size of \(t) overflows") }
        return w
    }

    mutating func newBuffer(for i: Int, _ op: Operation, role: KBuffer.Role = .temp) throws(ScheduleError) -> Int {
        guard let total = rows(op.type).multiplying(try width(op.type)) else { throw ScheduleError(message: "size overflow") }
        let name = op.name ?? "t\(i)"
        program.buffers.append(KBuffer(name: name, dtype: op.type.dtype, elements: total, role: role))
        bufferOf[i] = program.buffers.count - 1
        return program.buffers.count - 1
    }

    mutating func emit(_ name: String, _ comment: String, _ body: [KStmt], gemm: GEMM? = nil) {
        // An edge-row product computed inline is named, since no kernel of its own says it.
        let inline = products.dots.isEmpty ? "" : " | matmul (edge rows, inline)"
        var body = body
        if !libraryGEMMs {
            body = products.hoistRows(body) { name, elements in
                program.buffers.append(KBuffer(name: name, dtype: .f32, elements: elements, role: .temp))
                return program.buffers.count - 1
            }
        }
        program.kernels.append(Kernel(name: "k\(program.kernels.count)_\(name)", comment: comment + inline, body: products.hoist(body),
                                      gemm: libraryGEMMs ? gemm : nil))
    }

    /// The value of operand `v` at result element (row, j) of a result of type `result`, with the
    /// IR's broadcasting: global operands have no row term, size-1 axes repeat.
    func element(_ v: ValueID, row: KIndex, j: KIndex, in result: TensorType) throws(ScheduleError) -> KValue {
        try value(of: v, row: row, feature: try featureIndex(module.type(of: v), j, in: result))
    }

    /// Element `feature` of row `row` of `v`: a load, a constant, or (for an inlined value) the
    /// expression that computes it from its own operands.
    func value(of v: ValueID, row: KIndex, feature: KIndex) throws(ScheduleError) -> KValue {
        let op = module[v]
        if op.opcode == .constant {
            if case .dims(let d)? = op.attributes["value"], let dim = d.first { return .fromIndex(.dim(dim)) }
            return .const(op.attributes["value"]?.asDouble ?? 0)
        }
        if let local = substituted[v.index] { return local }
        guard inlined.contains(v.index) else {
            guard let b = bufferOf[v.index] else { throw ScheduleError(message: "value \(IRPrinter.valueNames(module)[v.index]) has no buffer") }
            let rowPart: KIndex = op.type.domain == .global ? .zero : row * .dim(try width(op.type))
            return .load(b, rowPart + feature)
        }
        let xs = op.operands
        switch op.opcode {
        case .unary(let u): return .unary(u, op.attributes, try element(xs[0], row: row, j: feature, in: op.type))
        case .unaryGrad(let u):
            return .unaryGrad(u, op.attributes, try element(xs[0], row: row, j: feature, in: op.type),
                              try element(xs[1], row: row, j: feature, in: op.type))
        case .binary(let b):
            return .binary(b, try element(xs[0], row: row, j: feature, in: op.type), try element(xs[1], row: row, j: feature, in: op.type))
        case .broadcastTo: return try element(xs[0], row: row, j: feature, in: op.type)
        case .view: return try value(of: xs[0], row: row, feature: feature)
        case .gather(let side): return try value(of: xs[0], row: .load(endpoint(side), row), feature: feature)
        case .matmul: return try inlineProductElement(op, row: row, feature: feature)
        case .dropout:
            let p = op.attributes["p"]?.asDouble ?? 0
            let stream = op.attributes["stream"]?.asInt ?? v.index
            return .binary(.mul, try value(of: xs[0], row: row, feature: feature),
                           .dropoutScale(p: p, stream: stream, index: row * .dim(try width(op.type)) + feature))
        default: throw ScheduleError(message: "\(op.opcode) cannot be computed inline")
        }
    }

    /// Element-wise ops that can be computed inside a consumer's loop.
    static func isInlinable(_ op: Operation) -> Bool { op.opcode.info.traits.contains(.elementwise) }

    /// Ops whose loops read operands through `element`/`value`, and so can host inlined values.
    /// Not view: a materialised view aliases its operand's buffer, so that operand must exist.
    static func readsInline(_ op: Operation) -> Bool { op.opcode.info.traits.contains(.hostsInlined) }

    /// Chooses the values to inline: element-wise (or an edge-row product, `isInlinableEdgeProduct`),
    /// not a result, read by consumers that read inline over the same row space. A value with one
    /// use moves into that use; a gather may have several, since re-reading it is one indexed
    /// load, cheaper than an E x F buffer.
    static func chooseInlined(_ m: GraphModule, libraryGEMMs: Bool = false) -> Set<Int> {
        var consumers = [[Int]](repeating: [], count: m.ops.count)
        for (i, op) in m.ops.enumerated() {
            for x in op.operands { consumers[x.index].append(i) }
        }
        let results = Set(m.results.map(\.index))
        var chosen: Set<Int> = []
        for (i, op) in m.ops.enumerated() where (isInlinable(op) || isInlinableEdgeProduct(m, op)) && !results.contains(i) {
            let cs = consumers[i]
            let isGather: Bool = { if case .gather = op.opcode { return true }; return false }()
            guard cs.count == 1 || (isGather && !cs.isEmpty) else { continue }
            // A product's dot is read once per element of one consumer that is not another product.
            if op.opcode == .matmul, m.ops[cs[0]].opcode == .matmul { continue }
            let ok = cs.allSatisfy { c in
                let consumer = m.ops[c]
                guard readsInline(consumer) else { return false }
                // A gather's operand is read at another row space; only a materialised value may sit there.
                if case .gather = consumer.opcode { return false }
                // matmul reads its left operand row-wise; its right operand is a parameter.
                // A library GEMM reads its operands from memory.
                if consumer.opcode == .matmul { return !libraryGEMMs && consumer.operands[0].index == i && op.type.rank == 1 }
                return true
            }
            if ok { chosen.insert(i) }
        }
        // The CPU computes an inlined product a row at a time inside an aggregation's edge loop
        // (InlineProducts.hoistRows); elsewhere its per-element dot would not vectorise, so the
        // product keeps its kernel. The CUDA schedule computes the dot per lane wherever it is read.
        // A product whose chain reaches another product before its host would leave its dot inside
        // the other's term, which no statement reads directly: it keeps its kernel.
        for i in chosen where m.ops[i].opcode == .matmul {
            var host = consumers[i][0]
            var throughProduct = false
            while chosen.contains(host), consumers[host].count == 1 {
                if m.ops[host].opcode == .matmul { throughProduct = true }
                host = consumers[host][0]
            }
            if throughProduct || (!libraryGEMMs && !rowAccumulates(m, host, chosen: chosen)) { chosen.remove(i) }
        }
        return chosen
    }

    /// Whether the CPU schedule lowers op `host` as a row-accumulated aggregation (edge loop
    /// outside the feature loop: an f32 sum or mean over edges, not fused with an edge softmax),
    /// where `InlineProducts.hoistRows` computes an inlined product a row at a time.
    static func rowAccumulates(_ m: GraphModule, _ host: Int, chosen: Set<Int>) -> Bool {
        let op = m.ops[host]
        guard case .aggregate(let side, let r) = op.opcode, side != .graph, r == .sum || r == .mean, op.type.dtype == .f32 else { return false }
        func reachesSoftmax(_ v: ValueID) -> Bool {
            if m[v].opcode == .edgeSoftmax { return true }
            return chosen.contains(v.index) && m[v].operands.contains(where: reachesSoftmax)
        }
        return !reachesSoftmax(op.operands[0])
    }

    /// The flat feature index into a value of type `t` for feature `j` of a result of type `result`.
    func featureIndex(_ t: TensorType, _ j: KIndex, in result: TensorType) throws(ScheduleError) -> KIndex {
        if t.dims == result.dims { return j }
        let r = result.dims
        let padded = [Dim](repeating: Dim(1), count: max(0, r.count - t.dims.count)) + t.dims
        var index = KIndex.zero
        var resultStride = Dim(1), operandStride = Dim(1)
        for a in stride(from: r.count - 1, through: 0, by: -1) {
            if !padded[a].isOne {
                let coord = (j / .dim(resultStride)) % .dim(r[a])
                index = index + coord * .dim(operandStride)
            }
            guard let rs = resultStride.multiplying(r[a]), let os = operandStride.multiplying(padded[a]) else {
                throw ScheduleError(message: "stride overflow")
            }
            resultStride = rs; operandStride = os
        }
        return index
    }

    /// `for row in 0..<R (parallel) { for j in 0..<W { body(row, j) } }`
    func rowLoop(_ t: TensorType, _ body: (KIndex, KIndex) throws(ScheduleError) -> [KStmt]) throws(ScheduleError) -> [KStmt] {
        let inner = try body(.v("r"), .v("j"))
        return [.loop(variable: "r", start: .zero, end: .dim(rows(t)), parallel: true, body: [
            .loop(variable: "j", start: .zero, end: .dim(try width(t)), parallel: false, body: inner),
        ])]
    }
}
