// Tokens of the .gnn spec language.
import GNNDiagnostics

public enum TokenKind: Hashable, Sendable {
    case identifier(String)
    case integer(Int)
    case float(Double)
    case keyword(Keyword)
    case punct(Punct)
    /// A malformed number or character; the lexer already reported it, the parser stays quiet.
    case invalid
    case eof
}

public enum Keyword: String, Sendable, CaseIterable {
    case layer, model, param, `let`, `var`, `return`, edgewise, aggregate, `repeat`, const, train, graph, `init`, `as`
}

public enum Punct: String, Sendable, CaseIterable {
    case lbrace = "{", rbrace = "}", lparen = "(", rparen = ")", lbracket = "[", rbracket = "]"
    case less = "<", greater = ">", comma = ",", colon = ":", equal = "=", arrow = "->", at = "@"
    case plus = "+", minus = "-", star = "*", slash = "/", dot = ".", ellipsis = "..."
}

public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    /// Byte offsets into the source.
    public var start: Int
    public var end: Int
    /// True when a newline separates this token from the previous one: a `(` or `[` on a new line
    /// starts a new expression instead of continuing a call or an index.
    public var atLineStart: Bool

    public var text: String {
        switch kind {
        case .identifier(let s): return s
        case .integer(let v): return String(v)
        case .float(let v): return String(v)
        case .keyword(let k): return k.rawValue
        case .punct(let p): return p.rawValue
        case .invalid: return "<invalid>"
        case .eof: return "end of file"
        }
    }

    /// How the token is named in "expected X, found Y" messages.
    public var quoted: String {
        switch kind {
        case .eof: return "end of file"
        case .invalid: return "an invalid token"
        default: return "'\(text)'"
        }
    }
}
