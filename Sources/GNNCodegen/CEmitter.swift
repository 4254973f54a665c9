// Emits C-family source from kernel IR: a pure string function with two dialects, C for CPUs
// (OpenMP) and CUDA (see CUDAEmitter.swift). Each kernel takes `(void* const* buffers, const
// int64_t* sizes)`; sizes are [N, E, seed, training, model dims...].
import GNNIR

public enum CEmitter {
    public static func emit(_ p: KernelProgram) -> String { emit(p, dialect: .c) }

    public static func emit(_ p: KernelProgram, dialect: CDialect) -> String {
        var out = dialect.prelude + functions(p)
        out += "/* program \(p.name): \(p.buffers.count) buffers, \(p.kernels.count) kernels */\n"
        for k in p.kernels {
            for v in [k] + k.variants { out += "\n" + kernel(v, p, dialect) }
        }
        return out
    }

    /// The element-wise functions the program calls, defined from the op table (in its order, so
    /// the text is deterministic); the prelude holds only what every program shares.
    static func functions(_ p: KernelProgram) -> String {
        var unary = Set<UnaryOp>(), grads = Set<UnaryOp>()
        KStmt.visitValues(p.kernels.flatMap { [$0] + $0.variants }.flatMap(\.body)) { x in
            if case .unary(let u, _, _) = x { unary.insert(u) }
            if case .unaryGrad(let u, _, _, _) = x { grads.insert(u) }
        }
        var lines: [String] = []
        for u in UnaryOp.allCases {
            if unary.contains(u) { lines.append(u.function.cDefinition) }
            if grads.contains(u) { lines.append(u.function.cGradDefinition) }
        }
        return lines.isEmpty ? "" : "/* element-wise functions (from the op table) */\n" + lines.joined(separator: "\n") + "\n"
    }

    static func kernel(_ k: Kernel, _ p: KernelProgram, _ dialect: CDialect) -> String {
        var w = CWriter(dialect: dialect)
        w.lanes = k.featureLanes
        w.slots = k.slots
        w.line("/* \(k.comment) */")
        if let g = k.gemm {
            let a = p.buffers[g.a].name + (g.transA ? "^T" : ""), b = p.buffers[g.b].name + (g.transB ? "^T" : "")
            w.line("/* GEMM \(p.buffers[g.out].name) = \(a) @ \(b): the BLAS computes it where there is one; this body where not */")
        }
        w.line("\(dialect.kernelQualifier)void \(k.name)(void* const* buffers, const int64_t* sizes) {")
        w.indent += 1
        w.line("const int64_t s_N = sizes[0], s_E = sizes[1];")
        w.line("const uint64_t seed = (uint64_t)sizes[2];")
        w.line("const int training = sizes[3] != 0;")
        // Planned dimensions stay runtime values here: written as constants, GCC turns a row's
        // in-order dot product into a slower vector fold (sddmm_dot's forward on synthetic:large,
        // 39-63 ms -> 58-75 ms); promote-rows-to-registers reads them where a constant pays.
        for (i, d) in p.dimParams.enumerated() { w.line("const int64_t s_\(d) = sizes[\(i + 4)];") }
        w.line("(void)s_N; (void)s_E; (void)seed; (void)training;" + p.dimParams.map { " (void)s_\($0);" }.joined())
        for b in k.buffers {
            let buf = p.buffers[b]
            w.line("\(cType(buf.dtype))* \(dialect.restrict) b\(b) = (\(cType(buf.dtype))*)buffers[\(b)]; /* \(buf.name) */")
        }
        if k.lanes > 1, dialect.realLanes, isOneParallelLoop(k.body), case .loop(let v, let start, let end, _, let body) = k.body[0] {
            // A group of `lanes` threads per row: the lane statements split the row's work; with
            // edge slots, lanes are (slot, feature lane) pairs and slot reductions split the edges.
            w.line("const int64_t lane = threadIdx.x % \(k.featureLanes);")
            if k.slots > 1 { w.line("const int64_t slot = threadIdx.x % \(k.lanes) / \(k.featureLanes);") }
            // The lanes of this row's group within the warp: shuffles and syncs name only them,
            // since groups sharing a warp run different rows and may diverge.
            w.line(k.lanes == 32 ? "const unsigned lanes_mask = 0xffffffffu;"
                   : "const unsigned lanes_mask = 0x\(String((1 << k.lanes) - 1, radix: 16))u << (threadIdx.x % 32 / \(k.lanes) * \(k.lanes));")
            w.line("const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / \(k.lanes);")
            w.line("const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / \(k.lanes);")
            w.line("(void)lane; (void)lanes_mask;")
            block("for (int64_t i_\(v) = \(index(start)) + group; i_\(v) < \(index(end)); i_\(v) += groups) {", body, p, &w)
        } else if dialect.parallelLoopsAnywhere || isOneParallelLoop(k.body) { stmts(k.body, p, &w) } else {
            // Serial parts between parallel loops would need a grid-wide barrier: one thread runs it all.
            block(dialect.serialGuard, k.body, p, &w, serial: true)
        }
        w.indent -= 1
        w.line("}")
        return w.text
    }

