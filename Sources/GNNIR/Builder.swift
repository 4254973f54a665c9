// Appends type-checked ops to a module, giving spec names unique SSA spellings.
import GNNDiagnostics

public struct GraphBuilder: Sendable {
    public private(set) var module: GraphModule
    private var usedNames: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    public init(name: String, dimParams: [String] = []) {
        module = GraphModule(name: name, dimParams: dimParams)
    }

    /// Continues building on an existing module (a pass appending ops keeps its names unique).
    public init(adopting existing: GraphModule) {
        module = existing
        for op in existing.ops { if let n = op.name { usedNames.insert(n) } }
    }

    /// Adds an op whose result type follows from `TypeRules`. A name already taken gets `.1`, `.2`, ...
    /// appended (a dot then a digit never occurs in a spec identifier, so it cannot clash).
    @discardableResult
    public mutating func add(_ opcode: Opcode, _ operands: [ValueID] = [], attributes: Attributes = Attributes(),
                             name: String? = nil, declared: TensorType? = nil,
                             location: SourceRange? = nil) throws(TypeRuleError) -> ValueID {
        let type = try TypeRules.resultType(opcode, operands.map { module.type(of: $0) }, attributes, declared: declared)
        let uniqueName = name.map { unique($0) }
        let op = Operation(name: uniqueName, opcode: opcode, operands: operands, attributes: attributes,
                           type: type, location: location)
        module.ops.append(op)
        return ValueID(module.ops.count - 1)
    }

    /// Gives an unnamed op a spec name (a `let` naming the value its expression just built).
    public mutating func name(_ v: ValueID, _ name: String) {
        guard module.ops[v.index].name == nil else { return }
        module.ops[v.index].name = unique(name)
    }

    public mutating func setResults(_ rs: [ValueID]) { module.results = rs }
    public mutating func setGraphSettings(_ a: Attributes) { module.graphSettings = a }
    public mutating func setTrain(_ a: Attributes) { module.train = a }
    public var opCount: Int { module.ops.count }

    private mutating func unique(_ name: String) -> String {
        var candidate = name
        // Resume from the last suffix handed out for this name: unrolled loops rename the same
        // variable thousands of times, and probing from 1 each time would be quadratic.
        var k = nextSuffix[name, default: 1]
        while usedNames.contains(candidate) { candidate = "\(name).\(k)"; k += 1 }
        if candidate != name { nextSuffix[name] = k }
        usedNames.insert(candidate)
        return candidate
    }
}
