// Semantic checks and lowering in one walk: names, domains, shapes, then graph IR ops.
import GNNDiagnostics
import GNNIR

/// A checked value: a tensor in the graph being built, or a compile-time number (literals and
/// constants fold; they become `constant` ops only when they meet a tensor).
enum SemaValue {
    case tensor(ValueID, TensorType)
    case number(Double, isInt: Bool)
    /// A number known only once the layer is instantiated: a dimension parameter or a number
    /// argument while a layer is checked generically. Arithmetic on it is checked, not folded (each
    /// instance folds its own value).
    case pendingNumber(isInt: Bool)

    var isNumeric: Bool {
        if case .tensor = self { return false }
        return true
    }
    var isIntNumber: Bool {
        switch self {
        case .tensor: return false
        case .number(_, let isInt), .pendingNumber(let isInt): return isInt
        }
    }
}

enum BlockContext { case edgewise, aggregate }

struct Binding {
    enum Kind { case argument, param, immutable, mutable }
    /// nil when the defining expression failed: uses stay quiet instead of cascading.
    var value: SemaValue?
    var kind: Kind
    var range: SourceRange
}

/// One activation of a layer or model body.
struct Scope {
    /// Instance path for names in the IR (`conv1`, `conv2.mlp`), empty for the model itself.
    var prefix: String
    var dims: [String: Dim]
    var dimRanges: [String: SourceRange]
    var values: [String: Binding] = [:]
    var block: BlockContext?
    var returned: SemaValue??
    var usedDims: Set<String> = []
    var isModel: Bool
    /// The call that instantiated this layer body (while lowering).
    var callSite: SourceRange? = nil

    func irName(_ name: String) -> String { prefix.isEmpty ? name : "\(prefix).\(name)" }
}

/// Checks every declaration generically (layers with symbolic dimensions), then lowers the model by
/// inlining layer instances with concrete dimensions. Errors never stop the walk: a failed
/// expression yields nil (poison), and anything built on poison stays quiet.
final class Elaborator {
    static let maxOps = 100_000
    static let maxRepeat = 1000
    /// The largest dimension: kernels index with 32-bit extents.
    static let maxDimension = Int(Int32.max)
    /// Layer instances inside layer instances: each level is a few frames of recursion while
    /// lowering, so a (non-recursive) chain of thousands of layers must stop before the stack does.
    static let maxInstanceDepth = 32

    let file: SourceFile
    let spec: SpecFile
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []

    var consts: [String: (value: SemaValue, range: SourceRange)] = [:]
    var layers: [String: FunctionDecl] = [:]
    var model: FunctionDecl?
    var train: TrainDecl?
    /// Layers that take part in a call cycle; calls to them are reported once and poisoned.
    var recursiveLayers: Set<String> = []
    /// Layers whose generic check failed; the model does not inline them.
    var brokenLayers: Set<String> = []

    var builder = GraphBuilder(name: "")
    var lowering = false
    /// The walk stops: the program is too large, or the errors exceed the limit.
    var halted = false
    let errorLimit: ErrorLimit
    /// Errors found before checking began (the parser's) and since, toward the limit.
    var errorCount: Int
    var instanceCounters: [String: Int] = [:]
    var callSiteInstances: [String: String] = [:]
    var instanceNames: [String: SourceRange] = [:]
    var paramCache: [String: ValueID] = [:]
    /// Model state (batch_norm's running statistics) by IR name: its value after the calls lowered
    /// so far, and the order the state ops were created in (the module's last results).
    var stateCurrent: [String: ValueID] = [:]
    var stateOrder: [String] = []
    var instanceDepth = 0
    /// Nested `eval` calls, summed over inlined layer instances (the parser bounds one expression's
    /// depth, not the sum along a chain of instances whose call sites are themselves deeply nested).
    static let maxEvalDepth = 400
    var evalDepth = 0
    /// Unrolled loop iterations that added no op. Iterations that add ops are bounded by maxOps;
    /// these are bounded here, or `repeat 1000 { repeat 1000 { repeat 1000 { h = h } } }` spins.
    var idleIterations = 0
    var dropoutStreams = 0