    static func cType(_ t: DType) -> String {
        switch t {
        case .f32: return "float"
        case .f64: return "double"
        case .f16, .bf16: return "uint16_t"
        case .i32: return "int32_t"
        case .i64: return "int64_t"
        }
    }

    /// Whether the body is a single parallel loop (so every iteration can be a thread of its own).
    static func isOneParallelLoop(_ body: [KStmt]) -> Bool {
        guard body.count == 1, case .loop(_, _, _, true, _) = body[0] else { return false }
        return true
    }

    /// A loop body that updates at least `rowOfAccumulators` float locals declared outside it, in
    /// its own statements (or blocks directly in it): the unrolled row promote-rows-to-registers
    /// makes. A scalar accumulator or two (a dot product, a running max and sum) is not one.
    static let rowOfAccumulators = 4

    static func carriesRowOfAccumulators(_ body: [KStmt]) -> Bool {
        var declared = Set<String>(), assigned = Set<String>()
        func scan(_ ss: [KStmt]) {
            for s in ss {
                declared.formUnion(s.declaredNames)
                if case .assign(let n, _) = s { assigned.insert(n) }
                if case .block(let inner) = s { scan(inner) }
            }
        }
        scan(body)
        return assigned.subtracting(declared).count >= rowOfAccumulators
    }

    static func stmts(_ ss: [KStmt], _ p: KernelProgram, _ w: inout CWriter, serial: Bool = false) {
        for s in ss {
            switch s {
            case .loop(let v, let start, let end, let parallel, let body):
                if parallel && !serial { w.line(w.dialect.parallelFor("i_\(v)", index(start), index(end))) }
                else { w.line("for (int64_t i_\(v) = \(index(start)); i_\(v) < \(index(end)); i_\(v)++) {") }
                w.indent += 1
                if !parallel, let barrier = w.dialect.loopVectorizationBarrier, carriesRowOfAccumulators(body) { w.line(barrier) }
                stmts(body, p, &w, serial: serial); w.indent -= 1
                w.line("}")
            case .laneLoop, .laneReduce, .laneZero, .laneSync, .slotReduce: laneStmt(s, p, &w)
            case .loadVector(let names, let b, let i):
                if w.dialect.realLanes {
                    let v = "v_\(names[0])"
                    w.line("const gnnc_float\(names.count) \(v) = *(const gnnc_float\(names.count)*)(b\(b) + \(index(i)));")
                    for (n, c) in zip(names, ["x", "y", "z", "w"]) { w.line("float f_\(n) = \(v).\(c);") }
                } else {
                    for (t, n) in names.enumerated() { w.line("float f_\(n) = \(widen(p.buffers[b].dtype, "b\(b)[\(index(i + .lit(t)))]"));") }
                }
            case .storeVector(let b, let i, let xs):
                if w.dialect.realLanes {
                    w.line(w.slotGuard + "*(gnnc_float\(xs.count)*)(b\(b) + \(index(i))) = gnnc_make_float\(xs.count)(\(xs.map { value(p.buffers, $0) }.joined(separator: ", ")));")
                } else {
                    for (t, x) in xs.enumerated() { w.line("b\(b)[\(index(i + .lit(t)))] = \(narrow(p.buffers[b].dtype, value(p.buffers, x)));") }
                }
            case .letIndex(let n, let i): w.line("int64_t i_\(n) = \(index(i));")
            case .assignIndex(let n, let i): w.line("i_\(n) = \(index(i));")
            case .letValue(let n, let x): w.line("float f_\(n) = \(value(p.buffers, x));")
            case .assign(let n, let x): w.line("f_\(n) = \(value(p.buffers, x));")
            case .store(let b, let i, let x):
                let dtype = p.buffers[b].dtype
                let rhs: String
                if dtype == .i32 || dtype == .i64, case .fromIndex(let ix) = x { rhs = "(\(cType(dtype)))(\(index(ix)))" }
                else { rhs = narrow(dtype, value(p.buffers, x)) }
                w.line(w.slotGuard + "b\(b)[\(index(i))] = \(rhs);")
            case .ifEqual(let a, let b, let body): block("if (\(index(a)) == \(index(b))) {", body, p, &w, serial: serial)
            case .ifLess(let a, let b, let body): block("if (\(index(a)) < \(index(b))) {", body, p, &w, serial: serial)
            case .ifGreater(let a, let b, let body): block("if (\(value(p.buffers, a)) > \(value(p.buffers, b))) {", body, p, &w, serial: serial)
            case .ifNonzero(let a, let body): block("if (\(value(p.buffers, a)) != 0.0f) {", body, p, &w, serial: serial)
            case .block(let body): block("{", body, p, &w, serial: serial)
            }
        }
    }

