// The `.gir` parser's op lines: result names, operands, attribute dictionaries, types and dims.
import GNNDiagnostics

extension IRParserState {
    /// `%name = opcode %a, %b {k = v} : f32[N, F]`.
    mutating func parseOp() throws(IRRecover) {
        let resultToken = advance()
        let start = resultToken.start
        var op = Operation(name: nil, opcode: .input, type: .scalar)
        // Defined even when the line is bad, so later uses do not cascade into unknown-value errors.
        defer { define(resultToken, op, location: range(from: start)) }
        op.name = IRParserState.isTemporary(resultToken.text) ? nil : resultToken.text
        try expectPunct("=", "after the result name \(resultToken.spelling)")
        let opToken = try expectIdent("an op name")
        if let code = Opcode(name: opToken.text) {
            op.opcode = code
        } else {
            report(.irUnknownOp, "unknown op '\(opToken.text)'", at: range(opToken),
                   notes: IRParserState.suggestion(for: opToken.text))
        }
        op.operands = try parseOperands()
        if peek.isPunct("{") { op.attributes = try parseAttributes() }
        try expectPunct(":", "before the result type")
        op.type = try parseType()
    }

    static func isTemporary(_ spelling: String) -> Bool {
        spelling.utf8.first.map(IRLexer.isDigit) ?? false
    }

    mutating func define(_ result: IRToken, _ op: Operation, location: SourceRange) {
        var op = op
        op.location = location
        let id = ValueID(module.ops.count)
        module.ops.append(op)
        if let previous = defined[result.text] {
            report(.irDuplicateValue, "value %\(result.text) is defined twice", at: range(result),
                   notes: [Note("first defined here", at: previous.range)])
            return
        }
        defined[result.text] = (id, range(result))
    }

    mutating func parseOperands() throws(IRRecover) -> [ValueID] {
        guard peek.kind == .value else { return [] }
        var operands = [try parseOperand()]
        while peek.isPunct(",") {
            advance()
            operands.append(try parseOperand())
        }
        return operands
    }

    /// A use of a value; one not defined on an earlier line is an error (SSA order).
    mutating func parseOperand() throws(IRRecover) -> ValueID {
        guard peek.kind == .value else { throw fail("expected a value ('%name')") }
        let t = advance()
        guard let def = defined[t.text] else {
            report(.irUnknownValue, "use of undefined value %\(t.text) (values must be defined before they are used)",
                   at: range(t))
            return ValueID(-1)
        }
        return def.id
    }

    /// A close op name for a typo, found by edit distance over the fixed op table.
    static func suggestion(for name: String) -> [Note] {
        // Op names are short; a long word is no typo of one, and comparing it would cost time.
        guard name.utf8.count <= 40 else { return [] }
        let scored = Opcode.all.map { ($0.description, editDistance($0.description, name)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return [] }
        return [Note("did you mean '\(best.0)'?")]
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var next = [i + 1]
            for (j, y) in b.enumerated() {
                next.append(min(row[j + 1] + 1, next[j] + 1, row[j] + (x == y ? 0 : 1)))
            }
            row = next
        }
        return row[b.count]
    }

    // MARK: attributes

    /// `{key = value, ...}`; `{}` is allowed and empty. A repeated key is reported, last one wins.
    /// Collected in a dictionary (looked up, never iterated) and sorted once at the end: inserting
    /// into `Attributes` one by one re-sorts each time, quadratic on a hostile thousand-key line.
    mutating func parseAttributes() throws(IRRecover) -> Attributes {
        try expectPunct("{", "to open attributes")
        var values: [String: Attribute] = [:]
        if peek.isPunct("}") { advance(); return Attributes() }
        while true {
            let key = try expectIdent("an attribute name")
            try expectPunct("=", "after attribute '\(key.text)'")
            let value = try parseAttributeValue(depth: 0)
            if values[key.text] != nil {
                report(.irBadAttribute, "attribute '\(key.text)' is given twice", at: range(key))
            }
            values[key.text] = value
            if peek.isPunct(",") { advance(); continue }
            try expectPunct("}", "to close attributes")
            return Attributes(values)
        }
    }

    mutating func parseAttributeValue(depth: Int) throws(IRRecover) -> Attribute {
        guard depth < IRParserState.maxNesting else { throw fail("attribute value nested too deeply") }
        let t = peek
        switch t.kind {
        case .string: advance(); return .string(t.text)
        case .int: advance(); return try integer(t.text, t)
        case .float: advance(); return .float(Double(t.text) ?? .nan)
        case .ident:
            advance()
            if t.text == "inf" { return .float(.infinity) }
            if t.text == "nan" { return .float(.nan) }
            return .ident(t.text)
        case .punct where t.isPunct("-"): return try negativeNumber()
        case .punct where t.isPunct("<"): return .dims(try parseDimList())
        case .punct where t.isPunct("["): return .list(try parseList(depth: depth))
        default: throw fail("expected an attribute value")
        }
    }

