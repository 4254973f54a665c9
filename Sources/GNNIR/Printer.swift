// The graph IR text printer: one deterministic `.gir` spelling per module, parsed back by IRParser.

/// Prints a module in the `.gir` format:
///
///     model @GCN<F, C> {
///       graph {self_loops = add}
///       %x = input {name = "x"} : f32[N, F]
///       %0 = dropout %x {p = 0.5} : f32[N, F]
///       return %0
///     }
///     train {epochs = 200, lr = 0.01}
///
/// Goldens depend on this text byte for byte, so everything printed comes from arrays or from
/// `Attributes` (sorted); no Dictionary or Set is iterated here.
public enum IRPrinter {
    public static func print(_ m: GraphModule) -> String {
        let names = valueNames(m)
        var lines: [String] = [header(m)]
        if !m.graphSettings.isEmpty { lines.append("  graph \(m.graphSettings.description)") }
        for op in m.ops.indices { lines.append("  " + opLine(m.ops[op], result: names[op], names: names)) }
        lines.append("  " + returnLine(m.results, names: names))
        lines.append("}")
        if !m.train.isEmpty { lines.append("train \(m.train.description)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The printed spelling of every value, indexed like `m.ops`: `%name` for named ops and
    /// `%0, %1, ...` for temporaries, numbered among temporaries only so that adding a named op
    /// does not renumber every temporary after it. Shared with the verifier so that diagnostics
    /// name values exactly as the printed IR does.
    public static func valueNames(_ m: GraphModule) -> [String] {
        var next = 0
        return m.ops.map { op in
            if let name = op.name { return "%" + name }
            defer { next += 1 }
            return "%\(next)"
        }
    }

    static func header(_ m: GraphModule) -> String {
        let params = m.dimParams.isEmpty ? "" : "<" + m.dimParams.joined(separator: ", ") + ">"
        return "model @\(m.name)\(params) {"
    }

    static func opLine(_ op: Operation, result: String, names: [String]) -> String {
        var line = "\(result) = \(op.opcode)"
        if !op.operands.isEmpty { line += " " + op.operands.map { operandName($0, names) }.joined(separator: ", ") }
        if !op.attributes.isEmpty { line += " " + op.attributes.description }
        return line + " : \(op.type)"
    }

    static func returnLine(_ results: [ValueID], names: [String]) -> String {
        results.isEmpty ? "return" : "return " + results.map { operandName($0, names) }.joined(separator: ", ")
    }

    /// A broken module (an operand past the end) still prints, so that a failing verifier's
    /// output can be shown; the spelling cannot parse back, which is the point.
    static func operandName(_ v: ValueID, _ names: [String]) -> String {
        names.indices.contains(v.index) ? names[v.index] : "%<invalid \(v.index)>"
    }
}
