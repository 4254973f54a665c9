// The `.gir` text parser: the exact format IRPrinter writes, plus comments and free whitespace.
import GNNDiagnostics

/// Parses `.gir` text into a module.
///
/// The parser owns syntax and names: malformed text, unknown op names, values used before
/// their definition, duplicate value names and bad literals. It records every written type as
/// the op's type and leaves the semantic checks (type rules, dimension symbols, results) to
/// `Verifier`, so that a test can feed a well-formed but ill-typed module to the pass pipeline
/// and watch the verifier reject it. `parseAndVerify` does both.
///
/// It never stops at the first error: after one it skips to the next line (one op per line),
/// so a file with several mistakes reports them all. The module is returned only when there
/// are no errors.
public enum IRParser {
    /// The diagnostics come in the order found; past `errorLimit` the lexer and the parser stop,
    /// and the first errors by position come back, then one saying that parsing stopped.
    public static func parse(_ file: SourceFile, errorLimit: ErrorLimit = .standard) -> (GraphModule?, [Diagnostic]) {
        let (tokens, lexErrors, lexerStopped) = IRLexer.tokenize(file, errorLimit: errorLimit)
        var parser = IRParserState(file: file, tokens: tokens, lexErrors: lexErrors, lexerStopped: lexerStopped, errorLimit: errorLimit)
        parser.parseFile()
        let failed = parser.diagnostics.contains { $0.severity == .error }
        var diagnostics = parser.diagnostics
        if errorLimit.isExceeded(by: diagnostics.count(where: { $0.severity == .error })) {
            var bag = DiagnosticBag()
            bag.report(contentsOf: diagnostics)
            diagnostics = errorLimit.apply(bag.sorted)
        }
        return (failed ? nil : parser.module, diagnostics)
    }

    /// Parses, then verifies when parsing succeeded; the module comes back only if both pass.
    public static func parseAndVerify(_ file: SourceFile, errorLimit: ErrorLimit = .standard) -> (GraphModule?, [Diagnostic]) {
        let (parsed, diagnostics) = parse(file, errorLimit: errorLimit)
        guard let m = parsed else { return (nil, diagnostics) }
        let problems = Verifier.verify(m)
        return (problems.isEmpty ? m : nil, diagnostics + problems)
    }
}

/// Thrown after a diagnostic has been reported, to unwind to the statement being parsed,
/// which then skips to the next line.
struct IRRecover: Error {}

struct IRParserState {
    let file: SourceFile
    let tokens: [IRToken]
    var pos = 0
    var diagnostics: [Diagnostic] = []
    var module = GraphModule(name: "")
    /// Value spelling (without `%`) to its definition. Only looked up, never iterated.
    var defined: [String: (id: ValueID, range: SourceRange)] = [:]
    /// Hostile input can produce an error per token: past the limit the rest is noise, and the
    /// parser stops (`gaveUp`).
    let errorLimit: ErrorLimit
    /// Where the lexer's errors start, in order: a parser error counts those before it toward the
    /// limit, so the errors kept are the first ones in the file.
    let lexErrorOffsets: [Int]
    /// The lexer stopped at the limit: its end of file is where it stopped, not the file's end.
    let lexerStopped: Bool
    var parseErrors = 0
    private(set) var gaveUp = false
    /// Bounds recursion in nested attribute lists so deep `[[[[...` input cannot overflow the stack.
    static let maxNesting = 64

    init(file: SourceFile, tokens: [IRToken], lexErrors: [Diagnostic] = [], lexerStopped: Bool = false, errorLimit: ErrorLimit = .none) {
        self.file = file
        self.tokens = tokens
        self.diagnostics = lexErrors
        self.lexErrorOffsets = lexErrors.map { $0.range?.start.offset ?? 0 }
        self.lexerStopped = lexerStopped
        self.errorLimit = errorLimit
    }

    // MARK: tokens

    var peek: IRToken { tokens[pos] }

    @discardableResult
    mutating func advance() -> IRToken {
        let t = tokens[pos]
        if t.kind != .eof { pos += 1 }
        return t
    }

    func range(_ t: IRToken) -> SourceRange { file.range(t.start, t.end) }
    /// From `start` to the end of the last consumed token.
    func range(from start: Int) -> SourceRange { file.range(start, pos > 0 ? tokens[pos - 1].end : start) }

