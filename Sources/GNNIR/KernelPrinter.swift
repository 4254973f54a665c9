// Prints kernel IR (.kir): buffers with sizes and roles, then each kernel's loop nest.

public struct KernelPrinter {
    /// Dimension symbols written `$F` in this kernel's indices, because the kernel also declares a
    /// name `F` (a loop variable or local) that a bare `F` would read back as.
    var escaped: Set<String> = []

    public static func print(_ p: KernelProgram) -> String {
        let params = p.dimParams.map { d in p.dimValues[d].map { "\(d) = \($0)" } ?? d }
        var out = "kernels @\(p.name)" + (params.isEmpty ? "" : "<\(params.joined(separator: ", "))>") + " {\n"
        for (i, b) in p.buffers.enumerated() {
            out += "  buffer #\(i) \(b.name) : \(b.dtype.rawValue)[\(b.elements)] \(b.role.rawValue)\n"
        }
        for k in p.kernels {
            for (i, v) in ([k] + k.variants).enumerated() {
                out += "  \(i == 0 ? "kernel" : "variant") \(v.name)" + (v.lanes > 1 ? " lanes \(v.lanes)" : "") + (v.slots > 1 ? " slots \(v.slots)" : "")
                    + (v.gemm.map(gemm) ?? "") + " // \(v.comment)\n"
                out += KernelPrinter(escaped: escapes(v, p)).stmts(v.body, indent: 2)
            }
        }
        out += "  results " + p.results.map { "#\($0)" }.joined(separator: ", ") + "\n}\n"
        return out
    }

    /// The program's dimension symbols the kernel also declares as names.
    static func escapes(_ k: Kernel, _ p: KernelProgram) -> Set<String> {
        var names = Set<String>()
        KStmt.walk(k.body) { names.formUnion($0.declaredNames) }
        return names.intersection(["N", "E"] + p.dimParams)
    }

    /// ` gemm #out = #a^T @ #b [m x n x k]`
    static func gemm(_ g: GEMM) -> String {
        " gemm #\(g.out) = #\(g.a)\(g.transA ? "^T" : "") @ #\(g.b)\(g.transB ? "^T" : "") [\(g.m) x \(g.n) x \(g.k)]"
    }

    func stmts(_ ss: [KStmt], indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        var out = ""
        for s in ss {
            switch s {
            case .loop(let v, let a, let b, let parallel, let body):
                out += pad + "\(parallel ? "parallel " : "")for \(v) in \(index(a)) ..< \(index(b)) {\n"
                out += stmts(body, indent: indent + 1) + pad + "}\n"
            case .letIndex(let n, let i): out += pad + "let \(n) = \(index(i))\n"
            case .assignIndex(let n, let i): out += pad + "\(n) = \(index(i))\n"
            case .letValue(let n, let x): out += pad + "var \(n): f32 = \(value(x))\n"
            case .assign(let n, let x): out += pad + "\(n) = \(value(x))\n"
            case .store(let b, let i, let x): out += pad + "#\(b)[\(index(i))] = \(value(x))\n"
            case .ifEqual(let a, let b, let body): out += pad + "if \(index(a)) == \(index(b)) {\n" + stmts(body, indent: indent + 1) + pad + "}\n"
            case .ifLess(let a, let b, let body): out += pad + "if \(index(a)) < \(index(b)) {\n" + stmts(body, indent: indent + 1) + pad + "}\n"
            case .ifGreater(let a, let b, let body): out += pad + "if \(value(a)) > \(value(b)) {\n" + stmts(body, indent: indent + 1) + pad + "}\n"
            case .ifNonzero(let a, let body): out += pad + "if \(value(a)) != 0 {\n" + stmts(body, indent: indent + 1) + pad + "}\n"
            case .block(let body): out += pad + "{\n" + stmts(body, indent: indent + 1) + pad + "}\n"
            case .laneLoop(let v, let a, let b, let body):
                out += pad + "lanes for \(v) in \(index(a)) ..< \(index(b)) {\n" + stmts(body, indent: indent + 1) + pad + "}\n"
            case .laneReduce(let v, let a, let b, let partials, let body):
                let ps = partials.map { "\($0.into) \($0.combine.rawValue)= \($0.name)" }.joined(separator: ", ")
                out += pad + "lanes reduce \(ps) for \(v) in \(index(a)) ..< \(index(b)) {\n" + stmts(body, indent: indent + 1) + pad + "}\n"
            case .laneZero(let body): out += pad + "lane 0 {\n" + stmts(body, indent: indent + 1) + pad + "}\n"
            case .slotReduce(let v, let a, let b, let partials, let body):
                let ps = partials.map { "\($0.into) \($0.combine.rawValue)= \($0.name)" }.joined(separator: ", ")
                out += pad + "slots reduce \(ps) for \(v) in \(index(a)) ..< \(index(b)) {\n" + stmts(body, indent: indent + 1) + pad + "}\n"
            case .laneSync: out += pad + "lanes sync\n"
            case .loadVector(let names, let b, let i): out += pad + "let (\(names.joined(separator: ", "))) = #\(b)[\(index(i)) ..+ \(names.count)]\n"
            case .storeVector(let b, let i, let xs):
                out += pad + "#\(b)[\(index(i)) ..+ \(xs.count)] = (\(xs.map { value($0) }.joined(separator: ", ")))\n"
            }
        }
        return out
    }

