// Recursive-descent parser for .gnn: declarations and statements, recovering after each error.
import GNNDiagnostics

extension Diagnostic {
    static func expected(_ what: String, found: Token, at r: SourceRange) -> Diagnostic {
        Diagnostic(.expectedToken, "expected \(what), found \(found.quoted)", at: r)
    }
    static func expectedExpression(found: Token, at r: SourceRange) -> Diagnostic {
        Diagnostic(.expectedExpression, "expected an expression, found \(found.quoted)", at: r)
    }
    static func expectedDeclaration(found: Token, at r: SourceRange) -> Diagnostic {
        Diagnostic(.expectedDeclaration, "expected 'layer', 'model', 'train' or 'const' at top level, found \(found.quoted)", at: r)
    }
    static func expectedStatement(found: Token, at r: SourceRange) -> Diagnostic {
        Diagnostic(.expectedStatement, "expected a statement (param, let, var, return, repeat, graph or an assignment), found \(found.quoted)", at: r)
    }
    static func unterminatedBlock(open: SourceRange, end: SourceRange) -> Diagnostic {
        Diagnostic(.unterminatedBlock, "unterminated block: missing '}'", at: open,
                   notes: [Note("the block is still open here", at: end)])
    }
    static func expectedType(found: Token, at r: SourceRange) -> Diagnostic {
        Diagnostic(.expectedType, "expected a type such as node[F], edge[H, 1] or [FI, FO], found \(found.quoted)", at: r)
    }
    static func nestingTooDeep(at r: SourceRange) -> Diagnostic {
        Diagnostic(.nestingTooDeep, "expression nested too deeply (more than \(Parser.maxDepth) levels)", at: r)
    }
}

/// Thrown after a diagnostic has been reported, to unwind to the nearest recovery point.
struct ParseAbort: Error {}

public struct Parser {
    static let maxDepth = 200
    static let topLevelKeywords: Set<Keyword> = [.layer, .model, .train, .const]
    /// Keywords that begin a statement: a line starting with one ends a broken statement even when
    /// the broken statement left a bracket open.
    static let statementKeywords: Set<TokenKind> = [.keyword(.param), .keyword(.let), .keyword(.var), .keyword(.return),
                                                    .keyword(.repeat), .keyword(.graph)]

    let file: SourceFile
    var tokens: [Token]
    var index = 0
    var depth = 0
    public internal(set) var diagnostics: [Diagnostic] = []
    let errorLimit: ErrorLimit
    /// Where the lexer's errors start, in order: an error of the parser counts those before it
    /// toward the limit, so the errors kept are the first ones in the file.
    let lexErrorOffsets: [Int]
    /// The lexer stopped at the error limit: the end of file is where it stopped, not the file's end.
    let lexerStopped: Bool
    var parseErrors = 0
    /// Set once the errors exceed the limit: the parser skips to the end and reports nothing more.
    public private(set) var stopped = false

    public init(_ file: SourceFile, errorLimit: ErrorLimit = .none) {
        self.file = file
        self.errorLimit = errorLimit
        let (tokens, lexDiagnostics, lexerStopped) = Lexer.tokenizeStopping(file, errorLimit: errorLimit)
        self.tokens = tokens
        self.diagnostics = lexDiagnostics
        self.lexErrorOffsets = lexDiagnostics.map { $0.range?.start.offset ?? 0 }
        self.lexerStopped = lexerStopped
    }

    /// Parses the whole file, or up to where the errors exceed `errorLimit`; every error found is in
    /// `diagnostics` (in the order found), and the tree holds what was readable.
    public static func parse(_ file: SourceFile, errorLimit: ErrorLimit = .none) -> (SpecFile, [Diagnostic]) {
        var p = Parser(file, errorLimit: errorLimit)
        let spec = p.parseFile()
        return (spec, p.diagnostics)
    }

    // MARK: token access

    var current: Token { tokens[index] }
    var previousEnd: Int { index > 0 ? tokens[index - 1].end : 0 }
    var atEOF: Bool { current.kind == .eof }

