// The graph IR verifier: the invariants every pass may assume and must preserve.
import GNNDiagnostics

/// Checks a module and returns every problem found (empty when it is valid). It never traps, so
/// it can run on whatever a buggy pass produced. Checks:
///
/// - the model name and dimension parameters are identifiers, the latter distinct identifiers, and never `N` or `E`;
/// - SSA: operands refer to earlier ops, which also makes the graph acyclic;
/// - value names are unique and spelled so that they print and parse back (not all digits);
/// - each op's type is what `TypeRules` derives (domain, shape and attribute errors carry the
///   rule's message), which also makes inputs node/edge values and params global;
/// - every dimension symbol in every type is a model dimension parameter, never `N` or `E`;
/// - the model returns at least one value, and each result exists;
/// - a model with state ops returns the next value of each, of its type, as its last results (in
///   the order the states are defined; see GraphModule.stateResults).
///
/// Diagnostics are located at the op when it has a location, and name it as the printer does.
public enum Verifier {
    public static func verify(_ m: GraphModule) -> [Diagnostic] {
        var v = VerifierState(module: m)
        v.checkModuleName()
        v.checkDimParams()
        for i in m.ops.indices { v.checkOp(i) }
        v.checkResults()
        return v.diagnostics
    }
}

struct VerifierState {
    let module: GraphModule
    let names: [String]
    /// For membership tests only; never iterated, so it cannot make the output order vary.
    let dimParamSet: Set<String>
    var diagnostics: [Diagnostic] = []
    /// Printed value name to its first definition; only looked up.
    var firstDefinition: [String: Int] = [:]

    init(module: GraphModule) {
        self.module = module
        self.names = IRPrinter.valueNames(module)
        self.dimParamSet = Set(module.dimParams)
    }

    mutating func report(_ id: DiagnosticID, _ op: Int?, _ message: String, notes: [Note] = []) {
        let location = op.flatMap { module.ops[$0].location }
        let subject = op.map { "\(names[$0]): " } ?? ""
        diagnostics.append(Diagnostic(id, subject + message, at: location, notes: notes))
    }

    mutating func checkModuleName() {
        if !VerifierState.isIdentifier(module.name, allowDots: true) {
            report(.irBadName, nil, "model name '\(module.name)' is not an identifier")
        }
    }

