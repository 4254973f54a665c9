// The `.kir` text parser: the exact format KernelPrinter writes (plus comments and free layout), so
// kernel passes can be tested from text, and a program printed by any stage can be read back.
import GNNDiagnostics

/// Parses `.kir` text into a kernel program.
///
/// The parser owns syntax and names: it resolves every name to what it is (a loop variable or
/// integer local, a float local, a dimension, a buffer) and reports the first that is none of
/// them, with its location. Kernel IR is written by the compiler and read back in tests, so the
/// parser stops at the first error rather than recovering. The structural rules (stores into
/// read-only buffers, lane statements outside lane kernels, variants) are the verifier's;
/// `parseAndVerify` does both.
public enum KernelParser {
    /// Lexical errors (each run of stray characters is one) are all reported, up to `errorLimit`:
    /// past it the lexer stops, the program is not parsed, and the first errors by position come
    /// back with one saying that parsing stopped.
    public static func parse(_ file: SourceFile, errorLimit: ErrorLimit = .standard) -> (KernelProgram?, [Diagnostic]) {
        let (tokens, lexErrors) = KIRLexer.tokenize(file, errorLimit: errorLimit)
        var parser = KIRParserState(file: file, tokens: tokens)
        var diagnostics = lexErrors
        if !errorLimit.isExceeded(by: lexErrors.count) {
            do { try parser.parseProgram() } catch { diagnostics.append(error.diagnostic) }
        }
        // The parser's one error can be the one past the limit, and come before the lexer's.
        if errorLimit.isExceeded(by: diagnostics.count) {
            var bag = DiagnosticBag()
            bag.report(contentsOf: diagnostics)
            diagnostics = errorLimit.apply(bag.sorted)
        }
        return (diagnostics.isEmpty ? parser.program : nil, diagnostics)
    }

    /// Parses, then verifies when parsing succeeded; the program comes back only if both pass.
    public static func parseAndVerify(_ file: SourceFile, errorLimit: ErrorLimit = .standard) -> (KernelProgram?, [Diagnostic]) {
        let (parsed, diagnostics) = parse(file, errorLimit: errorLimit)
        guard let p = parsed else { return (nil, diagnostics) }
        let problems = KernelVerifier.verify(p)
        return (problems.isEmpty ? p : nil, diagnostics + problems)
    }
}

/// The first error, already a diagnostic; unwinds the whole parse.
struct KIRFail: Error { let diagnostic: Diagnostic }

struct KIRParserState {
    enum Kind { case index, float }

    let file: SourceFile
    /// The tokens without comments.
    let tokens: [KIRToken]
    /// A comment that ends a line after other tokens, keyed by the index of the token before it.
    let trailingComments: [Int: String]
    var pos = 0
    var program = KernelProgram(name: "", dimParams: [])
    var dimSymbols: Set<String> = ["N", "E"]
    /// Names in scope, innermost block last.
    var scopes: [[String: Kind]] = []
    var depth = 0

    /// Bounds recursion on nested expressions and blocks, so hostile input cannot overflow the stack.
    static let maxDepth = 200

    init(file: SourceFile, tokens all: [KIRToken]) {
        self.file = file
        var kept: [KIRToken] = [], comments: [Int: String] = [:]
        for t in all {
            if t.kind == .comment {
                if !t.atLineStart, !kept.isEmpty { comments[kept.count - 1] = t.text }
            } else {
                kept.append(t)
            }
        }
        tokens = kept
        trailingComments = comments
    }

    // MARK: tokens

