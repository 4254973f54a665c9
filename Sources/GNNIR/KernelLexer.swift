// Tokens of the `.kir` text format, and the lexer that produces them (comments kept: a kernel's
// header line carries its description as one).
import GNNDiagnostics

struct KIRToken: Sendable {
    enum Kind: Sendable, Equatable {
        /// `[A-Za-z_][A-Za-z0-9_.]*`: keywords, names, dtypes, dim symbols, function names.
        case ident
        /// Digits only.
        case int
        /// Digits with a fraction or an exponent.
        case float
        /// `#12`: a buffer reference; `text` holds the digits.
        case buffer
        /// `$F`: a dimension symbol in an index of a kernel that also declares a name `F`.
        case dimSymbol
        /// `{ } [ ] ( ) < > , = : * + - / % ^ @`, and `..<`, `..+`, `==`, `!=`.
        case punct
        /// `// text`; `text` holds what follows the `//` and one space.
        case comment
        case eof
    }
    var kind: Kind
    var text: String
    var start: Int
    var end: Int
    /// True when a newline separates this token from the previous one.
    var atLineStart: Bool
    /// True when whitespace separates this token from the previous one: `F*N` (a dimension's
    /// product, printed without spaces) and `r * F` (an index product) differ only in this.
    var spaced: Bool

    func isPunct(_ c: String) -> Bool { kind == .punct && text == c }
    func isIdent(_ s: String) -> Bool { kind == .ident && text == s }

    var spelling: String {
        switch kind {
        case .ident: return "'\(text)'"
        case .int, .float: return "number '\(text)'"
        case .buffer: return "'#\(text)'"
        case .dimSymbol: return "'$\(text)'"
        case .punct: return "'\(text)'"
        case .comment: return "a comment"
        case .eof: return "end of file"
        }
    }
}

/// Turns bytes into tokens. A stray character becomes a diagnostic and is skipped; a run of them
/// is one diagnostic, so garbage cannot flood the output.
struct KIRLexer {
    private let file: SourceFile
    private let bytes: [UInt8]
    private var pos = 0
    private var sawNewline = true
    private var sawSpace = true
    private(set) var diagnostics: [Diagnostic] = []
    private let errorLimit: ErrorLimit

    /// The tokens, and the errors up to the first past `errorLimit` (where the tokens then end).
    static func tokenize(_ file: SourceFile, errorLimit: ErrorLimit = .none) -> ([KIRToken], [Diagnostic]) {
        var lexer = KIRLexer(file: file, errorLimit: errorLimit)
        var tokens: [KIRToken] = []
        while true {
            let t = lexer.next()
            tokens.append(t)
            if t.kind == .eof { return (tokens, lexer.diagnostics) }
        }
    }

    private init(file: SourceFile, errorLimit: ErrorLimit) { self.file = file; self.bytes = file.bytes; self.errorLimit = errorLimit }

    private var stopped: Bool { errorLimit.isExceeded(by: diagnostics.count) }

    private mutating func next() -> KIRToken {
        while true {
            if stopped { return token(.eof, "", from: pos) }
            skipSpace()
            let start = pos
            guard let b = byte(at: pos) else { return token(.eof, "", from: pos) }
            if b == UInt8(ascii: "/"), byte(at: pos + 1) == UInt8(ascii: "/") { return comment() }
            if IRLexer.isIdentStart(b) { return run(.ident, while: IRLexer.isIdentContinue) }
            if IRLexer.isDigit(b) { return number() }
            if b == UInt8(ascii: "#"), let d = byte(at: pos + 1), IRLexer.isDigit(d) {
                pos += 1
                while let d = byte(at: pos), IRLexer.isDigit(d) { pos += 1 }
                return token(.buffer, String(decoding: bytes[(start + 1)..<pos], as: UTF8.self), from: start)
            }
            if b == UInt8(ascii: "$"), let c = byte(at: pos + 1), IRLexer.isIdentStart(c) {
                pos += 1
                while let d = byte(at: pos), IRLexer.isIdentContinue(d) { pos += 1 }
                return token(.dimSymbol, String(decoding: bytes[(start + 1)..<pos], as: UTF8.self), from: start)
            }
            for p in KIRLexer.longPunctuation where matches(p) {
                pos += p.utf8.count
                return token(.punct, p, from: start)
            }
            if KIRLexer.punctuation.contains(b) {
                pos += 1
                return token(.punct, String(decoding: [b], as: UTF8.self), from: start)
            }
            skipUnexpected()
        }
    }