    /// `-3`, `-0.5`, `-inf`. The sign joins the digits before conversion so that Int.min parses.
    mutating func negativeNumber() throws(IRRecover) -> Attribute {
        advance()
        let t = peek
        switch t.kind {
        case .int: advance(); return try integer("-" + t.text, t)
        case .float: advance(); return .float(-(Double(t.text) ?? .nan))
        case .ident where t.text == "inf": advance(); return .float(-.infinity)
        case .ident where t.text == "nan": advance(); return .float(.nan)
        default: throw fail("expected a number after '-'")
        }
    }

    mutating func integer(_ text: String, _ t: IRToken) throws(IRRecover) -> Attribute {
        guard let v = Int(text) else {
            report(.irBadAttribute, "integer \(text) does not fit in 64 bits", at: range(t))
            throw IRRecover()
        }
        return .int(v)
    }

    mutating func parseList(depth: Int) throws(IRRecover) -> [Attribute] {
        advance()
        var items: [Attribute] = []
        if peek.isPunct("]") { advance(); return items }
        while true {
            items.append(try parseAttributeValue(depth: depth + 1))
            if peek.isPunct(",") { advance(); continue }
            try expectPunct("]", "to close the list")
            return items
        }
    }

    /// `<8, F, H*FO, 2*F + 1>`; `<>` is the empty list.
    mutating func parseDimList() throws(IRRecover) -> [Dim] {
        advance()
        var dims: [Dim] = []
        if peek.isPunct(">") { advance(); return dims }
        while true {
            dims.append(try parseDim())
            if peek.isPunct(",") { advance(); continue }
            try expectPunct(">", "to close the dimension list")
            return dims
        }
    }

    // MARK: types and dims

    /// `f32[N, 16]`, `f32[E, 8, 1]`, `f32[F, 16]`, `f32[]`. A leading dim that is exactly `N`
    /// or `E` is the domain axis; `N` or `E` anywhere else is left for the verifier to reject.
    mutating func parseType() throws(IRRecover) -> TensorType {
        let dtypeToken = try expectIdent("an element type (f32, f16, bf16, f64, i32, i64)")
        guard let dtype = DType(rawValue: dtypeToken.text) else {
            let known = DType.allCases.map(\.rawValue).joined(separator: ", ")
            report(.irSyntax, "unknown element type '\(dtypeToken.text)' (expected one of \(known))", at: range(dtypeToken))
            throw IRRecover()
        }
        try expectPunct("[", "after the element type")
        var dims: [Dim] = []
        if !peek.isPunct("]") {
            dims.append(try parseDim())
            while peek.isPunct(",") {
                advance()
                dims.append(try parseDim())
            }
        }
        try expectPunct("]", "to close the type")
        var domain = Domain.global
        if let first = dims.first, let name = first.symbolName, let d = Domain(axisName: name) {
            domain = d
            dims.removeFirst()
        }
        return TensorType(dtype, domain, dims)
    }

    /// Bounds the terms of a sum and the factors of a product: canonicalising is quadratic in
    /// them, and no real dimension comes close, so hostile input cannot make parsing slow.
    static let maxDimParts = 64

    /// A polynomial: products of integers and symbols, joined by `+` and `-`.
    mutating func parseDim() throws(IRRecover) -> Dim {
        let start = peek
        var total = try parseDimTerm()
        var terms = 1
        while peek.isPunct("+") || peek.isPunct("-") {
            terms += 1
            guard terms <= IRParserState.maxDimParts else { throw fail("dimension has more than \(IRParserState.maxDimParts) terms") }
            let negate = advance().isPunct("-")
            var term = try parseDimTerm()
            if negate { term = try checked(term.multiplying(Dim(-1)), start) }
            total = try checked(total.adding(term), start)
        }
        return total
    }

    mutating func parseDimTerm() throws(IRRecover) -> Dim {
        let start = peek
        var product = try parseDimFactor()
        var factors = 1
        while peek.isPunct("*") {
            factors += 1
            guard factors <= IRParserState.maxDimParts else { throw fail("dimension term has more than \(IRParserState.maxDimParts) factors") }
            advance()
            product = try checked(product.multiplying(try parseDimFactor()), start)
        }
        return product
    }

    /// An integer, a symbol, or either with a leading `-` (how `F + -1` prints).
    mutating func parseDimFactor() throws(IRRecover) -> Dim {
        var sign = ""
        if peek.isPunct("-") { advance(); sign = "-" }
        let t = peek
        switch t.kind {
        case .int:
            advance()
            guard let v = Int(sign + t.text) else {
                report(.irSyntax, "dimension \(sign)\(t.text) does not fit in 64 bits", at: range(t))
                throw IRRecover()
            }
            return Dim(v)
        case .ident:
            advance()
            return sign.isEmpty ? .sym(t.text) : try checked(Dim.sym(t.text).multiplying(Dim(-1)), t)
        default:
            throw fail("expected a dimension (a number or a symbol)")
        }
    }

    mutating func checked(_ d: Dim?, _ from: IRToken) throws(IRRecover) -> Dim {
        guard let d else {
            report(.irSyntax, "dimension overflows 64-bit arithmetic", at: range(from: from.start))
            throw IRRecover()
        }
        return d
    }
}
