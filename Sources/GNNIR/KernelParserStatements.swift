// The `.kir` parser's statements: loops, locals, stores, branches, blocks and lane statements, each
// in the form KernelPrinter writes it; names are declared in the block that introduces them.
import GNNDiagnostics

extension KIRParserState {
    mutating func statement() throws(KIRFail) -> KStmt {
        try nested()
        defer { depth -= 1 }
        let t = peek
        if t.kind == .buffer { return try store() }
        if t.isPunct("{") { return .block(try body()) }
        guard t.kind == .ident else { throw expected("a statement") }
        if peek(1).isPunct("=") { return try assignment() }
        switch t.text {
        case "parallel":
            advance()
            guard peek.isIdent("for") else { throw expected("'for' after 'parallel'") }
            return try loop(parallel: true)
        case "for": return try loop(parallel: false)
        case "let": return peek(1).isPunct("(") ? try loadVector() : try letIndex()
        case "var": return try letValue()
        case "if": return try branch()
        case "lanes":
            switch peek(1).text {
            case "for": advance(); return try laneLoop()
            case "reduce": advance(); advance(); return try reduction(slots: false)
            case "sync": advance(); advance(); return .laneSync
            default: advance(); throw expected("'for', 'reduce' or 'sync' after 'lanes'")
            }
        case "slots":
            advance()
            try keyword("reduce")
            return try reduction(slots: true)
        case "lane":
            advance()
            let lane = peek
            guard try integer("a lane") == 0 else { throw error("only lane 0 runs statements for its group", at: lane) }
            return .laneZero(try body())
        default:
            throw expected("a statement (for, let, var, if, an assignment, a store, a block or a lane statement)")
        }
    }

    /// `{ ... }` with `declared` in scope inside it.
    mutating func body(declaring declared: [(String, Kind)] = []) throws(KIRFail) -> [KStmt] {
        try expect("{", "to open a block")
        scopes.append([:])
        defer { scopes.removeLast() }
        for (n, k) in declared { declare(n, k) }
        var out: [KStmt] = []
        while !peek.isPunct("}") {
            guard peek.kind != .eof else { throw expected("'}' to close the block") }
            out.append(try statement())
        }
        advance()
        return out
    }

    /// `for v in a ..< b`, the part every loop shares.
    mutating func range() throws(KIRFail) -> (String, KIndex, KIndex) {
        try keyword("for")
        let v = try name("a loop variable")
        try keyword("in")
        let a = try index()
        try expect("..<", "between the loop's bounds")
        return (v, a, try index())
    }

    mutating func loop(parallel: Bool) throws(KIRFail) -> KStmt {
        let (v, a, b) = try range()
        return .loop(variable: v, start: a, end: b, parallel: parallel, body: try body(declaring: [(v, .index)]))
    }

    mutating func laneLoop() throws(KIRFail) -> KStmt {
        let (v, a, b) = try range()
        return .laneLoop(variable: v, start: a, end: b, body: try body(declaring: [(v, .index)]))
    }

    /// `acc sum= p, m max= q for k in a ..< b { ... }` after `lanes reduce` or `slots reduce`.
    mutating func reduction(slots: Bool) throws(KIRFail) -> KStmt {
        var partials: [LanePartial] = []
        // A partial is `into combine= name`; the loop's `for v in` never has `=` third.
        if peek.kind == .ident, peek(1).kind == .ident, peek(2).isPunct("=") {
            repeat {
                if !partials.isEmpty { advance() }
                let into = try name("the local a partial folds into")
                let combineToken = peek
                guard let combine = LanePartial.Combine(rawValue: try name("a combine ('sum' or 'max')")) else {
                    throw error("unknown combine '\(combineToken.text)' (expected sum or max)", at: combineToken)
                }
                try expect("=", "after '\(combine.rawValue)'")
                partials.append(LanePartial(name: try name("a partial's name"), into: into, combine: combine))
            } while peek.isPunct(",")
        }
        let (v, a, b) = try range()
        let stmts = try body(declaring: [(v, .index)] + partials.map { ($0.name, .float) })
        return slots ? .slotReduce(variable: v, start: a, end: b, partials: partials, body: stmts)
            : .laneReduce(variable: v, start: a, end: b, partials: partials, body: stmts)
    }