    init(file: SourceFile, spec: SpecFile, errorLimit: ErrorLimit = .none, errorsBefore: Int = 0) {
        self.file = file
        self.spec = spec
        self.errorLimit = errorLimit
        self.errorCount = errorsBefore
    }

    /// Records a diagnostic once; past the error limit the walk halts (and records nothing more), so
    /// a file with an error on each of its 100,000 lines costs the limit, not 100,000 checks.
    func report(_ d: Diagnostic) {
        guard !errorLimit.isExceeded(by: errorCount), reported.insert(d).inserted else { return }
        diagnostics.append(d)
        if d.severity == .error { errorCount += 1 }
        if errorLimit.isExceeded(by: errorCount) { halted = true }
    }

    /// Returns the lowered module, or nil when the model is missing or broken.
    func run() -> GraphModule? {
        collectDeclarations()
        findRecursion()
        for name in layers.keys.sorted() where !halted { checkLayerGenerically(layers[name]!) }
        guard let model else {
            if !spec.hasUnparsedModel { report(.missingModel(at: file.range(0, 0))) }
            return nil
        }
        let module = lowerModel(model)
        if let train { checkTrain(train) } else { applyDefaultTrain() }
        return module == nil ? nil : builder.module
    }

    // MARK: declarations

    func collectDeclarations() {
        var topNames: [String: SourceRange] = [:]
        func claim(_ id: Ident) -> Bool {
            if let previous = topNames[id.name] {
                report(.duplicateDefinition(id.name, at: id.range, previous: previous))
                return false
            }
            topNames[id.name] = id.range
            return true
        }
        for decl in spec.decls {
            switch decl {
            case .const(let c):
                guard checkNotReserved(c.name), claim(c.name) else { continue }
                var scope = Scope(prefix: "", dims: [:], dimRanges: [:], isModel: true)
                if let v = evalConstant(c.value, &scope) { consts[c.name.name] = (v, c.name.range) }
            case .layer(let l):
                if claim(l.name) { layers[l.name.name] = l }
            case .model(let m):
                if let previous = model {
                    report(.duplicateModel(at: m.name.range, previous: previous.name.range))
                } else if claim(m.name) {
                    model = m
                }
            case .train(let t):
                if let previous = train {
                    report(.duplicateDefinition("train", at: t.range, previous: previous.range))
                } else {
                    train = t
                }
            }
        }
    }

    /// A constant's value must be a number known at compile time. Names are constants, and in a
    /// body also number-valued names (number arguments, loop indices, `let` numbers) and dimensions.
    func evalConstant(_ e: Expr, _ scope: inout Scope) -> SemaValue? {
        switch e {
        case .integer(let v, _): return .number(Double(v), isInt: true)
        case .float(let v, _): return .number(v, isInt: false)
        case .negate(let inner, _):
            guard case .number(let v, let isInt)? = evalConstant(inner, &scope) else { return nil }
            return .number(-v, isInt: isInt)
        case .call(let callee, let dimArgs, let args, let instance, let range)
            where layers[callee.name] == nil && Builtins.foldsNumbers(callee.name):
            // An element-wise function of numbers folds: `const SCALE = rsqrt(16.0)`.
            guard let v = call(callee, dimArgs, args, instance, range, &scope) else { return nil }
            guard v.isNumeric else {
                report(.badScalarArgument("a constant must be a number", at: e.range))
                return nil
            }
            return v
        case .name(let id):
            if let b = scope.values[id.name] {
                guard let v = b.value else { return nil }
                if v.isNumeric { return v }
                report(.badScalarArgument("'\(id.name)' is a tensor; a number known at compile time is needed here", at: id.range))
                return nil
            }
            if let c = consts[id.name] { return c.value }
            if let dim = scope.dims[id.name] {
                scope.usedDims.insert(id.name)
                return dimensionAsNumber(id, dim, scope)
            }
            report(.unknownName(id.name, at: id.range, suggestion: suggestion(for: id.name, in: Array(consts.keys))))
            return nil
        case .binary(let op, let l, let r, let opRange, _):
            guard let a = evalConstant(l, &scope), let b = evalConstant(r, &scope) else { return nil }
            return foldNumbers(op, a, b, at: opRange)
        case .invalid: return nil
        default:
            report(.badScalarArgument("a constant must be a number", at: e.range))
            return nil
        }
    }

