// A small JSON reader for dataset.json: objects, arrays, strings, numbers, true/false/null, each value with its line and column.

/// A JSON value and where it starts in its file (1-based line and column).
struct ManifestValue {
    enum Kind {
        case object([(key: String, value: ManifestValue, keyLine: Int, keyColumn: Int)])
        case array([ManifestValue])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }
    var kind: Kind
    var line: Int
    var column: Int

    var typeName: String {
        switch kind {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        }
    }
}

/// Parses JSON text; errors are `file:line:col: message`, as the spec compiler writes them.
struct ManifestParser {
    private let bytes: [UInt8]
    private var i = 0, line = 1, lineStart = 0
    private let display: String

    static func parse(_ bytes: [UInt8], display: String) throws(DatasetError) -> ManifestValue {
        var p = ManifestParser(bytes: bytes, display: display)
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        guard p.i == p.bytes.count else { throw p.error("unexpected text after the JSON value") }
        return v
    }

    private init(bytes: [UInt8], display: String) { self.bytes = bytes; self.display = display }

    private var column: Int { i - lineStart + 1 }

    func error(_ what: String, line l: Int? = nil, column c: Int? = nil) -> DatasetError {
        DatasetError("\(display):\(l ?? line):\(c ?? column): \(what)", file: display)
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A: i += 1; line += 1; lineStart = i
            case 0x20, 0x09, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(DatasetError) -> ManifestValue {
        guard depth < 64 else { throw error("values nested more than 64 deep") }
        guard i < bytes.count else { throw error("the file ends where a value was expected") }
        let (l, c) = (line, column)
        let kind: ManifestValue.Kind
        switch bytes[i] {
        case UInt8(ascii: "{"): kind = try object(depth: depth)
        case UInt8(ascii: "["): kind = try array(depth: depth)
        case UInt8(ascii: "\""): kind = .string(try string())
        case UInt8(ascii: "t"): try word("true"); kind = .bool(true)
        case UInt8(ascii: "f"): try word("false"); kind = .bool(false)
        case UInt8(ascii: "n"): try word("null"); kind = .null
        default: kind = .number(try number())
        }
        return ManifestValue(kind: kind, line: l, column: c)
    }

    private mutating func object(depth: Int) throws(DatasetError) -> ManifestValue.Kind {
        i += 1
        var members: [(key: String, value: ManifestValue, keyLine: Int, keyColumn: Int)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
            let (kl, kc) = (line, column)
            let key = try string()
            if members.contains(where: { $0.key == key }) { throw error("key \"\(key)\" appears twice", line: kl, column: kc) }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
            i += 1; skipSpace()
            members.append((key, try value(depth: depth + 1), kl, kc))
            skipSpace()
            guard i < bytes.count else { throw error("the file ends inside an object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw error("expected ',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws(DatasetError) -> ManifestValue.Kind {
        i += 1
        var items: [ManifestValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard i < bytes.count else { throw error("the file ends inside an array") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw error("expected ',' or ']'")
        }
    }

    private mutating func string() throws(DatasetError) -> String {
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            guard b >= 0x20 else { throw error("a control character inside a string") }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(bytes[i])
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                default: throw error("unsupported escape '\\\(Character(Unicode.Scalar(bytes[i])))' (paths need only \\\\, \\\" and \\/)")
                }
            } else {
                out.append(b)
            }
            i += 1
        }
        throw error("the file ends inside a string")
    }

    private mutating func word(_ w: String) throws(DatasetError) {
        let u = Array(w.utf8)
        guard i + u.count <= bytes.count, Array(bytes[i..<(i + u.count)]) == u else { throw error("expected a JSON value") }
        i += u.count
    }

    private mutating func number() throws(DatasetError) -> Double {
        let s = i
        while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
        guard i > s, let v = Double(String(decoding: bytes[s..<i], as: UTF8.self)) else {
            i = s
            throw error("expected a JSON value")
        }
        return v
    }
}
