// Layer and model bodies: generic checking of layers, lowering of the model, layer instances.
import GNNDiagnostics
import GNNIR

extension Diagnostic {
    static func missingModel(at r: SourceRange) -> Diagnostic {
        Diagnostic(.missingModel, "the spec has no model: declare one with 'model Name<F, C>(x: node[F]) -> node[C] { ... }'", at: r)
    }
    static func duplicateModel(at r: SourceRange, previous: SourceRange) -> Diagnostic {
        Diagnostic(.duplicateModel, "a spec has exactly one model", at: r, notes: [Note("the model is declared here", at: previous)])
    }
    static func duplicateDefinition(_ name: String, at r: SourceRange, previous: SourceRange) -> Diagnostic {
        Diagnostic(.duplicateDefinition, "'\(name)' is already defined", at: r, notes: [Note("previous definition is here", at: previous)])
    }
    static func missingReturn(_ name: String, at r: SourceRange, end: SourceRange?) -> Diagnostic {
        Diagnostic(.missingReturn, "'\(name)' does not return a value", at: r,
                   notes: end.map { [Note("add 'return <expression>' before this '}'", at: $0)] } ?? [])
    }
    static func returnTypeMismatch(declared: TensorType, actual: TensorType, at r: SourceRange, signature: SourceRange) -> Diagnostic {
        Diagnostic(.returnTypeMismatch, "returns \(SemaTypes.show(actual)) but the signature declares \(SemaTypes.show(declared))", at: r,
                   notes: [Note("return type declared here", at: signature)])
    }
    static func statementAfterReturn(at r: SourceRange) -> Diagnostic {
        Diagnostic(.statementAfterReturn, "statement after 'return' is never run", at: r)
    }
    static func unusedDimParameter(_ name: String, of owner: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.unusedDimParameter, "dimension parameter '\(name)' of '\(owner)' is never used", at: r)
    }
    static func layerRecursion(_ cycle: String, at r: SourceRange, declared: SourceRange) -> Diagnostic {
        Diagnostic(.layerRecursion, "layers call each other recursively: \(cycle)", at: r,
                   notes: [Note("layers are inlined, so they cannot recurse; use 'repeat K { ... }' to iterate", at: declared)])
    }
    static func badModelSignature(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.badModelSignature, message, at: r)
    }
    static func programTooLarge(at r: SourceRange) -> Diagnostic {
        Diagnostic(.programTooLarge, "the model expands to more than \(Elaborator.maxOps) operations; reduce repeat counts", at: r)
    }
    static func instancesTooDeep(at r: SourceRange) -> Diagnostic {
        Diagnostic(.programTooLarge, "layer instances are nested more than \(Elaborator.maxInstanceDepth) deep", at: r)
    }
    static func badGraphSetting(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.badGraphSetting, message, at: r)
    }
    static func duplicateSetting(_ key: String, at r: SourceRange, previous: SourceRange) -> Diagnostic {
        Diagnostic(.duplicateSetting, "'\(key)' is set twice", at: r, notes: [Note("first set here", at: previous)])
    }
}

extension Elaborator {
    /// Declares dimension parameters as symbols and arguments as placeholder inputs, then checks the
    /// body once. Calls to other layers are checked against their signatures, not inlined.
    func checkLayerGenerically(_ layer: FunctionDecl) {
        let before = diagnostics.count
        builder = GraphBuilder(name: layer.name.name, dimParams: layer.dimParams.map(\.name))
        lowering = false
        var scope = Scope(prefix: "", dims: [:], dimRanges: [:], isModel: false)
        declareDims(layer.dimParams, as: { Dim(symbol: $0) }, in: &scope)
        for arg in layer.args {
            if arg.isNumber {
                // Any number: each instance folds with its own. A default must be a number now.
                var empty = Scope(prefix: "", dims: [:], dimRanges: [:], isModel: false)
                if let d = arg.defaultValue, let v = evalConstant(d, &empty), !v.isNumeric {
                    report(.badScalarArgument("the default of '\(arg.name.name)' must be a number", at: d.range))
                }
                bind(arg.name, .pendingNumber(isInt: false), .argument, &scope)
                continue
            }
            guard let t = resolveValueType(arg.type, &scope) else { bind(arg.name, nil, .argument, &scope); continue }
            guard let v = add(.input, [], Attributes(["name": .string(arg.name.name)]), declared: t, at: arg.name.range) else { continue }
            bind(arg.name, .tensor(v, t), .argument, &scope)
        }
        let declared = layer.returnType.flatMap { resolveValueType($0, &scope) }
        elaborateBody(layer, declared: declared, &scope)
        for d in layer.dimParams where scope.dims[d.name] != nil && !scope.usedDims.contains(d.name) {
            report(.unusedDimParameter(d.name, of: layer.name.name, at: d.range))
        }
        if diagnostics[before...].contains(where: { $0.severity == .error }) { brokenLayers.insert(layer.name.name) }
    }

