// Statements of layer and model bodies: param, let/var, assignment, return, repeat, graph.
import GNNDiagnostics
import GNNIR

extension Diagnostic {
    static func unknownInit(_ name: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.unknownInit, "unknown initializer '\(name)'", at: r,
                   notes: [Note("known initializers: " + ParamInit.allCases.map(\.usage).joined(separator: ", "))])
    }
    static func assignToImmutable(_ name: String, at r: SourceRange, declared: SourceRange) -> Diagnostic {
        Diagnostic(.assignToImmutable, "cannot assign to '\(name)': it is not declared with 'var'", at: r,
                   notes: [Note("declared here", at: declared)])
    }
    static func badRepeatCount(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.badRepeatCount, message, at: r)
    }
}

extension Elaborator {
    func runStatements(_ stmts: [Stmt], _ scope: inout Scope) {
        for s in stmts {
            if halted { return }
            if scope.returned != nil {
                report(.statementAfterReturn(at: s.range))
                return
            }
            runStatement(s, &scope)
        }
    }

    func runStatement(_ s: Stmt, _ scope: inout Scope) {
        switch s {
        case .param(let p): declareParam(p, &scope)
        case .binding(let name, let value, let mutable, _):
            let before = builder.opCount
            guard let v = eval(value, &scope) else {
                // Keep the name known (as poison) so later uses do not cascade into "unknown name".
                if scope.values[name.name] == nil {
                    scope.values[name.name] = Binding(value: nil, kind: mutable ? .mutable : .immutable, range: name.range)
                }
                return
            }
            nameFreshValue(v, name.name, since: before, scope)
            bind(name, v, mutable ? .mutable : .immutable, &scope)
        case .assign(let name, let value, _):
            assign(name, value, &scope)
        case .ret(let value, _):
            scope.returned = .some(eval(value, &scope))
        case .repeatLoop(let count, let body, _, let index):
            runRepeat(count, body, index, &scope)
        case .graph(let settings, let range):
            guard scope.isModel, scope.prefix.isEmpty else {
                report(.badGraphSetting("graph settings belong in the model, not in a layer", at: range))
                return
            }
            applyGraphSettings(settings)
        }
    }

    /// A `let` names the op its expression just created; an alias of an older value creates nothing.
    func nameFreshValue(_ v: SemaValue, _ name: String, since opIndex: Int, _ scope: Scope) {
        guard lowering, case .tensor(let id, _) = v, id.index >= opIndex else { return }
        builder.name(id, scope.irName(name))
    }

    func declareParam(_ p: ParamDecl, _ scope: inout Scope) {
        guard let (dims, attrs) = checkParam(p, &scope) else {
            // Still declare the name (as poison) so its uses do not cascade into "unknown name".
            bind(p.name, nil, .param, &scope)
            return
        }
        let full = scope.irName(p.name.name)
        // Inside `repeat`, an instance's parameters are created once and shared by every iteration.
        if lowering, let cached = paramCache[full] {
            bind(p.name, .tensor(cached, builder.module.type(of: cached)), .param, &scope)
            return
        }
        let t = TensorType.global(dims)
        guard let v = add(.param, [], attrs, declared: t, at: p.name.range, name: lowering ? full : nil) else { return }
        if lowering { paramCache[full] = v }
        bind(p.name, .tensor(v, t), .param, &scope)
    }

    func checkParam(_ p: ParamDecl, _ scope: inout Scope) -> ([Dim], Attributes)? {
        if let d = p.shape.domain {
            report(.unknownDomain("a parameter has a shape like [FI, FO], without '\(d.name)'", at: d.range))
            return nil
        }
        var dims: [Dim] = []
        var ok = true
        for d in p.shape.dims {
            if let dim = resolveDim(d, &scope) { dims.append(dim) } else { ok = false }
        }
        let attrs = paramInit(p, rank: p.shape.dims.count, &scope)
        guard ok, let attrs else { return nil }
        return (dims, attrs)
    }