    /// `let e = #3[p]`.
    mutating func letIndex() throws(KIRFail) -> KStmt {
        advance()
        let n = try name("a local's name")
        try expect("=", "after '\(n)'")
        let i = try index()
        declare(n, .index)
        return .letIndex(n, i)
    }

    /// `var acc: f32 = 0.0`.
    mutating func letValue() throws(KIRFail) -> KStmt {
        advance()
        let n = try name("a local's name")
        try expect(":", "after '\(n)'")
        try keyword("f32")
        try expect("=", "after the local's type")
        let x = try value()
        declare(n, .float)
        return .letValue(n, x)
    }

    /// `let (a, b, c, d) = #3[i ..+ 4]`.
    mutating func loadVector() throws(KIRFail) -> KStmt {
        advance()
        advance()
        var names = [try name("a local's name")]
        while peek.isPunct(",") {
            advance()
            names.append(try name("a local's name"))
        }
        try expect(")", "to close the names")
        try expect("=", "after the names")
        let (b, i, count) = try vectorAccess()
        guard count == names.count else { throw error("\(names.count) names for a vector of \(count)", at: tokens[pos - 2]) }
        for n in names { declare(n, .float) }
        return .loadVector(names: names, buffer: b, index: i)
    }

    /// `#3[i ..+ 4]`: the buffer, the first index and the count.
    mutating func vectorAccess() throws(KIRFail) -> (Int, KIndex, Int) {
        let b = try bufferReference()
        try expect("[", "after the buffer")
        let i = try index()
        try expect("..+", "before the vector's length")
        let count = try integer("a vector length")
        try expect("]", "to close the vector")
        return (b, i, count)
    }

    /// `#3[i] = x` or `#3[i ..+ 4] = (a, b, c, d)`.
    mutating func store() throws(KIRFail) -> KStmt {
        let save = pos
        let b = try bufferReference()
        try expect("[", "after the buffer")
        let i = try index()
        if peek.isPunct("..+") {
            pos = save
            let (b, i, count) = try vectorAccess()
            try expect("=", "after the vector")
            try expect("(", "to open the vector's values")
            var xs = [try value()]
            while peek.isPunct(",") {
                advance()
                xs.append(try value())
            }
            try expect(")", "to close the vector's values")
            guard xs.count == count else { throw error("\(xs.count) values for a vector of \(count)", at: tokens[pos - 1]) }
            return .storeVector(buffer: b, index: i, values: xs)
        }
        try expect("]", "to close the index")
        try expect("=", "after the store's target")
        return .store(b, i, try value())
    }

    /// `n = x`, an index or a float by what `n` was declared as.
    mutating func assignment() throws(KIRFail) -> KStmt {
        let t = advance()
        advance()
        switch kind(of: t.text) {
        case .index: return .assignIndex(t.text, try index())
        case .float: return .assign(t.text, try value())
        case nil: throw error(.kirUnknownName, "'\(t.text)' is assigned but is not a local in scope", at: t)
        }
    }

    /// `if i == j {`, `if i < j {` on indices; `if x > y {`, `if x != 0 {` on floats.
    mutating func branch() throws(KIRFail) -> KStmt {
        advance()
        let save = pos, savedDepth = depth
        if let a = try? index(), peek.isPunct("==") || peek.isPunct("<") {
            let less = advance().isPunct("<")
            let b = try index()
            let stmts = try body()
            return less ? .ifLess(a, b, stmts) : .ifEqual(a, b, stmts)
        }
        pos = save
        depth = savedDepth
        let a = try value()
        if peek.isPunct(">") {
            advance()
            let b = try value()
            return .ifGreater(a, b, try body())
        }
        guard peek.isPunct("!=") else { throw expected("'==' or '<' between indices, or '>' or '!= 0' after a float") }
        advance()
        let zero = peek
        guard (zero.kind == .int || zero.kind == .float), Double(zero.text) == 0 else { throw error("expected '0' after '!='", at: zero) }
        advance()
        return .ifNonzero(a, try body())
    }
}
