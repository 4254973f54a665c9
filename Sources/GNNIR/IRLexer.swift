// Tokens of the `.gir` text format, and the lexer that produces them from a SourceFile's bytes.
import GNNDiagnostics

struct IRToken: Sendable {
    enum Kind: Sendable, Equatable {
        /// `[A-Za-z_][A-Za-z0-9_.]*`: keywords, op names, dtypes, dim symbols, attribute words.
        case ident
        /// Digits only; converted by the parser, which knows whether a `-` precedes it.
        case int
        /// Digits with a fraction or an exponent.
        case float
        /// A string literal; `text` holds the decoded contents.
        case string
        /// `%name` or `%123`; `text` holds what follows the `%`.
        case value
        /// One of `{ } [ ] < > ( ) , = : * + - @`.
        case punct
        case eof
    }
    var kind: Kind
    var text: String
    var start: Int
    var end: Int
    /// True when a newline separates this token from the previous one: the parser recovers from
    /// an error by skipping to the next such token, because the format holds one op per line.
    var atLineStart: Bool

    func isPunct(_ c: String) -> Bool { kind == .punct && text == c }
    func isIdent(_ s: String) -> Bool { kind == .ident && text == s }

    /// How the token reads in a "found ..." message.
    var spelling: String {
        switch kind {
        case .ident: return "'\(text)'"
        case .int, .float: return "number '\(text)'"
        case .string: return "a string"
        case .value: return "value '%\(text)'"
        case .punct: return "'\(text)'"
        case .eof: return "end of file"
        }
    }
}

/// Turns bytes into tokens. Malformed input (a stray character, a bad escape, an unterminated
/// string) becomes a diagnostic and is skipped, so the token stream is always well formed and
/// the parser never sees lexical junk.
struct IRLexer {
    let file: SourceFile
    private let bytes: [UInt8]
    private var pos = 0
    private var sawNewline = true
    private(set) var diagnostics: [Diagnostic] = []
    private let errorLimit: ErrorLimit
    /// Set once the errors exceed the limit: the token stream ends (with `eof`) where it stopped.
    private(set) var stopped = false

    init(file: SourceFile, errorLimit: ErrorLimit = .none) { self.file = file; self.bytes = file.bytes; self.errorLimit = errorLimit }

    static func tokenize(_ file: SourceFile, errorLimit: ErrorLimit = .none) -> (tokens: [IRToken], diagnostics: [Diagnostic], stopped: Bool) {
        var lexer = IRLexer(file: file, errorLimit: errorLimit)
        var tokens: [IRToken] = []
        while true {
            let t = lexer.next()
            tokens.append(t)
            if t.kind == .eof { return (tokens, lexer.diagnostics, lexer.stopped) }
        }
    }

    mutating func next() -> IRToken {
        while true {
            if stopped { return token(.eof, "", from: pos) }
            skipTrivia()
            guard pos < bytes.count else { return token(.eof, "", from: pos) }
            let start = pos
            let b = bytes[pos]
            if IRLexer.isIdentStart(b) { return identifier() }
            if IRLexer.isDigit(b) { return number() }
            if b == UInt8(ascii: "\"") { return string() }
            if b == UInt8(ascii: "%") { if let t = valueName() { return t } else { continue } }
            if IRLexer.punctuation.contains(b) {
                pos += 1
                return token(.punct, String(decoding: [b], as: UTF8.self), from: start)
            }
            skipUnexpected()
        }
    }