    static func block(_ head: String, _ body: [KStmt], _ p: KernelProgram, _ w: inout CWriter, serial: Bool = false) {
        w.line(head)
        w.indent += 1; stmts(body, p, &w, serial: serial); w.indent -= 1
        w.line("}")
    }

    /// Lane statements: on CUDA each lane takes its share; in C one thread plays every lane in turn,
    /// last lane first, so that iterations the mapping wrongly treats as independent run out of
    /// order and the numeric checks see it. Partials combine in the same butterfly order as the
    /// warp shuffle, so both give the same sums.
    /// A loop whose iterations are spread over `count` lanes or slots (`over` names the index),
    /// each accumulating partials that are then combined (`combineReal` on CUDA; in C, the
    /// emulated lanes' partials in the same butterfly order) and folded into the accumulators.
    static func partialReduction(_ v: String, _ start: KIndex, _ end: KIndex, _ partials: [LanePartial], _ body: [KStmt],
                                 _ p: KernelProgram, _ w: inout CWriter, over: String, count: Int,
                                 combineReal: (LanePartial) -> String) {
        let real = w.dialect.realLanes
        w.line("{"); w.indent += 1
        if !real {
            for q in partials { w.line("float f_\(q.name)_\(over)s[\(count)];") }
            w.line("for (int64_t \(over) = \(count - 1); \(over) >= 0; \(over)--) {"); w.indent += 1
        }
        for q in partials { w.line("float f_\(q.name) = \(float(q.identity));") }
        block("for (int64_t i_\(v) = \(index(start)) + \(over); i_\(v) < \(index(end)); i_\(v) += \(count)) {", body, p, &w)
        if !real {
            for q in partials { w.line("f_\(q.name)_\(over)s[\(over)] = f_\(q.name);") }
            w.indent -= 1; w.line("}")
        }
        for q in partials {
            let combined = real ? combineReal(q) : "gnnc_lanes_\(q.combine.rawValue)(f_\(q.name)_\(over)s, \(count))"
            w.line("f_\(q.into) = " + (q.combine == .sum ? "(f_\(q.into) + \(combined));" : "fmaxf(f_\(q.into), \(combined));"))
        }
        w.indent -= 1; w.line("}")
    }

    /// Float locals assigned in `body` but declared before it, sorted.
    static func outerLocals(_ body: [KStmt]) -> [String] {
        var declared = Set<String>(), assigned = Set<String>()
        func walk(_ ss: [KStmt]) {
            for s in ss {
                switch s {
                case .letValue(let n, _): declared.insert(n)
                case .assign(let n, _): assigned.insert(n)
                case .loadVector(let ns, _, _): declared.formUnion(ns)
                case .laneReduce(_, _, _, let ps, _), .slotReduce(_, _, _, let ps, _): declared.formUnion(ps.map(\.name))
                default: break
                }
                walk(s.nestedBody)
            }
        }
        walk(body)
        return assigned.subtracting(declared).sorted()
    }

