// Prints the syntax tree as an indented outline (`gnnc compile --emit ast`), with line:col per node.
import GNNDiagnostics

public enum ASTPrinter {
    public static func print(_ spec: SpecFile) -> String {
        var out = Output()
        for d in spec.decls { decl(d, &out) }
        return out.text
    }

    struct Output {
        var text = ""
        var indent = 0
        mutating func line(_ s: String, _ r: SourceRange? = nil) {
            text += String(repeating: "  ", count: indent) + s + (r.map { " @\($0.start.line):\($0.start.column)" } ?? "") + "\n"
        }
        mutating func nested(_ body: (inout Output) -> Void) { indent += 1; body(&self); indent -= 1 }
    }

    static func decl(_ d: Decl, _ out: inout Output) {
        switch d {
        case .const(let c):
            out.line("const \(c.name.name) = \(expr(c.value))", c.range)
        case .layer(let f): function("layer", f, &out)
        case .model(let f): function("model", f, &out)
        case .train(let t):
            out.line("train", t.range)
            out.nested { o in for s in t.settings { o.line("\(s.key.name) = \(expr(s.value))", s.key.range) } }
        }
    }

    static func function(_ kind: String, _ f: FunctionDecl, _ out: inout Output) {
        let dims = f.dimParams.isEmpty ? "" : "<" + f.dimParams.map(\.name).joined(separator: ", ") + ">"
        let args = f.args.map { a in
            a.isNumber ? "\(a.name.name): number" + (a.defaultValue.map { " = " + expr($0) } ?? "") : "\(a.name.name): \(type(a.type))"
        }.joined(separator: ", ")
        out.line("\(kind) \(f.name.name)\(dims)(\(args)) -> \(f.returnType.map(type) ?? "?")", f.range)
        out.nested { o in stmts(f.body, &o) }
    }

    static func stmts(_ ss: [Stmt], _ out: inout Output) {
        for s in ss {
            switch s {
            case .param(let p):
                let args = p.initArgs.isEmpty ? "" : "(" + p.initArgs.map(expr).joined(separator: ", ") + ")"
                out.line("param \(p.name.name): \(type(p.shape)) init \(p.initName.name)\(args)", p.range)
            case .binding(let n, let v, let mutable, let r): out.line("\(mutable ? "var" : "let") \(n.name) = \(expr(v))", r)
            case .assign(let n, let v, let r): out.line("\(n.name) = \(expr(v))", r)
            case .ret(let v, let r): out.line("return \(expr(v))", r)
            case .repeatLoop(let c, let body, let r, let index):
                out.line("repeat \(index.map { "\($0.name.name) in \(expr($0.first))..." } ?? "")\(expr(c))", r)
                out.nested { o in stmts(body, &o) }
            case .graph(let settings, let r):
                out.line("graph", r)
                out.nested { o in for s in settings { o.line("\(s.key.name) = \(expr(s.value))", s.key.range) } }
            }
        }
    }

    static func type(_ t: TypeExpr) -> String {
        (t.domain?.name ?? "") + "[" + t.dims.map(dim).joined(separator: ", ") + "]"
    }

    static func dim(_ d: DimExpr) -> String {
        switch d {
        case .integer(let v, _): return String(v)
        case .name(let i): return i.name
        case .mul(let a, let b, _): return "(\(dim(a)) * \(dim(b)))"
        case .add(let a, let b, _): return "(\(dim(a)) + \(dim(b)))"
        case .invalid: return "<invalid>"
        }
    }

    /// Fully parenthesised, so the outline shows how precedence grouped the expression.
    static func expr(_ e: Expr) -> String {
        switch e {
        case .integer(let v, _): return String(v)
        case .float(let v, _): return String(v)
        case .name(let i): return i.name
        case .negate(let x, _): return "(-\(expr(x)))"
        case .binary(let op, let a, let b, _, _): return "(\(expr(a)) \(op.rawValue) \(expr(b)))"
        case .call(let callee, let dims, let args, let instance, _):
            let d = dims.map { "<" + $0.map(dim).joined(separator: ", ") + ">" } ?? ""
            let a = args.map { ($0.label.map { "\($0.name) = " } ?? "") + expr($0.value) }.joined(separator: ", ")
            return "\(callee.name)\(d)(\(a))" + (instance.map { " as \($0.name.name)" + ($0.index.map { "[\(expr($0))]" } ?? "") } ?? "")
        case .index(let x, let which, _): return "\(expr(x))[\(which.name)]"
        case .block(.edgewise, let body, _, _): return "edgewise { \(expr(body)) }"
        case .block(.aggregate(let r), let body, _, _): return "aggregate(\(r.name)) { \(expr(body)) }"
        case .block(.reduce(let r), let body, _, _): return "reduce(\(r.name)) { \(expr(body)) }"
        case .block(.readout(let r), let body, _, _): return "readout(\(r.name)) { \(expr(body)) }"
        case .list(let xs, _): return "[" + xs.map(expr).joined(separator: ", ") + "]"
        case .invalid: return "<invalid>"
        }
    }
}