    static let punctuation: [UInt8] = Array("{}[]<>(),=:*+-@".utf8)
    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isIdentStart(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "_")
    }
    static func isIdentContinue(_ b: UInt8) -> Bool { isIdentStart(b) || isDigit(b) || b == UInt8(ascii: ".") }

    private func token(_ kind: IRToken.Kind, _ text: String, from start: Int) -> IRToken {
        IRToken(kind: kind, text: text, start: start, end: pos, atLineStart: sawNewline)
    }

    private mutating func emit(_ kind: IRToken.Kind, _ text: String, from start: Int) -> IRToken {
        defer { sawNewline = false }
        return token(kind, text, from: start)
    }

    private mutating func error(_ message: String, _ start: Int, _ end: Int) {
        diagnostics.append(Diagnostic(.irSyntax, message, at: file.range(start, end)))
        if errorLimit.isExceeded(by: diagnostics.count) { stopped = true }
    }

    private mutating func skipTrivia() {
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\n") { sawNewline = true; pos += 1 }
            else if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") { pos += 1 }
            else if b == UInt8(ascii: "/"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "/") {
                while pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
            } else { return }
        }
    }

    private mutating func identifier() -> IRToken {
        let start = pos
        while pos < bytes.count, IRLexer.isIdentContinue(bytes[pos]) { pos += 1 }
        return emit(.ident, String(decoding: bytes[start..<pos], as: UTF8.self), from: start)
    }

    private mutating func digits() {
        while pos < bytes.count, IRLexer.isDigit(bytes[pos]) { pos += 1 }
    }

    private func byte(at i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }

    /// `12`, `0.5`, `1e-07`, `5e+20`. A number running into letters (`16x`) is one bad token
    /// rather than a number followed by a name, which would give a confusing second error.
    private mutating func number() -> IRToken {
        let start = pos
        var isFloat = false
        digits()
        if byte(at: pos) == UInt8(ascii: "."), let d = byte(at: pos + 1), IRLexer.isDigit(d) {
            pos += 1; digits(); isFloat = true
        }
        if let e = byte(at: pos), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            var p = pos + 1
            if let s = byte(at: p), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { p += 1 }
            if let d = byte(at: p), IRLexer.isDigit(d) { pos = p; digits(); isFloat = true }
        }
        if let b = byte(at: pos), IRLexer.isIdentContinue(b) {
            while pos < bytes.count, IRLexer.isIdentContinue(bytes[pos]) { pos += 1 }
            let text = String(decoding: bytes[start..<pos], as: UTF8.self)
            error("invalid number '\(text)'", start, pos)
            // Still a token, so the parser does not report a second error for the missing value.
            return emit(.ident, text, from: start)
        }
        return emit(isFloat ? .float : .int, String(decoding: bytes[start..<pos], as: UTF8.self), from: start)
    }

    /// `%name` keeps its name; `%12` is a temporary. Anything else after `%` is reported here.
    private mutating func valueName() -> IRToken? {
        let start = pos
        pos += 1
        guard let first = byte(at: pos), IRLexer.isIdentStart(first) || IRLexer.isDigit(first) else {
            error("expected a value name after '%'", start, pos)
            return nil
        }
        if IRLexer.isDigit(first) {
            digits()
            if let b = byte(at: pos), IRLexer.isIdentContinue(b) {
                while pos < bytes.count, IRLexer.isIdentContinue(bytes[pos]) { pos += 1 }
                error("invalid value name '\(String(decoding: bytes[start..<pos], as: UTF8.self))': a name is either all digits or starts with a letter or '_'", start, pos)
                return emit(.value, String(decoding: bytes[(start + 1)..<pos], as: UTF8.self), from: start)
            }
        } else {
            while pos < bytes.count, IRLexer.isIdentContinue(bytes[pos]) { pos += 1 }
        }
        return emit(.value, String(decoding: bytes[(start + 1)..<pos], as: UTF8.self), from: start)
    }

    /// Escapes `\" \\ \n \r \t`. A raw newline ends the string with an error: strings never span
    /// lines, so line-based recovery stays in step.
    private mutating func string() -> IRToken {
        let start = pos
        pos += 1
        var out: [UInt8] = []
        while true {
            guard let b = byte(at: pos), b != UInt8(ascii: "\n") else {
                error("unterminated string", start, pos)
                break
            }
            pos += 1
            if b == UInt8(ascii: "\"") { break }
            if b != UInt8(ascii: "\\") { out.append(b); continue }
            guard let e = byte(at: pos), e != UInt8(ascii: "\n") else { continue }
            pos += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(e)
            case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
            default: error("unknown escape '\\\(String(decoding: [e], as: UTF8.self))' in string", pos - 2, pos)
            }
        }
        return emit(.string, String(decoding: out, as: UTF8.self), from: start)
    }

    /// A run of characters no token starts with (up to a token or white space) is one diagnostic:
    /// a megabyte of NULs is one error, not a million.
    private mutating func skipUnexpected() {
        let start = pos
        repeat { pos += 1 } while pos < bytes.count && !IRLexer.startsToken[Int(bytes[pos])]
        error(UnexpectedCharacters.message(String(decoding: bytes[start..<pos], as: UTF8.self)[...]), start, pos)
    }

    /// Bytes that begin a token, white space or a comment, as a table: the run above tests every
    /// byte of what may be megabytes of junk.
    static let startsToken: [Bool] = (0..<256).map { i in
        let b = UInt8(i)
        return isIdentStart(b) || isDigit(b) || punctuation.contains(b) || "\"%/ \n\t\r".utf8.contains(b)
    }
}
