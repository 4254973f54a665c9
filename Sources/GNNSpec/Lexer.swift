// Turns .gnn source bytes into tokens; reports bad characters and numbers and keeps going.
import GNNDiagnostics

extension Diagnostic {
    static func unexpectedCharacter(_ c: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.unexpectedCharacter, "unexpected character \(c)", at: r)
    }
    static func badNumber(_ text: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.badNumber, "bad number '\(text)'", at: r,
                   notes: [Note("numbers are written like 16, 0.5 or 5e-4")])
    }
    static func numberOutOfRange(_ text: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.numberOutOfRange, "number '\(text)' is out of range", at: r)
    }
    static func unterminatedComment(at r: SourceRange) -> Diagnostic {
        Diagnostic(.unterminatedComment, "unterminated block comment: missing '*/'", at: r)
    }
}

public struct Lexer {
    let file: SourceFile
    var bytes: [UInt8] { file.bytes }
    var pos = 0
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ file: SourceFile) { self.file = file }

    public static func tokenize(_ file: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(file)
        var tokens: [Token] = []
        while true {
            let t = lexer.next()
            tokens.append(t)
            if t.kind == .eof { break }
        }
        return (tokens, lexer.diagnostics)
    }

    mutating func next() -> Token {
        let sawNewline = skipTrivia()
        let start = pos
        guard pos < bytes.count else { return Token(kind: .eof, start: pos, end: pos, atLineStart: true) }
        let c = bytes[pos]
        let kind: TokenKind
        if isIdentStart(c) {
            while pos < bytes.count, isIdentContinue(bytes[pos]) { pos += 1 }
            let word = String(decoding: bytes[start..<pos], as: UTF8.self)
            kind = Keyword(rawValue: word).map { .keyword($0) } ?? .identifier(word)
        } else if isDigit(c) {
            kind = lexNumber(start)
        } else if c == UInt8(ascii: "-"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: ">") {
            pos += 2
            kind = .punct(.arrow)
        } else if let p = Punct(rawValue: String(UnicodeScalar(c))), c < 0x80 {
            pos += 1
            kind = .punct(p)
        } else {
            kind = lexInvalidRun(start)
        }
        return Token(kind: kind, start: start, end: pos, atLineStart: sawNewline || start == 0)
    }

    /// Skips spaces, newlines and comments; returns whether a newline was crossed.
    mutating func skipTrivia() -> Bool {
        var newline = false
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: "\n") { newline = true; pos += 1 }
            else if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") { pos += 1 }
            else if c == UInt8(ascii: "/"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "/") {
                while pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
            } else if c == UInt8(ascii: "/"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "*") {
                let start = pos
                pos += 2
                while pos + 1 < bytes.count, !(bytes[pos] == UInt8(ascii: "*") && bytes[pos + 1] == UInt8(ascii: "/")) {
                    if bytes[pos] == UInt8(ascii: "\n") { newline = true }
                    pos += 1
                }
                if pos + 1 >= bytes.count {
                    diagnostics.append(.unterminatedComment(at: file.range(start, start + 2)))
                    pos = bytes.count
                } else { pos += 2 }
            } else { break }
        }
        return newline
    }

    /// `16`, `0.5`, `5e-4`, `1.5E+3`. Letters or a second dot glued to a number make it a bad number.
    mutating func lexNumber(_ start: Int) -> TokenKind {
        var isFloat = false
        var malformed = false
        digits()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "."), pos + 1 < bytes.count, isDigit(bytes[pos + 1]) {
            isFloat = true
            pos += 1
            digits()
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            isFloat = true
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            if pos < bytes.count, isDigit(bytes[pos]) { digits() } else { malformed = true }
        }
        // Swallow whatever is glued on (`1.2.3`, `12abc`, `1.`) so one bad number is one diagnostic.
        while pos < bytes.count, isIdentContinue(bytes[pos]) || bytes[pos] == UInt8(ascii: ".") {
            malformed = true
            pos += 1
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        let range = file.range(start, pos)
        if malformed {
            diagnostics.append(.badNumber(text, at: range))
            return .invalid
        }
        if isFloat {
            guard let v = Double(text), v.isFinite else {
                diagnostics.append(.numberOutOfRange(text, at: range))
                return .invalid
            }
            return .float(v)
        }
        guard let v = Int(text) else {
            diagnostics.append(.numberOutOfRange(text, at: range))
            return .invalid
        }
        return .integer(v)
    }

    mutating func digits() { while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 } }

    /// A run of characters that cannot start a token becomes one diagnostic, not one per byte.
    mutating func lexInvalidRun(_ start: Int) -> TokenKind {
        repeat { pos += 1 } while pos < bytes.count && !startsToken(bytes[pos]) && bytes[pos] >= 0x80
        let raw = String(decoding: bytes[start..<pos], as: UTF8.self)
        let shown = raw.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7f } ? "'\(raw)'"
            : raw.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        diagnostics.append(.unexpectedCharacter(shown, at: file.range(start, pos)))
        return .invalid
    }

    func startsToken(_ c: UInt8) -> Bool {
        isIdentStart(c) || isDigit(c) || c == UInt8(ascii: " ") || c == UInt8(ascii: "\n")
            || (c < 0x80 && Punct(rawValue: String(UnicodeScalar(c))) != nil)
    }
    func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    func isIdentStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || c == UInt8(ascii: "_")
    }
    func isIdentContinue(_ c: UInt8) -> Bool { isIdentStart(c) || isDigit(c) }
}