    var peek: KIRToken { tokens[pos] }
    func peek(_ ahead: Int) -> KIRToken { tokens[min(pos + ahead, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> KIRToken {
        let t = tokens[pos]
        if t.kind != .eof { pos += 1 }
        return t
    }

    func error(_ message: String, at t: KIRToken) -> KIRFail { error(.kirSyntax, message, at: t) }

    func error(_ id: DiagnosticID, _ message: String, at t: KIRToken) -> KIRFail {
        KIRFail(diagnostic: Diagnostic(id, message, at: file.range(t.start, t.end)))
    }

    func expected(_ what: String) -> KIRFail { error("expected \(what), found \(peek.spelling)", at: peek) }

    mutating func expect(_ p: String, _ context: String) throws(KIRFail) {
        guard peek.isPunct(p) else { throw expected("'\(p)' \(context)") }
        advance()
    }

    mutating func keyword(_ word: String) throws(KIRFail) {
        guard peek.isIdent(word) else { throw expected("'\(word)'") }
        advance()
    }

    mutating func name(_ what: String) throws(KIRFail) -> String {
        guard peek.kind == .ident else { throw expected(what) }
        return advance().text
    }

    mutating func integer(_ what: String) throws(KIRFail) -> Int {
        var sign = ""
        if peek.isPunct("-"), peek(1).kind == .int { advance(); sign = "-" }
        guard peek.kind == .int else { throw expected(what) }
        let t = advance()
        guard let v = Int(sign + t.text) else { throw error(.kirBadLiteral, "\(what) \(sign)\(t.text) does not fit in 64 bits", at: t) }
        return v
    }

    /// `#12`, which must name a declared buffer.
    mutating func bufferReference() throws(KIRFail) -> Int {
        guard peek.kind == .buffer else { throw expected("a buffer ('#n')") }
        let t = advance()
        guard let b = Int(t.text), program.buffers.indices.contains(b) else {
            throw error(.kirUnknownName, "#\(t.text) is not a buffer (the program declares \(program.buffers.count))", at: t)
        }
        return b
    }

    mutating func nested() throws(KIRFail) {
        depth += 1
        guard depth <= KIRParserState.maxDepth else { throw error("nested more than \(KIRParserState.maxDepth) deep", at: peek) }
    }

    // MARK: scopes

    func kind(of name: String) -> Kind? {
        for s in scopes.reversed() { if let k = s[name] { return k } }
        return nil
    }

    mutating func declare(_ name: String, _ kind: Kind) {
        if scopes.isEmpty { scopes.append([:]) }
        scopes[scopes.count - 1][name] = kind
    }

    // MARK: program

    /// `kernels @Name<F, C> {` (or `<F = 64, C>`: a value the program was planned for),, buffers, kernels (each followed by its variants), `results`, `}`.
    mutating func parseProgram() throws(KIRFail) {
        try keyword("kernels")
        try expect("@", "before the program name")
        program.name = try name("a program name")
        if peek.isPunct("<") {
            advance()
            repeat {
                if !program.dimParams.isEmpty { advance() }
                let d = try name("a dimension parameter")
                program.dimParams.append(d)
                if peek.isPunct("=") {
                    advance()
                    program.dimValues[d] = try integer("the dimension's value")
                }
            } while peek.isPunct(",")
            try expect(">", "to close the dimension parameters")
        }
        dimSymbols.formUnion(program.dimParams)
        try expect("{", "to open the program")
        while peek.isIdent("buffer") { try parseBuffer() }
        while peek.isIdent("kernel") || peek.isIdent("variant") { try parseKernel() }
        try keyword("results")
        if peek.kind == .buffer {
            program.results.append(try bufferReference())
            while peek.isPunct(",") {
                advance()
                program.results.append(try bufferReference())
            }
        }
        try expect("}", "to close the program")
        guard peek.kind == .eof else { throw expected("end of file after the program") }
    }

    /// `buffer #3 name : f32[F*N] temp`; buffers are numbered in order.
    mutating func parseBuffer() throws(KIRFail) {
        advance()
        guard peek.kind == .buffer else { throw expected("the buffer's number ('#\(program.buffers.count)')") }
        let number = advance()
        guard number.text == String(program.buffers.count) else {
            throw error(.kirBadLiteral, "buffer #\(number.text) is out of order: the next buffer is #\(program.buffers.count)", at: number)
        }
        let bufferName = try name("a buffer name")
        try expect(":", "after the buffer name")
        let dtypeToken = peek
        guard let dtype = DType(rawValue: try name("an element type")) else {
            throw error("unknown element type '\(dtypeToken.text)' (expected one of \(DType.allCases.map(\.rawValue).joined(separator: ", ")))", at: dtypeToken)
        }
        try expect("[", "after the element type")
        let elements = try dim()
        try expect("]", "to close the buffer size")
        let roleToken = peek
        guard let role = KBuffer.Role(rawValue: try name("a buffer role")) else {
            let roles = KBuffer.Role.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("unknown buffer role '\(roleToken.text)' (expected one of \(roles))", at: roleToken)
        }
        program.buffers.append(KBuffer(name: bufferName, dtype: dtype, elements: elements, role: role))
    }

    /// `kernel k0 lanes 32 slots 4 gemm #9 = #3^T @ #5 [m x n x k] // comment`, then its body;
    /// `variant` lines add implementations of the kernel before them.
    mutating func parseKernel() throws(KIRFail) {
        let keywordToken = advance()
        let isVariant = keywordToken.text == "variant"
        if isVariant, program.kernels.isEmpty { throw error("a variant must follow the kernel it stands in for", at: keywordToken) }
        var k = Kernel(name: try name("a kernel name"), comment: "", body: [])
        if peek.isIdent("lanes") { advance(); k.lanes = try integer("a lane count") }
        if peek.isIdent("slots") { advance(); k.slots = try integer("a slot count") }
        if peek.isIdent("gemm") { advance(); k.gemm = try gemm() }
        k.comment = trailingComments[pos - 1] ?? ""
        scopes = [[:]]
        while !(peek.kind == .eof || peek.isPunct("}") || (["kernel", "variant", "results"].contains(peek.text) && peek.kind == .ident && !peek(1).isPunct("="))) {
            k.body.append(try statement())
        }
        if isVariant { program.kernels[program.kernels.count - 1].variants.append(k) } else { program.kernels.append(k) }
    }

    /// `#out = #a^T @ #b [m x n x k]`.
    mutating func gemm() throws(KIRFail) -> GEMM {
        let out = try bufferReference()
        try expect("=", "after the GEMM's output")
        let (a, transA) = try gemmOperand()
        try expect("@", "between the GEMM's operands")
        let (b, transB) = try gemmOperand()
        try expect("[", "before the GEMM's sizes")
        let m = try dim()
        try keyword("x")
        let n = try dim()
        try keyword("x")
        let k = try dim()
        try expect("]", "after the GEMM's sizes")
        return GEMM(a: a, b: b, out: out, m: m, n: n, k: k, transA: transA, transB: transB)
    }

    mutating func gemmOperand() throws(KIRFail) -> (Int, Bool) {
        let b = try bufferReference()
        guard peek.isPunct("^") else { return (b, false) }
        advance()
        try keyword("T")
        return (b, true)
    }

    // MARK: dimensions

    /// `F*N + 2*F + -1`: a polynomial in the program's dimensions, spaces free.
    mutating func dim() throws(KIRFail) -> Dim {
        let start = peek
        var total = try dimTerm(glued: false)
        var terms = 1
        while peek.isPunct("+") {
            terms += 1
            guard terms <= 64 else { throw error("a dimension of more than 64 terms", at: peek) }
            advance()
            guard let sum = total.adding(try dimTerm(glued: false)) else { throw overflow(start) }
            total = sum
        }
        return total
    }

    /// `-3`, `64*F`, `F*N`; with `glued`, the factors must touch their `*` (an index's product has spaces).
    mutating func dimTerm(glued: Bool) throws(KIRFail) -> Dim {
        let start = peek
        var product = try dimFactor()
        var factors = 1
        while peek.isPunct("*"), !glued || (!peek.spaced && !peek(1).spaced) {
            factors += 1
            guard factors <= 64 else { throw error("a dimension term of more than 64 factors", at: peek) }
            advance()
            guard let p = product.multiplying(try dimFactor()) else { throw overflow(start) }
            product = p
        }
        return product
    }

    mutating func dimFactor() throws(KIRFail) -> Dim {
        if peek.kind == .int || peek.isPunct("-") { return Dim(try integer("a dimension")) }
        guard peek.kind == .ident || peek.kind == .dimSymbol else { throw expected("a dimension (a number or a symbol)") }
        let t = advance()
        guard dimSymbols.contains(t.text) else {
            throw error(.kirUnknownName, "unknown dimension '\(t.text)' (this program's dimensions: \(dimSymbols.sorted().joined(separator: ", ")))", at: t)
        }
        return .sym(t.text)
    }

    func overflow(_ from: KIRToken) -> KIRFail {
        error(.kirBadLiteral, "dimension overflows 64-bit arithmetic", at: from)
    }
}