    static let longPunctuation = ["..<", "..+", "==", "!="]
    static let punctuation: [UInt8] = Array("{}[]()<>,=:*+-/%^@".utf8)

    private func byte(at i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }
    private func matches(_ p: String) -> Bool { p.utf8.enumerated().allSatisfy { byte(at: pos + $0.offset) == $0.element } }

    private mutating func token(_ kind: KIRToken.Kind, _ text: String, from start: Int) -> KIRToken {
        defer { sawNewline = false; sawSpace = false }
        return KIRToken(kind: kind, text: text, start: start, end: pos, atLineStart: sawNewline, spaced: sawSpace)
    }

    private mutating func skipSpace() {
        while let b = byte(at: pos) {
            if b == UInt8(ascii: "\n") { sawNewline = true; sawSpace = true; pos += 1 }
            else if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") { sawSpace = true; pos += 1 }
            else { return }
        }
    }

    private mutating func run(_ kind: KIRToken.Kind, while accept: (UInt8) -> Bool) -> KIRToken {
        let start = pos
        while let b = byte(at: pos), accept(b) { pos += 1 }
        return token(kind, String(decoding: bytes[start..<pos], as: UTF8.self), from: start)
    }

    /// The text after `//` and one space, up to the end of the line (a `\r` before it dropped).
    private mutating func comment() -> KIRToken {
        let start = pos
        pos += 2
        let textStart = byte(at: pos) == UInt8(ascii: " ") ? pos + 1 : pos
        while let b = byte(at: pos), b != UInt8(ascii: "\n") { pos += 1 }
        var end = pos
        if end > textStart, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return token(.comment, String(decoding: bytes[min(textStart, end)..<end], as: UTF8.self), from: start)
    }

    /// `12`, `0.5`, `1e-07`, `5e+20`; a number running into letters is reported as one bad token.
    private mutating func number() -> KIRToken {
        let start = pos
        var isFloat = false
        while let d = byte(at: pos), IRLexer.isDigit(d) { pos += 1 }
        if byte(at: pos) == UInt8(ascii: "."), let d = byte(at: pos + 1), IRLexer.isDigit(d) {
            pos += 1
            while let d = byte(at: pos), IRLexer.isDigit(d) { pos += 1 }
            isFloat = true
        }
        if let e = byte(at: pos), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            var p = pos + 1
            if let s = byte(at: p), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { p += 1 }
            if let d = byte(at: p), IRLexer.isDigit(d) {
                pos = p
                while let d = byte(at: pos), IRLexer.isDigit(d) { pos += 1 }
                isFloat = true
            }
        }
        if let b = byte(at: pos), IRLexer.isIdentContinue(b) {
            while let b = byte(at: pos), IRLexer.isIdentContinue(b) { pos += 1 }
            let text = String(decoding: bytes[start..<pos], as: UTF8.self)
            diagnostics.append(Diagnostic(.kirSyntax, "invalid number '\(text)'", at: file.range(start, pos)))
            return token(.ident, text, from: start)
        }
        return token(isFloat ? .float : .int, String(decoding: bytes[start..<pos], as: UTF8.self), from: start)
    }

    /// A run of characters no token starts with is one diagnostic.
    private mutating func skipUnexpected() {
        let start = pos
        let table = KIRLexer.startsTokenTable
        while pos < bytes.count {
            let b = bytes[pos]
            if table[Int(b)] && !(b == UInt8(ascii: "$") && !(byte(at: pos + 1).map(IRLexer.isIdentStart) ?? false)) { break }
            pos += 1
        }
        if pos == start { pos += 1 }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        diagnostics.append(Diagnostic(.kirSyntax, UnexpectedCharacters.message(text[...]), at: file.range(start, pos)))
    }

    static func startsToken(_ b: UInt8) -> Bool {
        IRLexer.isIdentStart(b) || IRLexer.isDigit(b) || punctuation.contains(b) || b == UInt8(ascii: " ") || b == UInt8(ascii: "\n")
            || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "/") || b == UInt8(ascii: "#") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "!") || b == UInt8(ascii: "$")
    }

    /// `startsToken` as a table: the run above tests every byte of what may be megabytes of junk.
    static let startsTokenTable: [Bool] = (0..<256).map { startsToken(UInt8($0)) }
}
