// Turns .gnn source bytes into tokens; reports bad characters and numbers and keeps going.
import GNNDiagnostics

extension Diagnostic {
    static func unexpectedCharacters(_ run: Substring, at r: SourceRange) -> Diagnostic {
        Diagnostic(.unexpectedCharacter, UnexpectedCharacters.message(run), at: r)
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
    /// A stored copy, not a computed `file.bytes`: read per byte, that copied the lexer each time.
    let bytes: [UInt8]
    var pos = 0
    public private(set) var diagnostics: [Diagnostic] = []
    let errorLimit: ErrorLimit
    /// Set once the errors exceed the limit: the lexer ends the token stream where it stopped.
    public private(set) var stopped = false

    public init(_ file: SourceFile, errorLimit: ErrorLimit = .none) { self.file = file; self.bytes = file.bytes; self.errorLimit = errorLimit }

    /// The tokens up to the end of the file, or up to where the errors exceeded `errorLimit` (then
    /// the last token is an end of file at that point).
    public static func tokenize(_ file: SourceFile, errorLimit: ErrorLimit = .none) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        let (tokens, diagnostics, _) = tokenizeStopping(file, errorLimit: errorLimit)
        return (tokens, diagnostics)
    }

    /// `tokenize`, and whether the lexer stopped at the error limit.
    static func tokenizeStopping(_ file: SourceFile, errorLimit: ErrorLimit) -> (tokens: [Token], diagnostics: [Diagnostic], stopped: Bool) {
        var lexer = Lexer(file, errorLimit: errorLimit)
        var tokens: [Token] = []
        while true {
            let t = lexer.next()
            tokens.append(t)
            if t.kind == .eof { break }
        }
        return (tokens, lexer.diagnostics, lexer.stopped)
    }

    /// Records an error; past the limit the lexer stops, so hostile input costs the limit, not its size.
    mutating func report(_ d: Diagnostic) {
        diagnostics.append(d)
        if errorLimit.isExceeded(by: diagnostics.count) { stopped = true }
    }

    mutating func next() -> Token {
        if stopped { return Token(kind: .eof, start: pos, end: pos, atLineStart: true) }
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
        } else if c == UInt8(ascii: "."), pos + 2 < bytes.count, bytes[pos + 1] == c, bytes[pos + 2] == c {
            pos += 3
            kind = .punct(.ellipsis)
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
                    report(.unterminatedComment(at: file.range(start, start + 2)))
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
        while pos < bytes.count, isIdentContinue(bytes[pos]) || bytes[pos] == UInt8(ascii: ".") && !startsEllipsis(pos) {
            malformed = true
            pos += 1
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        let range = file.range(start, pos)
        if malformed {
            report(.badNumber(text, at: range))
            return .invalid
        }
        if isFloat {
            guard let v = Double(text), v.isFinite else {
                report(.numberOutOfRange(text, at: range))
                return .invalid
            }
            return .float(v)
        }
        guard let v = Int(text) else {
            report(.numberOutOfRange(text, at: range))
            return .invalid
        }
        return .integer(v)
    }

    /// `...` after a number is the range of `repeat i in 1...K`, not part of the number.
    func startsEllipsis(_ p: Int) -> Bool {
        p + 2 < bytes.count && bytes[p] == UInt8(ascii: ".") && bytes[p + 1] == UInt8(ascii: ".") && bytes[p + 2] == UInt8(ascii: ".")
    }

    mutating func digits() { while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 } }

    /// A run of characters that cannot start a token (up to a token or white space) becomes one
    /// diagnostic, not one per byte: a megabyte of NULs is one error.
    mutating func lexInvalidRun(_ start: Int) -> TokenKind {
        repeat { pos += 1 } while pos < bytes.count && !Lexer.startsToken[Int(bytes[pos])]
        let raw = String(decoding: bytes[start..<pos], as: UTF8.self)
        report(.unexpectedCharacters(raw[...], at: file.range(start, pos)))
        return .invalid
    }

    /// Bytes that start a token or trivia (white space; a comment's `/` is punctuation too), as a
    /// table: the run above tests every byte of what may be megabytes of junk.
    static let startsToken: [Bool] = (0..<256).map { i in
        let c = UInt8(i)
        return (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
            || " \n\t\r".utf8.contains(c) || (c < 0x80 && Punct(rawValue: String(UnicodeScalar(c))) != nil)
    }

    func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    func isIdentStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || c == UInt8(ascii: "_")
    }
    func isIdentContinue(_ c: UInt8) -> Bool { isIdentStart(c) || isDigit(c) }
}