    func checkNotReserved(_ id: Ident) -> Bool {
        guard reservedDimensionNames.contains(id.name) || Builtins.table[id.name] != nil
              || id.name == "src" || id.name == "dst" || id.name == "edge" else { return true }
        report(.reservedName(id.name, at: id.range))
        return false
    }

    // MARK: recursion

    /// Finds cycles in the layer call graph statically, so a recursive layer is reported even when the
    /// model never calls it; each cycle is reported at the call that closes it.
    func findRecursion() {
        var calls: [String: [(String, SourceRange)]] = [:]
        for (name, l) in layers { calls[name] = layerCalls(in: l.body) }
        var state: [String: Int] = [:] // 1 on stack, 2 done
        // Depth-first with an explicit stack of (layer, index of its next call) rather than recursion,
        // so that a long (legal) chain of layers calling layers cannot overflow the thread's stack.
        var stack: [(name: String, next: Int)] = []
        for root in layers.keys.sorted() where state[root] == nil {
            state[root] = 1
            stack.append((root, 0))
            while let top = stack.last {
                let edges = calls[top.name] ?? []
                guard top.next < edges.count else {
                    stack.removeLast()
                    state[top.name] = 2
                    continue
                }
                stack[stack.count - 1].next += 1
                let (callee, range) = edges[top.next]
                guard layers[callee] != nil else { continue }
                if state[callee] == 1 {
                    let names = stack.map(\.name)
                    let cycle = names[names.firstIndex(of: callee)!...] + [callee]
                    for member in cycle { recursiveLayers.insert(member) }
                    report(.layerRecursion(cycle.joined(separator: " -> "), at: range,
                                           declared: layers[callee]!.name.range))
                } else if state[callee] == nil {
                    state[callee] = 1
                    stack.append((callee, 0))
                }
            }
        }
    }

    func layerCalls(in body: [Stmt]) -> [(String, SourceRange)] {
        var out: [(String, SourceRange)] = []
        func walk(_ e: Expr) {
            switch e {
            case .call(let callee, _, let args, _, _):
                if layers[callee.name] != nil { out.append((callee.name, callee.range)) }
                args.forEach { walk($0.value) }
            case .negate(let x, _), .index(let x, _, _), .block(_, let x, _, _): walk(x)
            case .binary(_, let a, let b, _, _): walk(a); walk(b)
            case .list(let xs, _): xs.forEach(walk)
            default: break
            }
        }
        func walkStmts(_ ss: [Stmt]) {
            for s in ss {
                switch s {
                case .binding(_, let v, _, _), .assign(_, let v, _), .ret(let v, _): walk(v)
                case .repeatLoop(let c, let b, _, let i): walk(c); i.map { walk($0.first) }; walkStmts(b)
                case .param, .graph: break
                }
            }
        }
        walkStmts(body)
        return out
    }

    // MARK: suggestions

    /// Names longer than this get no "did you mean" (no one mistypes a name that long).
    static let maxSuggestedNameLength = 64

    func suggestion(for name: String, in candidates: [String]) -> String? {
        // The edit distance is quadratic in the names' lengths (two hostile half-megabyte names took
        // hours), and at least their difference in length: skip what cannot come close.
        let length = name.utf8.count, allowed = max(1, name.count / 3)
        guard length <= Elaborator.maxSuggestedNameLength else { return nil }
        let scored = candidates.filter { abs($0.utf8.count - length) <= allowed }.map { ($0, editDistance(name, $0)) }
            .filter { $0.1 <= allowed }
        return scored.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }

    func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var prev = row[0]
            row[0] = i
            for j in 1...b.count {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return row[b.count]
    }
}