    /// Records an error; once the errors (the parser's, and the lexer's before this one) exceed the
    /// limit, the parser gives up: it skips to the end of file and reports nothing more.
    mutating func report(_ id: DiagnosticID, _ message: String, at r: SourceRange, notes: [Note] = []) {
        guard !gaveUp else { return }
        // At the lexer's stop, "found end of file" is about the cut, not the file.
        if lexerStopped && peek.kind == .eof { giveUp(); return }
        diagnostics.append(Diagnostic(id, message, at: r, notes: notes))
        parseErrors += 1
        var lo = 0, hi = lexErrorOffsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lexErrorOffsets[mid] <= r.start.offset { lo = mid + 1 } else { hi = mid }
        }
        if errorLimit.isExceeded(by: parseErrors + lo) { giveUp() }
    }

    mutating func giveUp() {
        gaveUp = true
        pos = tokens.count - 1
    }

    mutating func fail(_ message: String, at t: IRToken? = nil) -> IRRecover {
        let t = t ?? peek
        report(.irSyntax, "\(message), found \(t.spelling)", at: range(t))
        return IRRecover()
    }

    mutating func expectPunct(_ p: String, _ context: String) throws(IRRecover) {
        guard peek.isPunct(p) else { throw fail("expected '\(p)' \(context)") }
        advance()
    }

    mutating func expectIdent(_ what: String) throws(IRRecover) -> IRToken {
        guard peek.kind == .ident else { throw fail("expected \(what)") }
        return advance()
    }

    /// Skips to the first token on a later line than the statement's first token; always makes
    /// progress past `statementStart`, so recovery cannot loop.
    mutating func recover(statementStart: Int) {
        if pos <= statementStart, peek.kind != .eof { advance() }
        while peek.kind != .eof, !(peek.atLineStart && pos > statementStart) { advance() }
    }

    // MARK: module

    mutating func parseFile() {
        guard parseHeader() else { return }
        let closed = parseBody()
        guard closed, !gaveUp else { return }
        if peek.isIdent("train") {
            let start = pos
            advance()
            do { module.train = try parseAttributes() } catch { recover(statementStart: start) }
        }
        if peek.kind != .eof, !gaveUp {
            report(.irSyntax, "expected end of file after the model, found \(peek.spelling)", at: range(peek))
        }
    }

    /// `model @Name<F, C> {`. On an error, resumes at the first `{` so the body is still checked.
    mutating func parseHeader() -> Bool {
        do {
            guard peek.isIdent("model") else { throw fail("expected 'model'") }
            advance()
            try expectPunct("@", "before the model name")
            module.name = try expectIdent("a model name").text
            if peek.isPunct("<") { module.dimParams = try parseDimParams() }
            try expectPunct("{", "to open the model body")
            return true
        } catch {
            while peek.kind != .eof, !peek.isPunct("{") { advance() }
            guard peek.kind != .eof else { return false }
            advance()
            return true
        }
    }

    mutating func parseDimParams() throws(IRRecover) -> [String] {
        advance()
        var names = [try expectIdent("a dimension parameter").text]
        while peek.isPunct(",") {
            advance()
            names.append(try expectIdent("a dimension parameter").text)
        }
        try expectPunct(">", "to close the dimension parameters")
        return names
    }

    /// Statements in their fixed order: `graph {...}` first, then ops, then `return`, then `}`.
    /// Returns whether the closing brace was found.
    mutating func parseBody() -> Bool {
        var seenOp = false, seenReturn = false, seenGraph = false
        while !gaveUp {
            let t = peek
            if t.kind == .eof {
                report(.irSyntax, "expected '}' to close the model, found end of file", at: range(t))
                return false
            }
            if t.isPunct("}") {
                advance()
                if !seenReturn { report(.irMissingResult, "the model has no 'return'", at: range(t)) }
                return true
            }
            let start = pos
            do {
                if t.kind == .value {
                    if seenReturn { report(.irSyntax, "ops must come before 'return'", at: range(t)) }
                    try parseOp()
                    seenOp = true
                } else if t.isIdent("return") {
                    if seenReturn { report(.irSyntax, "the model has a second 'return'", at: range(t)) }
                    try parseReturn()
                    seenReturn = true
                } else if t.isIdent("graph") {
                    if seenGraph || seenOp || seenReturn {
                        report(.irSyntax, "'graph {...}' must come once, before the ops", at: range(t))
                    }
                    advance()
                    module.graphSettings = try parseAttributes()
                    seenGraph = true
                } else {
                    throw fail("expected an op ('%name = ...'), 'graph', 'return' or '}'")
                }
            } catch {
                recover(statementStart: start)
            }
        }
        return false
    }

    mutating func parseReturn() throws(IRRecover) {
        advance()
        var results: [ValueID] = []
        if peek.kind == .value {
            results.append(try parseOperand())
            while peek.isPunct(",") {
                advance()
                results.append(try parseOperand())
            }
        }
        module.results = results
    }
}
