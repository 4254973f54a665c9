// The `.kir` parser's expressions: integer indices (variables, dimensions, buffer reads, + * / %)
// and float values (loads, constants, locals, the op table's functions, dropout, select).
import GNNDiagnostics

extension KIRParserState {
    // MARK: indices

    /// `a * b * c` (spaced `*`, left to right) over index terms.
    mutating func index() throws(KIRFail) -> KIndex {
        try nested()
        defer { depth -= 1 }
        var x = try indexTerm()
        let outer = depth
        defer { depth = outer }
        // Each factor nests the product one level deeper (it is built left to right).
        while peek.isPunct("*"), peek.spaced {
            try nested()
            advance()
            x = .mul(x, try indexTerm())
        }
        return x
    }

    /// A parenthesised sum, quotient or remainder; a buffer read; a variable; a dimension.
    mutating func indexTerm() throws(KIRFail) -> KIndex {
        let t = peek
        if t.isPunct("(") { return try parenthesised() }
        if t.kind == .buffer {
            let b = try bufferReference()
            try expect("[", "after the buffer")
            let i = try index()
            try expect("]", "to close the index")
            return .load(b, i)
        }
        if t.kind == .ident, kind(of: t.text) == .index {
            advance()
            return .v(t.text)
        }
        if t.kind == .ident, !dimSymbols.contains(t.text) {
            let what = kind(of: t.text) == .float ? "a float local, not an index" : "not a loop variable, integer local or dimension in scope"
            throw error(.kirUnknownName, "'\(t.text)' is \(what)", at: t)
        }
        guard t.kind == .int || t.kind == .ident || t.kind == .dimSymbol || t.isPunct("-") else { throw expected("an index") }
        return .dim(try dimTerm(glued: true))
    }

    /// `(a + b)`, `(a / b)`, `(a % b)`, or a dimension of several terms, `(N + 1)`, which prints
    /// the same as the sum of its terms: a sum of dimensions reads as the dimension when the
    /// dimension prints exactly so (the `+` that built it folds them the same way).
    mutating func parenthesised() throws(KIRFail) -> KIndex {
        let open = advance()
        let first = try index()
        if peek.isPunct("/") || peek.isPunct("%") {
            let divide = advance().isPunct("/")
            let second = try index()
            try expect(")", "to close the index")
            return divide ? .div(first, second) : .mod(first, second)
        }
        var summands = [first]
        while peek.isPunct("+") {
            advance()
            summands.append(try index())
        }
        try expect(")", "to close the index")
        if summands.count == 1 { return first }
        let dims = summands.compactMap { s -> Dim? in if case .dim(let d) = s { return d }; return nil }
        if dims.count == summands.count {
            var total = Dim(0)
            for d in dims {
                guard let s = total.adding(d) else { throw overflow(open) }
                total = s
            }
            if summands.count > 2 || total.description == dims.map(\.description).joined(separator: " + ") { return .dim(total) }
        }
        guard summands.count == 2 else { throw error("a sum of more than two indices must be parenthesised in pairs", at: open) }
        return .add(summands[0], summands[1])
    }

    // MARK: values

    mutating func value() throws(KIRFail) -> KValue {
        try nested()
        defer { depth -= 1 }
        let t = peek
        switch t.kind {
        case .buffer:
            let b = try bufferReference()
            try expect("[", "after the buffer")
            let i = try index()
            try expect("]", "to close the index")
            return .load(b, i)
        case .int, .float:
            return .const(try number())
        case .punct where t.isPunct("-"):
            return .const(try number())
        case .ident where t.text == "inf" || t.text == "nan":
            return .const(try number())
        case .ident where peek(1).isPunct("(") || (peek(1).isPunct("{") && Self.takesAttributes(t.text) && attributesFollow()):
            return try call()
        case .ident:
            advance()
            guard kind(of: t.text) == .float else {
                let what = kind(of: t.text) == .index ? "an index, not a float local" : "not a float local in scope"
                throw error(.kirUnknownName, "'\(t.text)' is \(what)", at: t)
            }
            return .local(t.text)
        default:
            throw expected("a value")
        }
    }

    /// `0.5`, `-2.0`, `1e-07`, `inf`, `-inf`, `nan`.
    mutating func number() throws(KIRFail) -> Double {
        var sign = 1.0
        if peek.isPunct("-") { advance(); sign = -1 }
        let t = advance()
        switch t.kind {
        case .int, .float:
            guard let v = Double(t.text) else { throw error(.kirBadLiteral, "bad number '\(t.text)'", at: t) }
            return sign * v
        case .ident where t.text == "inf": return sign * .infinity
        case .ident where t.text == "nan": return .nan
        default: throw error("expected a number, found \(t.spelling)", at: t)
        }
    }