    static func laneStmt(_ s: KStmt, _ p: KernelProgram, _ w: inout CWriter) {
        let real = w.dialect.realLanes, lanes = w.lanes
        switch s {
        case .laneLoop(let v, let start, let end, let body):
            // A lane's registers are its own: a local from outside that the body updates starts
            // each emulated lane from its value before the loop and ends as lane 0 left it.
            let shared = real ? [] : outerLocals(body)
            if !real {
                for n in shared { w.line("const float f_\(n)_entry = f_\(n);") }
                w.line("for (int64_t lane = \(lanes - 1); lane >= 0; lane--) {"); w.indent += 1
                for n in shared { w.line("f_\(n) = f_\(n)_entry;") }
            }
            let wasInLaneLoop = w.inLaneLoop
            w.inLaneLoop = true
            block("for (int64_t i_\(v) = \(index(start)) + lane; i_\(v) < \(index(end)); i_\(v) += \(lanes)) {", body, p, &w)
            w.inLaneLoop = wasInLaneLoop
            if !real { w.indent -= 1; w.line("}") }
        case .laneReduce(let v, let start, let end, let partials, let body):
            partialReduction(v, start, end, partials, body, p, &w, over: "lane", count: lanes) { q in
                "gnnc_group_\(q.combine.rawValue)(f_\(q.name), lanes_mask, \(lanes))"
            }
        case .slotReduce(let v, let start, let end, let partials, let body):
            partialReduction(v, start, end, partials, body, p, &w, over: "slot", count: w.slots) { q in
                "gnnc_slots_\(q.combine.rawValue)(f_\(q.name), \(lanes))"
            }
        case .laneZero(let body):
            block(real ? (w.slots > 1 ? "if (lane == 0 && slot == 0) {" : "if (lane == 0) {") : "{", body, p, &w)
        case .laneSync:
            if real { w.line("__syncwarp(lanes_mask);") }
        default:
            break
        }
    }

    /// Integer expressions in int64_t; sizes are `s_<name>`.
    static func index(_ i: KIndex) -> String {
        switch i {
        case .dim(let d): return dim(d)
        case .v(let n): return "i_\(n)"
        case .load(let b, let x): return "(int64_t)b\(b)[\(index(x))]"
        case .add(let a, let b): return "(\(index(a)) + \(index(b)))"
        case .mul(let a, let b): return "\(index(a)) * \(index(b))"
        // A product is printed bare (`8*s_C`), so a divisor gets its own parentheses.
        case .div(let a, let b): return "(\(index(a)) / \(divisor(b)))"
        case .mod(let a, let b): return "(\(index(a)) % \(divisor(b)))"
        }
    }

    static func divisor(_ i: KIndex) -> String {
        let text = index(i)
        return text.allSatisfy { $0.isNumber || $0 == "_" || $0.isLetter } ? text : "(\(text))"
    }