    /// The initialiser's attributes, read against its entry in the ParamInit table: positional
    /// arguments, numbers folded, dimensions resolved, defaults left to the table.
    func paramInit(_ p: ParamDecl, rank: Int, _ scope: inout Scope) -> Attributes? {
        guard let kind = ParamInit(rawValue: p.initName.name) else {
            report(.unknownInit(p.initName.name, at: p.initName.range))
            return nil
        }
        var attrs = Attributes(["init": .ident(kind.rawValue)])
        let declared = kind.arguments, required = declared.filter { !$0.optional }.count
        guard p.initArgs.count >= required, p.initArgs.count <= declared.count else {
            let count = required == declared.count ? "\(required)" : "\(required) to \(declared.count)"
            report(.wrongArity("\(kind.rawValue) takes \(count) argument\(declared.count == 1 ? "" : "s") (\(kind.usage)), got \(p.initArgs.count)",
                               at: p.initName.range, declared: nil))
            return nil
        }
        var numbers: [String: Double] = [:]
        var pending = false
        for (argument, e) in zip(declared, p.initArgs) {
            switch argument.kind {
            case .number:
                switch evalConstant(e, &scope) {
                case .number(let v, _)?:
                    attrs[argument.name] = .float(v)
                    numbers[argument.name] = v
                case .pendingNumber?:
                    attrs[argument.name] = .float(0)
                    pending = true
                default: return nil
                }
            case .dimension:
                guard let d = dimFromExpr(e, &scope) else { return nil }
                attrs[argument.name] = .dims([d])
            }
        }
        // In a layer's generic check its number arguments have no value yet: each instance checks its own.
        if !pending, let problem = kind.problem(numbers: numbers, rank: rank, hasFanIn: attrs["fan_in"] != nil) {
            report(.badScalarArgument(problem, at: p.initArgs.first?.range ?? p.initName.range))
            return nil
        }
        return attrs
    }

    func assign(_ name: Ident, _ value: Expr, _ scope: inout Scope) {
        let before = builder.opCount
        let v = eval(value, &scope)
        guard let binding = scope.values[name.name] else {
            report(.unknownName(name.name, at: name.range, suggestion: suggestion(for: name.name, in: Array(scope.values.keys))))
            return
        }
        guard binding.kind == .mutable else {
            report(.assignToImmutable(name.name, at: name.range, declared: binding.range))
            return
        }
        guard let v else { return }
        if case .tensor(_, let old)? = binding.value, case .tensor(_, let new) = v, old != new {
            report(.shapeMismatch("assignment changes the type of '\(name.name)' from \(SemaTypes.show(old)) to \(SemaTypes.show(new))", at: value.range))
            return
        }
        nameFreshValue(v, name.name, since: before, scope)
        scope.values[name.name]?.value = v
    }

    /// Unrolls `repeat K { ... }` while lowering; a generic check runs the body once.
    /// With an index (`repeat l in 1...K`), the body sees `l` as a number, first to last.
    func runRepeat(_ count: Expr, _ body: [Stmt], _ index: RepeatIndex?, _ scope: inout Scope) {
        var first = 1.0, iterationCount: Int
        let firstValue = index.map { evalConstant($0.first, &scope) }
        let countValue = evalConstant(count, &scope)
        // A layer checked generically: a count or a bound from its dimensions or number arguments is
        // unknown, so the body is checked once with the index unknown.
        var pending = false
        if case .pendingNumber? = countValue { pending = true }
        if case .pendingNumber?? = firstValue { pending = true }
        if pending {
            if let firstValue, firstValue == nil { return }
            if countValue == nil { return }
            iterationCount = 1
        } else if let index {
            guard case .number(let a, let aInt)?? = firstValue, case .number(let b, let bInt)? = countValue else { return }
            guard aInt, bInt else {
                report(.badRepeatCount("the bounds of repeat \(index.name.name) in first...last must be integers, got \(SemaTypes.formatNumber(a))...\(SemaTypes.formatNumber(b)) ('/' always gives a non-integer number)",
                                       at: SourceRange(start: index.first.range.start, end: count.range.end)))
                return
            }
            // Bounded so that first + i stays exact in a Double and the count converts to Int.
            guard abs(a) <= 1e15, abs(b) <= 1e15, b >= a, b - a < Double(Elaborator.maxRepeat) else {
                report(.badRepeatCount("repeat \(index.name.name) in first...last needs first <= last and at most \(Elaborator.maxRepeat) iterations, got \(SemaTypes.formatNumber(a))...\(SemaTypes.formatNumber(b))",
                                       at: SourceRange(start: index.first.range.start, end: count.range.end)))
                return
            }
            first = a
            iterationCount = Int(b - a) + 1
        } else {
            guard case .number(let k, let isInt)? = countValue else { return }
            guard isInt, k >= 1, k <= Double(Elaborator.maxRepeat) else {
                report(.badRepeatCount("repeat count must be an integer from 1 to \(Elaborator.maxRepeat), got \(SemaTypes.formatNumber(k))", at: count.range))
                return
            }
            iterationCount = Int(k)
        }
        let iterations = lowering ? iterationCount : 1
        let outer = Set(scope.values.keys)
        for i in 0..<iterations {
            if halted { return }
            if let index {
                // Generic check: the body runs once, for any index.
                bind(index.name, lowering && !pending ? .number(first + Double(i), isInt: true) : .pendingNumber(isInt: true), .immutable, &scope)
            }
            let errorsBefore = diagnostics.count
            let opsBefore = builder.opCount
            for s in body {
                if halted { return }
                if case .ret = s {
                    report(.badRepeatCount("'return' cannot appear inside repeat", at: s.range))
                    return
                }
                runStatement(s, &scope)
            }
            // Names bound inside the body are local to one iteration; assignments to outer vars persist.
            for key in scope.values.keys where !outer.contains(key) { scope.values[key] = nil }
            if halted { return }
            if builder.opCount == opsBefore {
                idleIterations += 1
                if idleIterations > Elaborator.maxOps {
                    halted = true
                    report(.programTooLarge(at: count.range))
                    return
                }
            }
            if diagnostics.count > errorsBefore { return }
        }
    }