    func peek(_ k: Int = 1) -> Token { tokens[min(index + k, tokens.count - 1)] }

    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    func range(of t: Token) -> SourceRange { file.range(t.start, t.end) }
    func range(from start: Int) -> SourceRange { file.range(start, max(start, previousEnd)) }

    func isPunct(_ p: Punct) -> Bool { current.kind == .punct(p) }
    func isKeyword(_ k: Keyword) -> Bool { current.kind == .keyword(k) }

    mutating func consume(_ p: Punct) -> Bool {
        if isPunct(p) { _ = advance(); return true }
        return false
    }

    mutating func fail(_ d: Diagnostic) -> ParseAbort {
        // A token the lexer already flagged needs no second message.
        if current.kind != .invalid { report(d) }
        return ParseAbort()
    }

    /// Records an error. Once the errors (the parser's and the lexer's before this one) exceed the
    /// limit, the parser jumps to the end of file, so every loop ends and nothing more is reported.
    mutating func report(_ d: Diagnostic) {
        guard !stopped else { return }
        // At the lexer's stop, "found end of file" and "missing '}'" are about the cut, not the file.
        if lexerStopped && atEOF { stop(); return }
        diagnostics.append(d)
        guard d.severity == .error else { return }
        parseErrors += 1
        let offset = d.range?.start.offset ?? Int.max
        var lo = 0, hi = lexErrorOffsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lexErrorOffsets[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        if errorLimit.isExceeded(by: parseErrors + lo) { stop() }
    }

    mutating func stop() {
        stopped = true
        index = tokens.count - 1
    }

    mutating func expect(_ p: Punct, _ what: String? = nil) throws(ParseAbort) -> Token {
        guard isPunct(p) else { throw fail(.expected(what ?? "'\(p.rawValue)'", found: current, at: range(of: current))) }
        return advance()
    }

    mutating func expectIdentifier(_ what: String) throws(ParseAbort) -> Ident {
        guard case .identifier(let name) = current.kind else {
            throw fail(.expected(what, found: current, at: range(of: current)))
        }
        let t = advance()
        return Ident(name: name, range: range(of: t))
    }

    // MARK: recovery

    /// Skips to the next token that can start a top-level declaration.
    mutating func syncTopLevel() {
        while !atEOF {
            if case .keyword(let k) = current.kind, Parser.topLevelKeywords.contains(k), current.atLineStart { return }
            _ = advance()
        }
    }

    /// Skips the rest of a broken statement that began at token `first`: up to the next line at the
    /// statement's bracket depth (or the next line that starts with a statement keyword), or a `}`
    /// that closes the enclosing block (left for the block to consume). Brackets the statement
    /// opened before the error count, so its own `)`, `]` and `}` are skipped with it instead of
    /// closing the enclosing block; braces are counted apart, so that a `(` left open does not make
    /// the enclosing block's `}` look like the statement's own.
    mutating func syncStatement(from first: Int) {
        if stopped { return }
        var braces = 0, brackets = 0
        func count(_ t: Token) {
            switch t.kind {
            case .punct(.lbrace): braces += 1
            case .punct(.rbrace): braces -= 1
            case .punct(.lparen), .punct(.lbracket): brackets += 1
            case .punct(.rparen), .punct(.rbracket): brackets -= 1
            default: break
            }
        }
        for t in tokens[first..<index] { count(t) }
        while !atEOF {
            let t = current
            if index > first, t.atLineStart, braces <= 0 && brackets <= 0 || Parser.statementKeywords.contains(t.kind) { return }
            if case .keyword(let k) = t.kind, Parser.topLevelKeywords.contains(k), t.atLineStart { return }
            if t.kind == .punct(.rbrace), braces <= 0 { return }
            count(t)
            _ = advance()
        }
    }

    // MARK: declarations

    mutating func parseFile() -> SpecFile {
        var spec = SpecFile(decls: [])
        while !atEOF {
            let before = index
            do throws(ParseAbort) {
                spec.decls.append(try parseDecl())
            } catch {
                noteUnparsed(from: before, in: &spec)
                syncTopLevel()
                if index == before { _ = advance() }
            }
        }
        return spec
    }

    /// Remembers what a declaration that failed to parse was, so checking does not report it missing.
    func noteUnparsed(from start: Int, in spec: inout SpecFile) {
        let kind = tokens[start].kind
        if kind == .keyword(.model) { spec.hasUnparsedModel = true }
        guard kind == .keyword(.layer) || kind == .keyword(.const),
              case .identifier(let name) = tokens[min(start + 1, tokens.count - 1)].kind else { return }
        spec.unparsedNames.insert(name)
    }

    mutating func parseDecl() throws(ParseAbort) -> Decl {
        switch current.kind {
        case .keyword(.const): return .const(try parseConst())
        case .keyword(.layer): return .layer(try parseFunction())
        case .keyword(.model): return .model(try parseFunction())
        case .keyword(.train): return .train(try parseTrain())
        default: throw fail(.expectedDeclaration(found: current, at: range(of: current)))
        }
    }

    mutating func parseConst() throws(ParseAbort) -> ConstDecl {
        let start = advance().start
        let name = try expectIdentifier("a constant name")
        _ = try expect(.equal)
        let value = try parseExpr()
        return ConstDecl(name: name, value: value, range: range(from: start))
    }

    mutating func parseFunction() throws(ParseAbort) -> FunctionDecl {
        let keyword = advance()
        let what = keyword.kind == .keyword(.model) ? "a model name" : "a layer name"
        let name = try expectIdentifier(what)
        var dimParams: [Ident] = []
        if consume(.less) {
            repeat { dimParams.append(try expectIdentifier("a dimension parameter name")) } while consume(.comma)
            _ = try expect(.greater, "',' or '>'")
        }
        _ = try expect(.lparen)
        var args: [ArgDecl] = []
        if !isPunct(.rparen) {
            repeat {
                let argName = try expectIdentifier("an argument name")
                _ = try expect(.colon)
                if case .identifier("number") = current.kind, peek().kind != .punct(.lbracket) {
                    // `beta: number` or `beta: number = 0.5`: a number argument.
                    let word = advance()
                    let type = TypeExpr(domain: Ident(name: "number", range: range(of: word)), dims: [], range: range(of: word))
                    let defaultValue: Expr? = consume(.equal) ? try parseExpr() : nil
                    args.append(ArgDecl(name: argName, type: type, isNumber: true, defaultValue: defaultValue))
                } else {
                    args.append(ArgDecl(name: argName, type: try parseType()))
                }
            } while consume(.comma)
        }
        _ = try expect(.rparen, "',' or ')'")
        _ = try expect(.arrow, "'->' and a return type")
        let returnType = try parseType()
        guard isPunct(.lbrace) else { throw fail(.expected("'{'", found: current, at: range(of: current))) }
        let (body, open, close) = parseBlockBody()
        return FunctionDecl(name: name, dimParams: dimParams, args: args, returnType: returnType, body: body,
                            bodyOpen: open, bodyClose: close, range: range(from: keyword.start))
    }

    mutating func parseTrain() throws(ParseAbort) -> TrainDecl {
        let start = advance().start
        let settings = try parseSettings()
        return TrainDecl(settings: settings, range: range(from: start))
    }

    /// `{ key = value key = value }`; commas and newlines between settings are both fine.
    mutating func parseSettings() throws(ParseAbort) -> [Setting] {
        let open = try expect(.lbrace)
        var settings: [Setting] = []
        while !consume(.rbrace) {
            if atEOF || isTopLevelStart {
                report(.unterminatedBlock(open: range(of: open), end: range(of: current)))
                return settings
            }
            let before = index
            do throws(ParseAbort) {
                let key = try expectIdentifier("a setting name")
                _ = try expect(.equal, "'=' after '\(key.name)'")
                settings.append(Setting(key: key, value: try parseExpr()))
                _ = consume(.comma)
            } catch {
                syncStatement(from: before)
            }
        }
        return settings
    }

    var isTopLevelStart: Bool {
        if case .keyword(let k) = current.kind, Parser.topLevelKeywords.contains(k), current.atLineStart { return true }
        return false
    }

    /// Parses `{ stmt* }`; an unterminated block is reported at its `{` and what was read is kept.
    mutating func parseBlockBody() -> ([Stmt], SourceRange, SourceRange?) {
        let open = advance()
        var body: [Stmt] = []
        while true {
            if isPunct(.rbrace) { let close = advance(); return (body, range(of: open), range(of: close)) }
            if atEOF || isTopLevelStart {
                report(.unterminatedBlock(open: range(of: open), end: range(of: current)))
                return (body, range(of: open), nil)
            }
            let before = index
            do throws(ParseAbort) {
                body.append(try parseStatement())
            } catch {
                syncStatement(from: before)
                if let placeholder = placeholderStatement(from: before) { body.append(placeholder) }
                if index == before { _ = advance() }
            }
        }
    }

    // MARK: statements

    /// A statement that failed to parse still declares what it can see, so that checking does not
    /// cascade: a broken `return` still returns, a broken `let x = ...` still defines `x`.
    func placeholderStatement(from start: Int) -> Stmt? {
        let first = tokens[start]
        let r = file.range(first.start, max(first.start, previousEnd))
        switch first.kind {
        case .keyword(.return): return .ret(.invalid(r), range: r)
        case .keyword(.let), .keyword(.var), .keyword(.param):
            guard case .identifier(let name) = tokens[min(start + 1, tokens.count - 1)].kind else { return nil }
            let nameToken = tokens[start + 1]
            return .binding(name: Ident(name: name, range: range(of: nameToken)), value: .invalid(r),
                            mutable: first.kind == .keyword(.var), range: r)
        default: return nil
        }
    }

    mutating func parseStatement() throws(ParseAbort) -> Stmt {
        let start = current.start
        switch current.kind {
        case .keyword(.param): return .param(try parseParam())
        case .keyword(.let), .keyword(.var):
            let mutable = advance().kind == .keyword(.var)
            let name = try expectIdentifier("a name")
            _ = try expect(.equal)
            let value = try parseExpr()
            return .binding(name: name, value: value, mutable: mutable, range: range(from: start))
        case .keyword(.return):
            _ = advance()
            let value = try parseExpr()
            return .ret(value, range: range(from: start))
        case .keyword(.repeat):
            _ = advance()
            // Nested loops nest the tree (and the checker's recursion) like nested expressions. A loop
            // too deep is one diagnostic: its whole block is skipped, not parsed statement by statement.
            // (One level is left for the count's expression.)
            guard depth < Parser.maxDepth - 1 else {
                let error = fail(.nestingTooDeep(at: range(of: current)))
                var nesting = 0
                while !atEOF && !isTopLevelStart {
                    let t = advance()
                    if t.kind == .punct(.lbrace) { nesting += 1 }
                    if t.kind == .punct(.rbrace) { nesting -= 1; if nesting <= 0 { break } }
                }
                throw error
            }
            var index: RepeatIndex?
            if case .identifier(let name) = current.kind, case .identifier("in") = peek().kind {
                // `repeat i in first...last`
                let t = advance()
                _ = advance()
                let first = try parseExpr()
                _ = try expect(.ellipsis, "'...' between the first and the last index")
                index = RepeatIndex(name: Ident(name: name, range: range(of: t)), first: first)
            }
            let count = try parseExpr()
            guard isPunct(.lbrace) else { throw fail(.expected("'{' after the repeat count", found: current, at: range(of: current))) }
            depth += 1
            defer { depth -= 1 }
            let (body, _, _) = parseBlockBody()
            return .repeatLoop(count: count, body: body, range: range(from: start), index: index)
        case .keyword(.graph):
            _ = advance()
            let settings = try parseSettings()
            return .graph(settings, range: range(from: start))
        case .identifier(let name) where peek().kind == .punct(.equal):
            let t = advance()
            _ = advance()
            let value = try parseExpr()
            return .assign(name: Ident(name: name, range: range(of: t)), value: value, range: range(from: start))
        default:
            throw fail(.expectedStatement(found: current, at: range(of: current)))
        }
    }

    mutating func parseParam() throws(ParseAbort) -> ParamDecl {
        let start = advance().start
        let name = try expectIdentifier("a parameter name")
        _ = try expect(.colon)
        let shape = try parseType()
        guard isKeyword(.`init`) else { throw fail(.expected("'init' and an initializer", found: current, at: range(of: current))) }
        _ = advance()
        let initName = try expectIdentifier("an initializer name (glorot, torch_linear, ...)")
        var initArgs: [Expr] = []
        if isPunct(.lparen), !current.atLineStart {
            _ = advance()
            if !isPunct(.rparen) {
                repeat { initArgs.append(try parseExpr()) } while consume(.comma)
            }
            _ = try expect(.rparen, "',' or ')'")
        }
        return ParamDecl(name: name, shape: shape, initName: initName, initArgs: initArgs, range: range(from: start))
    }

    // MARK: types and dimensions

    mutating func parseType() throws(ParseAbort) -> TypeExpr {
        let start = current.start
        var domain: Ident?
        // Any word before `[` is read as a domain (even a keyword like `graph`), so that checking
        // can say "unknown domain" instead of a syntax error.
        switch current.kind {
        case .identifier(let name): domain = Ident(name: name, range: range(of: advance()))
        case .keyword(let k) where peek().kind == .punct(.lbracket): domain = Ident(name: k.rawValue, range: range(of: advance()))
        default: break
        }
        guard isPunct(.lbracket) else { throw fail(.expectedType(found: current, at: range(of: current))) }
        _ = advance()
        var dims: [DimExpr] = []
        if !isPunct(.rbracket) {
            repeat { dims.append(try parseDim()) } while consume(.comma)
        }
        _ = try expect(.rbracket, "',' or ']'")
        return TypeExpr(domain: domain, dims: dims, range: range(from: start))
    }

    mutating func parseDim() throws(ParseAbort) -> DimExpr {
        let start = current.start
        var lhs = try parseDimTerm()
        // Chain links nest the tree, so they count against the nesting limit (see parseExpr).
        var levels = 0
        defer { depth -= levels }
        while consume(.plus) {
            try enter()
            levels += 1
            let rhs = try parseDimTerm()
            lhs = .add(lhs, rhs, range(from: start))
        }
        return lhs
    }

    mutating func parseDimTerm() throws(ParseAbort) -> DimExpr {
        let start = current.start
        var lhs = try parseDimAtom()
        var levels = 0
        defer { depth -= levels }
        while consume(.star) {
            try enter()
            levels += 1
            let rhs = try parseDimAtom()
            lhs = .mul(lhs, rhs, range(from: start))
        }
        return lhs
    }

    mutating func parseDimAtom() throws(ParseAbort) -> DimExpr {
        let t = current
        switch t.kind {
        case .integer(let v): _ = advance(); return .integer(v, range(of: t))
        case .identifier(let name): _ = advance(); return .name(Ident(name: name, range: range(of: t)))
        case .punct(.lparen):
            _ = advance()
            try enter()
            defer { depth -= 1 }
            let inner = try parseDim()
            _ = try expect(.rparen)
            return inner
        default:
            throw fail(.expected("a dimension (a number or a name)", found: t, at: range(of: t)))
        }
    }

    /// Counts one nesting level; callers undo it with `defer { depth -= 1 }`, registered after this
    /// returns, so a level that is refused must not be counted (it would leak into later expressions).
    mutating func enter() throws(ParseAbort) {
        if depth >= Parser.maxDepth { throw fail(.nestingTooDeep(at: range(of: current))) }
        depth += 1
    }
}