    static func dim(_ d: Dim) -> String {
        if let c = d.constantValue { return String(c) }
        let terms = d.terms.map { t -> String in
            let factors = (t.coeff == 1 ? [] : [String(t.coeff)]) + t.symbols.map { "s_\($0)" }
            return factors.joined(separator: "*")
        }
        return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " + ") + ")"
    }

    static func float(_ v: Double) -> String {
        if v.isInfinite { return v < 0 ? "(-INFINITY)" : "INFINITY" }
        if v.isNaN { return "NAN" }
        let s = String(Float(v))
        return (s.contains(".") || s.contains("e") ? s : s + ".0") + "f"
    }

    static func value(_ bufs: [KBuffer], _ x: KValue) -> String {
        switch x {
        case .load(let b, let i): return widen(bufs[b].dtype, "b\(b)[\(index(i))]")
        case .const(let v): return float(v)
        case .local(let n): return "f_\(n)"
        case .unary(let u, let attrs, let a): return unary(u, attrs, value(bufs, a))
        case .unaryGrad(let u, let attrs, let g, let a): return unaryGrad(u, attrs, value(bufs, g), value(bufs, a))
        case .binary(.mul, let a, .dropoutScale(let p, let stream, let i)):
            // A zero element stays zero whatever the mask: no hash for it (most input features are zero).
            return "(training ? gnnc_dropout_mul(\(value(bufs, a)), seed, \(stream)ULL, (uint64_t)(\(index(i))), \(DropoutMask.threshold(p))ULL, \(float(1 / (1 - p)))) : \(value(bufs, a)))"
        case .binary(let op, let a, let b): return op.function.c(value(bufs, a), value(bufs, b))
        case .max(let a, let b): return "fmaxf(\(value(bufs, a)), \(value(bufs, b)))"
        case .min(let a, let b): return "fminf(\(value(bufs, a)), \(value(bufs, b)))"
        case .fromIndex(let i): return "(float)(\(index(i)))"
        case .dropoutScale(let p, let stream, let i):
            return "(training ? gnnc_dropout(seed, \(stream)ULL, (uint64_t)(\(index(i))), \(DropoutMask.threshold(p))ULL, \(float(1 / (1 - p)))) : 1.0f)"
        case .selectEqual(let a, let b, let t, let f):
            return "(\(index(a)) == \(index(b)) ? \(value(bufs, t)) : \(value(bufs, f)))"
        }
    }

    /// A buffer element as float: f16 and bf16 storage converts on load (arithmetic is in f32).
    static func widen(_ dtype: DType, _ element: String) -> String {
        switch dtype {
        case .f16: return "gnnc_f16_to_f32(\(element))"
        case .bf16: return "gnnc_bf16_to_f32(\(element))"
        default: return element
        }
    }

    /// A float value as a buffer element: f16 and bf16 storage rounds to nearest even on store.
    static func narrow(_ dtype: DType, _ value: String) -> String {
        switch dtype {
        case .f16: return "gnnc_f32_to_f16(\(value))"
        case .bf16: return "gnnc_f32_to_bf16(\(value))"
        default: return value
        }
    }

    /// A call of the function's helper: the operand, then its attributes as float literals.
    static func unary(_ u: UnaryOp, _ attrs: Attributes, _ a: String) -> String {
        "\(u.function.cName)(\(([a] + attributeArguments(u, attrs)).joined(separator: ", ")))"
    }

    static func unaryGrad(_ u: UnaryOp, _ attrs: Attributes, _ g: String, _ x: String) -> String {
        "\(u.function.cGradName)(\(([g, x] + attributeArguments(u, attrs)).joined(separator: ", ")))"
    }

    /// The verifier guarantees every attribute; a missing one would be a bug upstream, and NAN
    /// makes it visible in every result rather than a plausible number.
    static func attributeArguments(_ u: UnaryOp, _ attrs: Attributes) -> [String] {
        u.function.attributes.map { float(attrs[$0.name]?.asDouble ?? .nan) }
    }
}

struct CWriter {
    let dialect: CDialect
    var text = ""
    var indent = 0
    /// The kernel's feature lanes and edge slots per row (1 and 1 when rows are not split).
    var lanes = 1
    var slots = 1
    var inLaneLoop = false
    /// In an edge-split row every slot computes a lane loop's values alike; slot 0 stores them.
    var slotGuard: String { dialect.realLanes && slots > 1 && inLaneLoop ? "if (slot == 0) " : "" }
    mutating func line(_ s: String) {
        for part in s.split(separator: "\n", omittingEmptySubsequences: false) { text += String(repeating: "  ", count: indent) + part + "\n" }
    }
}

/// A kernel program and the source an emitter wrote for it: what a device loads. Devices compile
/// `source` as it is, so what `gnnc compile --emit c|cu` prints is what runs.
public struct EmittedProgram: Sendable, Hashable {
    public let program: KernelProgram
    public let source: String
    /// `c` (CPU; also the CUDA schedule with its lanes emulated) or `cuda` (NVRTC).
    public let dialect: String

    public init(_ program: KernelProgram, dialect: CDialect) {
        self.program = program
        source = CEmitter.emit(program, dialect: dialect)
        self.dialect = dialect.name
    }
}
