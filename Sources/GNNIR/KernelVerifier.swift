// The kernel IR verifier: buffer indices, names in scope and of the right kind, lane statements only
// where rows have lanes, interchangeable variants; run after every kernel pass in tests.
import GNNDiagnostics

public enum KernelVerifier {
    /// Every problem of `p`, each naming its kernel; empty when the program is well formed.
    public static func verify(_ p: KernelProgram) -> [Diagnostic] {
        var v = KernelVerifierState(program: p)
        v.checkProgram()
        return v.problems
    }
}

struct KernelVerifierState {
    let program: KernelProgram
    var problems: [Diagnostic] = []
    var kernelName = ""
    var lanes = 1
    var slots = 1

    enum Kind { case index, float }

    mutating func report(_ id: DiagnosticID, _ message: String) {
        let whereText = kernelName.isEmpty ? "program @\(program.name)" : "kernel \(kernelName)"
        problems.append(Diagnostic(id, "\(whereText): \(message)", at: nil))
    }

    mutating func checkProgram() {
        if program.results.isEmpty { report(.kirBadProgram, "the program has no results") }
        for r in program.results where !program.buffers.indices.contains(r) { report(.kirBadBuffer, "result #\(r) is not a buffer") }
        var names = Set<String>()
        for k in program.kernels {
            for variant in [k] + k.variants {
                if !names.insert(variant.name).inserted { report(.kirBadProgram, "two kernels are named \(variant.name)") }
                checkKernel(variant)
            }
            for variant in k.variants where !Set(variant.buffers).isSubset(of: Set(k.buffers)) || Set(KStmt.storedBuffers(variant.body)) != Set(KStmt.storedBuffers(k.body)) {
                kernelName = variant.name
                report(.kirBadKernel, "a variant must read only what \(k.name) reads and write what it writes, to stand in for it")
            }
        }
        kernelName = ""
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) }
    }

    mutating func checkKernel(_ k: Kernel) {
        kernelName = k.name
        lanes = k.lanes
        slots = k.slots
        if !Self.isIdentifier(k.name) { report(.kirBadKernel, "the name is not a C identifier") }
        if ![1, 2, 4, 8, 16, 32].contains(k.lanes) { report(.kirBadKernel, "lanes \(k.lanes) is not a power of two from 1 to 32") }
        if k.slots < 1 || k.lanes % max(k.slots, 1) != 0 { report(.kirBadKernel, "slots \(k.slots) do not divide lanes \(k.lanes)") }
        if let g = k.gemm {
            for b in [g.a, g.b, g.out] where !program.buffers.indices.contains(b) { report(.kirBadBuffer, "GEMM operand #\(b) is not a buffer") }
        }
        // A kernel that is not one parallel loop runs serially (one thread on CUDA), so several
        // top-level parallel loops are allowed; a nested one is not.
        var scope: [String: Kind] = [:]
        blockNames = []
        for s in k.body { statement(s, &scope, topLevel: true) }
    }

    /// Names declared in the block being checked: a nested block may shadow an outer name (as C
    /// allows), one block may not declare a name twice.
    var blockNames: Set<String> = []

    /// Names the text format reads as constants: a local so named would not read back as itself.
    static let reservedNames: Set<String> = ["inf", "nan"]

    mutating func declare(_ name: String, _ kind: Kind, _ scope: inout [String: Kind]) {
        if !Self.isIdentifier(name) { report(.kirBadName, "'\(name)' is not a C identifier") }
        if Self.reservedNames.contains(name) { report(.kirBadName, "'\(name)' is reserved (the constant \(name))") }
        if !blockNames.insert(name).inserted { report(.kirBadName, "'\(name)' is declared twice in one block") }
        scope[name] = kind
    }

    /// A nested block; `declared` are the names its header introduces (a loop variable, partials).
    mutating func statements(_ ss: [KStmt], _ outer: [String: Kind], declared: [(String, Kind)] = []) {
        let saved = blockNames
        blockNames = []
        var scope = outer
        for (n, k) in declared { declare(n, k, &scope) }
        for s in ss { statement(s, &scope, topLevel: false) }
        blockNames = saved
    }

    mutating func statement(_ s: KStmt, _ scope: inout [String: Kind], topLevel: Bool) {
        let (indices, values) = s.operands
        for i in indices { index(i, scope) }
        for x in values { value(x, scope) }
        switch s {
        case .loop(let v, _, _, let parallel, let body):
            if parallel && !topLevel { report(.kirBadStatement, "a parallel loop over \(v) is nested; only a kernel's own statements may be parallel") }
            statements(body, scope, declared: [(v, .index)])
        case .laneLoop(let v, _, _, let body):
            needLanes("lanes for")
            statements(body, scope, declared: [(v, .index)])
        case .laneReduce(let v, _, _, let partials, let body), .slotReduce(let v, _, _, let partials, let body):
            if case .slotReduce = s { if slots < 2 { report(.kirBadStatement, "a slot reduction in a kernel without edge slots") } } else { needLanes("lanes reduce") }
            for p in partials where scope[p.into] != .float { report(.kirBadName, "partial \(p.name) folds into '\(p.into)', which is not a float local in scope") }
            statements(body, scope, declared: [(v, .index)] + partials.map { ($0.name, .float) })
        case .laneZero(let body):
            needLanes("lane 0")
            statements(body, scope)
        case .laneSync: needLanes("lanes sync")
        case .letIndex(let n, _): declare(n, .index, &scope)
        case .letValue(let n, _): declare(n, .float, &scope)
        case .loadVector(let names, let b, _):
            buffer(b)
            if names.count != 4 { report(.kirBadStatement, "a vector load takes 4 elements, not \(names.count)") }
            for n in names { declare(n, .float, &scope) }
        case .assign(let n, _): if scope[n] != .float { report(.kirBadName, "'\(n)' is assigned a float but is not a float local in scope") }
        case .assignIndex(let n, _): if scope[n] != .index { report(.kirBadName, "'\(n)' is assigned an index but is not an integer local in scope") }
        case .store(let b, _, _): store(b)
        case .storeVector(let b, _, let xs):
            store(b)
            if xs.count != 4 { report(.kirBadStatement, "a vector store takes 4 elements, not \(xs.count)") }
        case .ifEqual(_, _, let body), .ifLess(_, _, let body), .ifGreater(_, _, let body), .ifNonzero(_, let body), .block(let body):
            statements(body, scope)
        }
    }

    mutating func needLanes(_ what: String) {
        if lanes < 2 { report(.kirBadStatement, "'\(what)' in a kernel whose rows have no lanes") }
    }

    mutating func buffer(_ b: Int) {
        if !program.buffers.indices.contains(b) { report(.kirBadBuffer, "#\(b) is not a buffer (the program has \(program.buffers.count))") }
    }

    /// Kernels write temporaries and graph constants; inputs, parameters and the graph are bound
    /// by the runtime and read only (the optimizer updates parameters on the host).
    mutating func store(_ b: Int) {
        buffer(b)
        guard program.buffers.indices.contains(b) else { return }
        let role = program.buffers[b].role
        if role == .input || role == .param || role == .state || role == .graph {
            report(.kirBadStore, "a kernel stores into #\(b) \(program.buffers[b].name), a \(role.rawValue) buffer the runtime binds")
        }
    }

    mutating func index(_ i: KIndex, _ scope: [String: Kind]) {
        i.visit { node in
            switch node {
            case .v(let n): if scope[n] != .index { report(.kirBadName, "index '\(n)' is not a loop variable or integer local in scope") }
            case .load(let b, _): buffer(b)
            default: break
            }
        }
    }

    mutating func value(_ x: KValue, _ scope: [String: Kind]) {
        var locals: [String] = [], loads: [Int] = []
        var indices: [KIndex] = []
        x.visit(index: { _ in }, value: { node in
            switch node {
            case .local(let n): locals.append(n)
            case .load(let b, let i): loads.append(b); indices.append(i)
            case .fromIndex(let i), .dropoutScale(_, _, let i): indices.append(i)
            case .selectEqual(let a, let b, _, _): indices += [a, b]
            default: break
            }
        })
        for n in locals where scope[n] != .float { report(.kirBadName, "float '\(n)' is not a float local in scope") }
        for b in loads { buffer(b) }
        for i in indices { index(i, scope) }
    }
}
