// The one JSON writer every report uses: ordered objects, every string escaped as RFC 8259 requires
// (control characters included), non-finite numbers as null, a stable layout.

public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSON])
    /// Keys in the order given: reports are read by people too.
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.text == b.text }

    public static func optional(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
    public static func optional(_ n: Int?) -> JSON { n.map(JSON.int) ?? .null }
    public static func number(_ x: Float) -> JSON { .number(Double(x)) }

    /// The document: a top-level object one key per line, an array of objects one element per
    /// line, everything else inline; a newline at the end.
    public var document: String {
        guard case .object(let pairs) = self else { return text + "\n" }
        let lines = pairs.map { key, value -> String in
            if case .array(let items) = value, items.contains(where: { if case .object = $0 { return true }; return false }) {
                return "  \(JSON.quote(key)): [\n" + items.map { "    " + $0.text }.joined(separator: ",\n") + "\n  ]"
            }
            return "  \(JSON.quote(key)): \(value.text)"
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    /// Compact text with a space after each `:` and `,`.
    public var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let n): return String(n)
        case .number(let x): return x.isFinite ? "\(x)" : "null"
        case .string(let s): return JSON.quote(s)
        case .array(let items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .object(let pairs): return "{" + pairs.map { "\(JSON.quote($0.0)): \($0.1.text)" }.joined(separator: ", ") + "}"
        }
    }

    /// A string literal: quote, backslash and every control character escaped, the rest as is.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7f {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