    /// A function of the op table (`relu(x)`, `leaky_relu{slope = 0.2}(x)`, `add(a, b)`, a derivative
    /// `relu_grad(g, x)`) or of the kernel IR (`max`, `min`, `f32`, `select`, `dropout_scale`).
    mutating func call() throws(KIRFail) -> KValue {
        let t = advance()
        switch t.text {
        case "max", "min":
            let (a, b) = try pair()
            return t.text == "max" ? .max(a, b) : .min(a, b)
        case "f32":
            try expect("(", "after 'f32'")
            let i = try index()
            try expect(")", "to close 'f32'")
            return .fromIndex(i)
        case "select":
            try expect("(", "after 'select'")
            let a = try index()
            try expect("==", "in select's condition")
            let b = try index()
            try expect(",", "after select's condition")
            let (x, y) = try pairTail()
            return .selectEqual(a, b, x, y)
        case "dropout_scale":
            let attributes = try attributeList()
            guard let p = attributes["p"]?.asDouble, let stream = attributes["stream"]?.asInt, attributes.keys.count == 2 else {
                throw error(.kirBadLiteral, "dropout_scale takes {p = <float>, stream = <int>}", at: t)
            }
            try expect("(", "after dropout_scale's attributes")
            let i = try index()
            try expect(")", "to close dropout_scale")
            return .dropoutScale(p: p, stream: stream, index: i)
        default:
            return try tableFunction(t)
        }
    }

    /// Whether the `{` after the current token opens attributes (`relu{slope = 0.2}(x)`) rather than
    /// a block after a local of the same name (`if y > exp {`): attributes hold no braces and are
    /// followed by `(`, and no statement starts with `(`.
    func attributesFollow() -> Bool {
        var i = pos + 2
        while i < tokens.count - 1, !tokens[i].isPunct("}"), !tokens[i].isPunct("{") { i += 1 }
        return tokens[i].isPunct("}") && tokens[min(i + 1, tokens.count - 1)].isPunct("(")
    }

    /// Functions written with attributes before their arguments; any other name before `{` is a
    /// local ending a branch's condition (`if x > y {`).
    static func takesAttributes(_ name: String) -> Bool {
        name == "dropout_scale" || UnaryOp(rawValue: name) != nil
            || (name.hasSuffix("_grad") && UnaryOp(rawValue: String(name.dropLast("_grad".count))) != nil)
    }

    mutating func tableFunction(_ t: KIRToken) throws(KIRFail) -> KValue {
        if let op = BinaryOp(rawValue: t.text) {
            let (a, b) = try pair()
            return .binary(op, a, b)
        }
        if let op = UnaryOp(rawValue: t.text) {
            let attributes = peek.isPunct("{") ? try attributeList() : Attributes()
            try expect("(", "after '\(t.text)'")
            let x = try value()
            try expect(")", "to close '\(t.text)'")
            return .unary(op, attributes, x)
        }
        if t.text.hasSuffix("_grad"), let op = UnaryOp(rawValue: String(t.text.dropLast("_grad".count))) {
            let attributes = peek.isPunct("{") ? try attributeList() : Attributes()
            let (g, x) = try pair()
            return .unaryGrad(op, attributes, g, x)
        }
        let known = ["max", "min", "f32", "select", "dropout_scale"] + BinaryOp.allCases.map(\.rawValue) + UnaryOp.allCases.map(\.rawValue)
        throw error(.kirUnknownName, "unknown function '\(t.text)' (known: \(known.joined(separator: ", ")), and <unary>_grad)", at: t)
    }

    mutating func pair() throws(KIRFail) -> (KValue, KValue) {
        try expect("(", "before the arguments")
        return try pairTail()
    }

    /// `a, b)`.
    mutating func pairTail() throws(KIRFail) -> (KValue, KValue) {
        let a = try value()
        try expect(",", "between the arguments")
        let b = try value()
        try expect(")", "after the arguments")
        return (a, b)
    }

    /// `{slope = 0.2, stream = 3}`: numbers and words, as the graph IR writes them.
    mutating func attributeList() throws(KIRFail) -> Attributes {
        try expect("{", "to open attributes")
        var values: [String: Attribute] = [:]
        while !peek.isPunct("}") {
            if !values.isEmpty { try expect(",", "between attributes") }
            let key = peek
            let k = try name("an attribute name")
            guard values[k] == nil else { throw error(.kirBadLiteral, "attribute '\(k)' is given twice", at: key) }
            try expect("=", "after attribute '\(k)'")
            if peek.kind == .int || (peek.isPunct("-") && peek(1).kind == .int) {
                values[k] = .int(try integer("an integer"))
            } else if peek.kind == .ident, peek.text != "inf", peek.text != "nan" {
                values[k] = .ident(advance().text)
            } else {
                values[k] = .float(try number())
            }
        }
        advance()
        return Attributes(values)
    }
}