    /// Lowers the model: its dimension parameters stay symbolic (bound from the dataset at run time).
    func lowerModel(_ m: FunctionDecl) -> GraphModule? {
        builder = GraphBuilder(name: m.name.name, dimParams: m.dimParams.map(\.name))
        lowering = true
        instanceCounters = [:]
        callSiteInstances = [:]
        stateCurrent = [:]
        stateOrder = []
        var scope = Scope(prefix: "", dims: [:], dimRanges: [:], isModel: true)
        declareDims(m.dimParams, as: { Dim(symbol: $0) }, in: &scope)
        var inputs: [ValueID] = []
        for arg in m.args {
            if arg.isNumber {
                report(.badModelSignature("a model's inputs are tensors bound from the dataset; number arguments belong to layers", at: arg.type.range))
                bind(arg.name, nil, .argument, &scope)
                continue
            }
            guard let t = resolveValueType(arg.type, &scope) else { bind(arg.name, nil, .argument, &scope); continue }
            guard let v = add(.input, [], Attributes(["name": .string(arg.name.name)]), declared: t, at: arg.name.range) else { continue }
            builder.name(v, arg.name.name)
            inputs.append(v)
            bind(arg.name, .tensor(v, t), .argument, &scope)
        }
        if m.args.isEmpty { report(.badModelSignature("a model takes at least one input, such as x: node[F]", at: m.name.range)) }
        let declared = m.returnType.flatMap { resolveValueType($0, &scope) }
        checkModelDimsBindable(m, &scope)
        let result = elaborateBody(m, declared: declared, &scope)
        for d in m.dimParams where scope.dims[d.name] != nil && !scope.usedDims.contains(d.name) {
            report(.unusedDimParameter(d.name, of: m.name.name, at: d.range))
        }
        guard case .tensor(let out, _)? = result else { return nil }
        // The output, then the next value of each state (GraphModule.stateResults).
        builder.setResults([out] + stateOrder.compactMap { stateCurrent[$0] })
        return builder.module
    }

    /// A model dimension is bound from the data (features, classes), so it must appear alone as a
    /// dimension of an input or of the result.
    func checkModelDimsBindable(_ m: FunctionDecl, _ scope: inout Scope) {
        var bare: Set<String> = []
        for t in m.args.map(\.type) + (m.returnType.map { [$0] } ?? []) {
            for d in t.dims { if case .name(let id) = d { bare.insert(id.name) } }
            if let dom = t.domain?.name, dom != "node", dom != "edge" { continue }
        }
        if let rt = m.returnType, rt.domain?.name != "node", rt.domain?.name != "graph" {
            report(.badModelSignature("a model returns a node value (one row of logits per node), such as node[C], or a graph value (a graph classifier: one row per graph), such as graph[C]", at: rt.range))
        }
        for d in m.dimParams where !bare.contains(d.name) {
            report(.badModelSignature("model dimension '\(d.name)' cannot be bound at run time: use it as a dimension of an input or of the result", at: d.range))
        }
    }

    func declareDims(_ params: [Ident], as make: (String) -> Dim, in scope: inout Scope) {
        for p in params {
            guard checkNotReserved(p) else { continue }
            if let previous = scope.dimRanges[p.name] {
                report(.duplicateDefinition(p.name, at: p.range, previous: previous))
                continue
            }
            if let c = consts[p.name] { report(.duplicateDefinition(p.name, at: p.range, previous: c.range)); continue }
            scope.dims[p.name] = make(p.name)
            scope.dimRanges[p.name] = p.range
        }
    }

    /// Runs the statements; returns the returned value (nil when missing or poisoned).
    @discardableResult
    func elaborateBody(_ f: FunctionDecl, declared: TensorType?, _ scope: inout Scope) -> SemaValue? {
        runStatements(f.body, &scope)
        if halted { return nil }
        guard let returned = scope.returned else {
            report(.missingReturn(f.name.name, at: f.name.range, end: f.bodyClose))
            return nil
        }
        guard let value = returned else { return nil }
        guard case .tensor(_, let actual) = value else {
            report(.scalarWhereTensorExpected("a layer or model returns a tensor, not a number", at: returnRange(f.body) ?? f.name.range))
            return nil
        }
        if let declared, let rt = f.returnType, declared != actual {
            report(.returnTypeMismatch(declared: declared, actual: actual, at: returnRange(f.body) ?? f.name.range, signature: rt.range))
            return nil
        }
        return value
    }