    mutating func checkDimParams() {
        var seen: [String: Bool] = [:]
        for p in module.dimParams {
            if reservedDimensionNames.contains(p) {
                report(.irReservedDimension, nil, "'\(p)' names the \(Domain(axisName: p)?.rawValue ?? "a domain's") axis and cannot be a dimension parameter")
            } else if !VerifierState.isIdentifier(p, allowDots: false) {
                report(.irBadName, nil, "dimension parameter '\(p)' is not an identifier")
            } else if seen[p] != nil {
                report(.irBadName, nil, "dimension parameter '\(p)' is declared twice")
            }
            seen[p] = true
        }
    }

    mutating func checkOp(_ i: Int) {
        checkName(i)
        guard checkOperands(i) else { return }
        checkType(i)
        checkDimensionSymbols(i)
    }

    /// Names must survive a print/parse round trip: a name of digits would read back as a
    /// temporary, and two ops with one spelling would read back as a duplicate definition.
    mutating func checkName(_ i: Int) {
        guard let name = module.ops[i].name else { return }
        guard VerifierState.isIdentifier(name, allowDots: true) else {
            report(.irBadName, i, "value name '\(name)' must start with a letter or '_' and continue with letters, digits, '_' or '.'")
            return
        }
        if let first = firstDefinition[name] {
            report(.irDuplicateValue, i, "value is defined twice (first as op \(first))",
                   notes: [Note("first defined here", at: module.ops[first].location)])
        } else {
            firstDefinition[name] = i
        }
    }

    /// Returns whether every operand refers to an earlier op, so its type can be read.
    mutating func checkOperands(_ i: Int) -> Bool {
        var ok = true
        for (k, v) in module.ops[i].operands.enumerated() {
            if v.index < 0 || v.index >= module.ops.count {
                report(.irUnknownValue, i, "operand \(k) refers to value \(v.index), which does not exist")
                ok = false
            } else if v.index >= i {
                report(.irBadOperand, i, "operand \(k) uses \(names[v.index]) before its definition (ops must be in SSA order, which also rules out cycles)")
                ok = false
            }
        }
        return ok
    }

    mutating func checkType(_ i: Int) {
        let op = module.ops[i]
        let operandTypes = op.operands.map { module.type(of: $0) }
        do {
            let expected = try TypeRules.resultType(op.opcode, operandTypes, op.attributes, declared: op.type)
            // A float value may be stored in any float dtype (low-precision-storage chooses).
            let storageOnly = expected.dtype.isFloat && op.type.dtype.isFloat && expected.with(dtype: op.type.dtype) == op.type
            if expected != op.type && !storageOnly {
                report(.irTypeMismatch, i, "\(op.opcode) has type \(op.type), but its operands give \(expected)")
            }
        } catch {
            report(VerifierState.id(for: error.kind), i, error.message)
        }
    }

    static func id(for kind: TypeRuleError.Kind) -> DiagnosticID {
        switch kind {
        case .arity: return .irBadOperand
        case .attribute: return .irBadAttribute
        case .domain, .shape, .matmul, .dtype: return .irTypeMismatch
        }
    }

    /// Symbols come from the model's parameters; `N` and `E` are the domain axes, and a dim
    /// that mentions them would make a row's size depend on the graph.
    mutating func checkDimensionSymbols(_ i: Int) {
        let type = module.ops[i].type
        var reported: [String] = []
        for dim in type.dims {
            for s in dim.symbols where !reported.contains(s) {
                reported.append(s)
                if reservedDimensionNames.contains(s) {
                    report(.irReservedDimension, i, "type \(type) uses '\(s)' as a feature dimension; it may only be the leading domain axis")
                } else if !dimParamSet.contains(s) {
                    report(.irUnknownDimension, i, "type \(type) uses dimension '\(s)', which is not a model dimension parameter \(dimParamList)")
                }
            }
        }
    }

    var dimParamList: String {
        module.dimParams.isEmpty ? "(the model declares none)" : "<" + module.dimParams.joined(separator: ", ") + ">"
    }

    mutating func checkResults() {
        if module.results.isEmpty {
            report(.irMissingResult, nil, "model @\(module.name) returns no value")
        }
        for r in module.results where r.index < 0 || r.index >= module.ops.count {
            report(.irUnknownValue, nil, "model @\(module.name) returns value \(r.index), which does not exist")
        }
        // The runtime binds each state's next value from the result GraphModule.stateResults names.
        let states = module.ops.indices.filter { module.ops[$0].opcode == .state }
        guard !states.isEmpty else { return }
        guard module.results.count > states.count else {
            report(.irMissingResult, nil, "model @\(module.name) has \(states.count) state value\(states.count == 1 ? "" : "s") but \(module.results.count) result\(module.results.count == 1 ? "" : "s"): "
                   + "it returns its output first and then the next value of each state, in the order the states are defined")
            return
        }
        for (i, result) in zip(states, module.stateResults.map(\.result)) {
            let r = module.results[result]
            guard module.ops.indices.contains(r.index) else { continue }
            if module.ops[r.index].type != module.ops[i].type {
                report(.irTypeMismatch, i, "result \(result) holds this state's next value, but it is \(module.ops[r.index].type)")
            }
        }
    }

    static func isIdentifier(_ s: String, allowDots: Bool) -> Bool {
        guard let first = s.utf8.first, IRLexer.isIdentStart(first) else { return false }
        return s.utf8.allSatisfy { IRLexer.isIdentStart($0) || IRLexer.isDigit($0) || (allowDots && $0 == UInt8(ascii: ".")) }
    }
}
