// Expression grammar of .gnn: precedence climbing over + - / * @, unary minus, postfix and blocks.
import GNNDiagnostics

extension Parser {
    /// expr := term (('+' | '-') term)*
    mutating func parseExpr() throws(ParseAbort) -> Expr {
        try enter()
        // Each operator of a chain nests the (left-leaning) tree one level deeper, and checking and
        // printing recurse over that depth, so chain links count against the nesting limit too.
        var levels = 1
        defer { depth -= levels }
        let start = current.start
        var lhs = try parseTerm()
        while true {
            guard case .punct(let p) = current.kind, p == .plus || p == .minus else { return lhs }
            let opToken = advance()
            try enter()
            levels += 1
            let rhs = try parseTerm()
            lhs = .binary(p == .plus ? .add : .sub, lhs, rhs, opRange: range(of: opToken), range: range(from: start))
        }
    }

    /// term := unary (('*' | '/' | '@') unary)*
    mutating func parseTerm() throws(ParseAbort) -> Expr {
        var levels = 0
        defer { depth -= levels }
        let start = current.start
        var lhs = try parseUnary()
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .punct(.star): op = .mul
            case .punct(.slash): op = .div
            case .punct(.at): op = .matmul
            default: return lhs
            }
            let opToken = advance()
            try enter()
            levels += 1
            let rhs = try parseUnary()
            lhs = .binary(op, lhs, rhs, opRange: range(of: opToken), range: range(from: start))
        }
    }

    mutating func parseUnary() throws(ParseAbort) -> Expr {
        if isPunct(.minus) {
            let start = advance().start
            try enter()
            defer { depth -= 1 }
            let operand = try parseUnary()
            return .negate(operand, range(from: start))
        }
        return try parsePostfix(try parsePrimary())
    }

    /// Postfix `[src]` and `.name(args)`; a `[` on a new line does not continue the expression.
    mutating func parsePostfix(_ base: Expr) throws(ParseAbort) -> Expr {
        var e = base
        let start = base.range.start.offset
        var levels = 0
        defer { depth -= levels }
        while true {
            if isPunct(.lbracket) && !current.atLineStart || isPunct(.dot) {
                // Each postfix wraps the tree one level deeper (see parseExpr).
                try enter()
                levels += 1
            }
            if isPunct(.lbracket), !current.atLineStart {
                _ = advance()
                let which = try expectIdentifier("src, dst or edge")
                _ = try expect(.rbracket)
                e = .index(e, which, range: range(from: start))
            } else if isPunct(.dot) {
                _ = advance()
                let method = try expectIdentifier("a method name such as view")
                _ = try expect(.lparen, "'(' after .\(method.name)")
                let args = try parseCallArgs()
                e = .call(callee: method, dimArgs: nil, args: [CallArg(label: nil, value: e)] + args, instance: nil,
                          range: range(from: start))
            } else {
                return e
            }
        }
    }

    mutating func parsePrimary() throws(ParseAbort) -> Expr {
        let t = current
        switch t.kind {
        case .integer(let v): _ = advance(); return .integer(v, range(of: t))
        case .float(let v): _ = advance(); return .float(v, range(of: t))
        case .identifier(let name) where (name == "reduce" || name == "readout") && peek().kind == .punct(.lparen):
            return try parseReduce(name)
        case .identifier(let name): return try parseNameOrCall(Ident(name: name, range: range(of: advance())))
        case .punct(.lparen):
            _ = advance()
            let inner = try parseExpr()
            _ = try expect(.rparen, "')'")
            return inner
        case .punct(.lbracket):
            _ = advance()
            var items: [Expr] = []
            if !isPunct(.rbracket) {
                repeat { items.append(try parseExpr()) } while consume(.comma)
            }
            _ = try expect(.rbracket, "',' or ']'")
            return .list(items, range(from: t.start))
        case .keyword(.edgewise):
            _ = advance()
            return try parseBlockExpr(.edgewise, keyword: range(of: t))
        case .keyword(.aggregate):
            _ = advance()
            _ = try expect(.lparen, "'(' and a reduction (sum, mean, max or min)")
            let reduction = try expectIdentifier("a reduction (sum, mean, max or min)")
            _ = try expect(.rparen)
            return try parseBlockExpr(.aggregate(reduction), keyword: range(of: t))
        default:
            throw fail(.expectedExpression(found: t, at: range(of: t)))
        }
    }

    /// `name`, `f(args)`, `layer<dims>(args)`, optionally followed by `as instance_name` or `as name[index]`.
    mutating func parseNameOrCall(_ name: Ident) throws(ParseAbort) -> Expr {
        var dimArgs: [DimExpr]?
        if isPunct(.less) {
            _ = advance()
            var dims: [DimExpr] = []
            repeat { dims.append(try parseDim()) } while consume(.comma)
            _ = try expect(.greater, "',' or '>'")
            dimArgs = dims
            guard isPunct(.lparen) else { throw fail(.expected("'(' and the layer's arguments", found: current, at: range(of: current))) }
        }
        guard isPunct(.lparen), !current.atLineStart || dimArgs != nil else { return .name(name) }
        _ = advance()
        let args = try parseCallArgs()
        var instance: InstanceName?
        if isKeyword(.as) {
            _ = advance()
            let id = try expectIdentifier("an instance name after 'as'")
            var index: Expr?
            if isPunct(.lbracket), !current.atLineStart {
                _ = advance()
                index = try parseExpr()
                _ = try expect(.rbracket, "']' after the instance index")
            }
            instance = InstanceName(name: id, index: index, range: range(from: id.range.start.offset))
        }
        return .call(callee: name, dimArgs: dimArgs, args: args, instance: instance, range: range(from: name.range.start.offset))
    }

    /// Arguments after an already consumed `(`: positional or `label = value`, then `)`.
    mutating func parseCallArgs() throws(ParseAbort) -> [CallArg] {
        var args: [CallArg] = []
        if !isPunct(.rparen) {
            repeat {
                var label: Ident?
                if case .identifier(let n) = current.kind, peek().kind == .punct(.equal) {
                    label = Ident(name: n, range: range(of: advance()))
                    _ = advance()
                }
                args.append(CallArg(label: label, value: try parseExpr()))
            } while consume(.comma)
        }
        _ = try expect(.rparen, "',' or ')'")
        return args
    }

    /// `reduce(r) { e }` and `readout(r) { e }`; `reduce` and `readout` are names everywhere else,
    /// so `reduce(x)` without a block reads as a call (and is an unknown function when checked).
    mutating func parseReduce(_ name: String) throws(ParseAbort) -> Expr {
        let t = advance()
        let keyword = range(of: t)
        _ = advance()
        let reduction = try expectIdentifier("a reduction (sum, mean, max or min)")
        _ = try expect(.rparen)
        guard isPunct(.lbrace) else {
            return .call(callee: Ident(name: name, range: keyword), dimArgs: nil, args: [CallArg(label: nil, value: .name(reduction))],
                         instance: nil, range: range(from: keyword.start.offset))
        }
        return try parseBlockExpr(name == "readout" ? .readout(reduction) : .reduce(reduction), keyword: keyword)
    }

    mutating func parseBlockExpr(_ kind: BlockKind, keyword: SourceRange) throws(ParseAbort) -> Expr {
        let open = try expect(.lbrace, "'{' and the per-edge expression")
        let body = try parseExpr()
        guard isPunct(.rbrace) else {
            if atEOF || isTopLevelStart {
                report(.unterminatedBlock(open: range(of: open), end: range(of: current)))
                throw ParseAbort()
            }
            throw fail(.expected("'}' after the per-edge expression", found: current, at: range(of: current)))
        }
        _ = advance()
        return .block(kind, body, keyword: keyword, range: range(from: keyword.start.offset))
    }
}