    func index(_ i: KIndex) -> String {
        switch i {
        case .dim(let d):
            let text = escaped.isEmpty ? d.description : KernelPrinter.dim(d, escaping: escaped)
            return d.terms.count > 1 ? "(\(text))" : text
        case .v(let n): return n
        case .load(let b, let x): return "#\(b)[\(index(x))]"
        case .add(let a, let b): return "(\(index(a)) + \(index(b)))"
        // Products read left to right, so a product on the right keeps its parentheses.
        case .mul(let a, let b):
            if case .mul = b { return "\(index(a)) * (\(index(b)))" }
            return "\(index(a)) * \(index(b))"
        case .div(let a, let b): return "(\(index(a)) / \(index(b)))"
        case .mod(let a, let b): return "(\(index(a)) % \(index(b)))"
        }
    }

    /// `Dim.description` with the `escaped` symbols written `$F`.
    static func dim(_ d: Dim, escaping escaped: Set<String>) -> String {
        if d.terms.isEmpty { return "0" }
        return d.terms.map { t in
            let coeff = t.coeff == 1 && !t.symbols.isEmpty ? [] : [String(t.coeff)]
            return (coeff + t.symbols.map { escaped.contains($0) ? "$" + $0 : $0 }).joined(separator: "*")
        }.joined(separator: " + ")
    }

    func value(_ x: KValue) -> String {
        switch x {
        case .load(let b, let i): return "#\(b)[\(index(i))]"
        case .const(let v): return Attribute.formatFloat(v)
        case .local(let n): return n
        case .unary(let u, let a, let v): return "\(u.rawValue)\(a.description)(\(value(v)))"
        case .unaryGrad(let u, let a, let g, let v): return "\(u.rawValue)_grad\(a.description)(\(value(g)), \(value(v)))"
        case .binary(let op, let a, let b): return "\(op.rawValue)(\(value(a)), \(value(b)))"
        case .max(let a, let b): return "max(\(value(a)), \(value(b)))"
        case .min(let a, let b): return "min(\(value(a)), \(value(b)))"
        case .fromIndex(let i): return "f32(\(index(i)))"
        case .dropoutScale(let p, let s, let i): return "dropout_scale{p = \(Attribute.formatFloat(p)), stream = \(s)}(\(index(i)))"
        case .selectEqual(let a, let b, let t, let f): return "select(\(index(a)) == \(index(b)), \(value(t)), \(value(f)))"
        }
    }
}