    func applyGraphSettings(_ settings: [Setting]) {
        var attrs = builder.module.graphSettings
        var seen: [String: SourceRange] = [:]
        for s in settings {
            if let previous = seen[s.key.name] { report(.duplicateSetting(s.key.name, at: s.key.range, previous: previous)); continue }
            seen[s.key.name] = s.key.range
            switch s.key.name {
            case "self_loops":
                guard case .name(let v) = s.value, v.name == "add" || v.name == "none" else {
                    report(.badGraphSetting("self_loops must be 'add' or 'none'", at: s.value.range))
                    continue
                }
                attrs["self_loops"] = .ident(v.name)
            case "self_loop_fill":
                guard let fill = selfLoopFill(s.value) else {
                    report(.badGraphSetting("self_loop_fill must be a float32 number (as GCNConv's fill_value) or 'mean' (as GATConv's)", at: s.value.range))
                    continue
                }
                attrs["self_loop_fill"] = fill
            default:
                report(.badGraphSetting("unknown graph setting '\(s.key.name)'; known: self_loops, self_loop_fill", at: s.key.range))
            }
        }
        checkSelfLoopFill(attrs, settings)
        builder.setGraphSettings(attrs)
    }

    func selfLoopFill(_ e: Expr) -> Attribute? {
        switch e {
        case .name(let v) where v.name == "mean": return .ident("mean")
        case .integer(let n, _) where Double(n).magnitude <= Double(Float.greatestFiniteMagnitude): return .float(Double(n))
        case .float(let x, _) where x.magnitude <= Double(Float.greatestFiniteMagnitude): return .float(x)
        case .negate(.integer(let n, _), _) where Double(n).magnitude <= Double(Float.greatestFiniteMagnitude): return .float(-Double(n))
        case .negate(.float(let x, _), _) where x.magnitude <= Double(Float.greatestFiniteMagnitude): return .float(-x)
        default: return nil
        }
    }

    /// Added loops need edge data exactly when the model has an edge input: the fill is then
    /// required (GCNConv and GATConv fill differently, so no default is safe), and refused otherwise.
    func checkSelfLoopFill(_ attrs: Attributes, _ settings: [Setting]) {
        let edgeInput = builder.module.ops.first { $0.opcode == .input && $0.type.domain == .edge }
        let adds = attrs["self_loops"]?.asIdent == "add"
        let fill = settings.first { $0.key.name == "self_loop_fill" }
        if adds, fill == nil, let input = edgeInput, let loops = settings.first(where: { $0.key.name == "self_loops" }) {
            report(Diagnostic(.badGraphSetting, "self_loops = add with an edge input: say what the added loops carry, "
                              + "self_loop_fill = 1.0 (GCNConv's edge weights) or mean (GATConv's edge features)", at: loops.value.range,
                              notes: [Note("the edge input is declared here", at: input.location)]))
        }
        if let fill, attrs["self_loop_fill"] != nil, !adds || edgeInput == nil {
            report(.badGraphSetting(adds ? "self_loop_fill has nothing to fill: the model has no edge input"
                                         : "self_loop_fill needs self_loops = add", at: fill.key.range))
        }
    }
}