    func returnRange(_ body: [Stmt]) -> SourceRange? {
        for s in body { if case .ret(let e, _) = s { return e.range } }
        return nil
    }

    // MARK: layer instances

    /// Inlines a layer call while lowering; while checking a layer generically, returns a placeholder
    /// of the callee's declared return type instead.
    func callLayer(_ layer: FunctionDecl, callee: Ident, dimArgs: [DimExpr]?, args: [CallArg], instance: InstanceName?,
                   range: SourceRange, _ scope: inout Scope) -> SemaValue? {
        if recursiveLayers.contains(layer.name.name) { return nil }
        let dimArgsGiven = dimArgs ?? []
        guard dimArgsGiven.count == layer.dimParams.count else {
            report(.wrongArity("layer '\(layer.name.name)' takes \(layer.dimParams.count) dimension argument\(layer.dimParams.count == 1 ? "" : "s") <\(layer.dimParams.map(\.name).joined(separator: ", "))>, got \(dimArgsGiven.count)",
                               at: callee.range, declared: layer.name.range))
            return nil
        }
        // Arguments: positional ones first, in order, then named ones (`beta = 0.5`); a number
        // argument with a default may be left out.
        let positionalCount = args.prefix { $0.label == nil }.count
        guard positionalCount <= layer.args.count else {
            report(.wrongArity("layer '\(layer.name.name)' takes \(layer.args.count) argument\(layer.args.count == 1 ? "" : "s"), got \(positionalCount)",
                               at: range, declared: layer.name.range))
            return nil
        }
        var given: [Expr?] = layer.args.indices.map { $0 < positionalCount ? args[$0].value : nil }
        var ok = true
        for a in args.dropFirst(positionalCount) {
            guard let label = a.label else {
                report(.wrongArity("positional arguments come before named ones", at: a.value.range, declared: layer.name.range))
                ok = false; continue
            }
            guard let k = layer.args.firstIndex(where: { $0.name.name == label.name }) else {
                let names = layer.args.map(\.name.name)
                report(.wrongArity("layer '\(layer.name.name)' has no argument named '\(label.name)'; it takes (\(names.joined(separator: ", ")))",
                                   at: label.range, declared: layer.name.range))
                ok = false; continue
            }
            guard given[k] == nil else {
                report(.wrongArity("argument '\(label.name)' is given twice", at: label.range, declared: layer.args[k].name.range))
                ok = false; continue
            }
            given[k] = a.value
        }
        for (k, p) in layer.args.enumerated() where ok && given[k] == nil && !(p.isNumber && p.defaultValue != nil) {
            report(.wrongArity("missing argument '\(p.name.name)': layer '\(layer.name.name)' takes (\(layer.args.map(\.name.name).joined(separator: ", ")))",
                               at: range, declared: p.name.range))
            ok = false
        }
        var bindings: [String: Dim] = [:]
        for (p, d) in zip(layer.dimParams, dimArgsGiven) {
            if let dim = resolveDim(d, &scope) { bindings[p.name] = dim } else { ok = false }
        }
        var argValues: [SemaValue?] = []
        for (k, p) in layer.args.enumerated() {
            if let e = given[k] {
                argValues.append(eval(e, &scope))
            } else if p.isNumber, let d = p.defaultValue {
                // Defaults are constant expressions (checked with the layer), the same for every call.
                var empty = Scope(prefix: "", dims: [:], dimRanges: [:], isModel: false)
                argValues.append(lowering ? evalConstant(d, &empty) : .pendingNumber(isInt: false))
            } else {
                argValues.append(nil)
            }
        }
        guard ok else { return nil }
        var inner = Scope(prefix: "", dims: bindings, dimRanges: [:], isModel: false, callSite: range)
        for d in layer.dimParams { inner.usedDims.insert(d.name) }
        var argTensors: [(Ident, SemaValue)] = []
        for (i, argDecl) in layer.args.enumerated() {
            guard let actual = argValues[i] else { ok = false; continue }
            let at = given[i]?.range ?? range
            if argDecl.isNumber {
                guard actual.isNumeric else {
                    report(.argumentTypeMismatch("argument '\(argDecl.name.name)' of '\(layer.name.name)' must be a number known at compile time, got a tensor",
                                                 at: at, declared: argDecl.type.range))
                    ok = false; continue
                }
                argTensors.append((argDecl.name, actual))
                continue
            }
            guard let expected = resolveValueType(argDecl.type, &inner, quiet: true) else { return nil }
            guard case .tensor(_, let t) = actual else {
                report(.argumentTypeMismatch("argument '\(argDecl.name.name)' of '\(layer.name.name)' must be \(SemaTypes.show(expected)), got a number",
                                             at: at, declared: argDecl.type.range))
                ok = false; continue
            }
            if t != expected {
                report(.argumentTypeMismatch("argument '\(argDecl.name.name)' of '\(layer.name.name)' must be \(SemaTypes.show(expected)), got \(SemaTypes.show(t))",
                                             at: at, declared: argDecl.type.range))
                ok = false; continue
            }
            argTensors.append((argDecl.name, actual))
        }
        guard ok else { return nil }
        let declared = layer.returnType.flatMap { resolveValueType($0, &inner, quiet: true) }
        guard let index = instanceIndex(instance, &scope) else { return nil }
        let name = instanceName(layer.name.name, instance: instance?.name, index: index, range: range, scope)
        if !lowering {
            // Generic check: the callee is trusted to return its declared type.
            guard let declared, let v = add(.input, [], Attributes(["name": .string(name)]), declared: declared, at: range) else { return nil }
            return .tensor(v, declared)
        }
        if brokenLayers.contains(layer.name.name) { return nil }
        guard instanceDepth < Elaborator.maxInstanceDepth else {
            report(.instancesTooDeep(at: callee.range))
            return nil
        }
        instanceDepth += 1
        defer { instanceDepth -= 1 }
        inner.prefix = scope.irName(name)
        for (id, v) in argTensors { bind(id, v, .argument, &inner) }
        return elaborateBody(layer, declared: declared, &inner)
    }

    /// The `i` of `as name[i]`: `.some(nil)` without an index, `.some(k)` for a non-negative integer
    /// number, `nil` after an error. While a layer is checked generically the index may be unknown (0).
    func instanceIndex(_ instance: InstanceName?, _ scope: inout Scope) -> Int?? {
        guard let instance, let e = instance.index else { return .some(nil) }
        switch eval(e, &scope) {
        case .pendingNumber(isInt: true)?: return .some(0)
        case .number(let v, isInt: true)? where v >= 0 && v <= Double(Int32.max): return .some(Int(v))
        case nil: return nil
        default:
            report(.badScalarArgument("an instance index must be a non-negative integer number known at compile time, such as a repeat index", at: e.range))
            return nil
        }
    }

    /// `as name`, `as name[i]` (the instance `name.i`) or `<layer>_<k>`, scoped under the caller's
    /// instance path. Inside `repeat`, the same call site keeps its instance (and so its parameters)
    /// across iterations unless its index changes.
    func instanceName(_ layer: String, instance: Ident?, index: Int?, range: SourceRange, _ scope: Scope) -> String {
        let site = "\(scope.prefix)@\(range.start.offset)" + (index.map { "[\($0)]" } ?? "")
        if let known = callSiteInstances[site] { return known }
        let name: String
        if let instance {
            name = index.map { "\(instance.name).\($0)" } ?? instance.name
            let full = scope.irName(name)
            if lowering, let previous = instanceNames[full] {
                report(.duplicateDefinition(name, at: instance.range, previous: previous))
            }
            if lowering { instanceNames[full] = instance.range }
        } else {
            let key = "\(scope.prefix)|\(layer)"
            var k = instanceCounters[key, default: 0]
            // Skip a number that an explicit `as <layer>_<k>` already took: the two instances would
            // otherwise share their parameters silently.
            while lowering, instanceNames[scope.irName("\(layer)_\(k)")] != nil { k += 1 }
            instanceCounters[key] = k + 1
            name = "\(layer)_\(k)"
            if lowering { instanceNames[scope.irName(name)] = range }
        }
        callSiteInstances[site] = name
        return name
    }

    // MARK: helpers

    func bind(_ id: Ident, _ value: SemaValue?, _ kind: Binding.Kind, _ scope: inout Scope) {
        if let previous = scope.values[id.name] {
            report(.duplicateDefinition(id.name, at: id.range, previous: previous.range))
            return
        }
        if let previous = scope.dimRanges[id.name] ?? consts[id.name]?.range ?? layers[id.name]?.name.range {
            report(.duplicateDefinition(id.name, at: id.range, previous: previous))
            return
        }
        guard checkNotReserved(id) else { return }
        scope.values[id.name] = Binding(value: value, kind: kind, range: id.range)
    }

    /// Appends an op, turning a type-rule failure into a located diagnostic.
    func add(_ opcode: Opcode, _ operands: [ValueID], _ attrs: Attributes = Attributes(), declared: TensorType? = nil,
             at range: SourceRange, name: String? = nil) -> ValueID? {
        if halted { return nil }
        if builder.opCount >= Elaborator.maxOps {
            halted = true
            report(.programTooLarge(at: range))
            return nil
        }
        do {
            return try builder.add(opcode, operands, attributes: attrs, name: name, declared: declared, location: range)
        } catch {
            report(SemaTypes.diagnostic(for: error, at: range))
            return nil
        }
    }
}
