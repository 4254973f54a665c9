// Attribute values attached to ops and to the module (train settings, graph settings).
public enum Attribute: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case float(Double)
    /// A bare identifier such as `glorot` or `adam`.
    case ident(String)
    case string(String)
    case dims([Dim])
    case list([Attribute])

    /// Floats print in Swift's shortest round-trip form and always carry a `.` or an exponent,
    /// so that `0.5` never reads back as an int.
    public var description: String {
        switch self {
        case .int(let v): return String(v)
        case .float(let v): return Attribute.formatFloat(v)
        case .ident(let s): return s
        case .string(let s): return "\"" + Attribute.escape(s) + "\""
        case .dims(let ds): return "<" + ds.map(\.description).joined(separator: ", ") + ">"
        case .list(let xs): return "[" + xs.map(\.description).joined(separator: ", ") + "]"
        }
    }

    public static func formatFloat(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        let s = String(v)
        return s.contains(".") || s.contains("e") ? s : s + ".0"
    }

    /// Walks unicode scalars, not Characters: "\r\n" is one Character and would otherwise slip
    /// through unescaped and break the one-line-per-op text format.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    public var asDouble: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .float(let v): return v
        default: return nil
        }
    }
    public var asInt: Int? { if case .int(let v) = self { return v }; return nil }
    public var asIdent: String? { if case .ident(let s) = self { return s }; return nil }
    public var asDims: [Dim]? { if case .dims(let d) = self { return d }; return nil }
}

/// An attribute dictionary that always iterates in sorted key order, so printing is deterministic.
public struct Attributes: Hashable, Sendable, Sequence {
    public private(set) var storage: [(key: String, value: Attribute)] = []

    public init() {}
    public init(_ pairs: [String: Attribute]) {
        for k in pairs.keys.sorted() { storage.append((k, pairs[k]!)) }
    }

    public subscript(key: String) -> Attribute? {
        get { storage.first { $0.key == key }?.value }
        set {
            storage.removeAll { $0.key == key }
            if let v = newValue {
                storage.append((key, v))
                storage.sort { $0.key < $1.key }
            }
        }
    }

    public var isEmpty: Bool { storage.isEmpty }
    public var keys: [String] { storage.map(\.key) }
    public func makeIterator() -> IndexingIterator<[(key: String, value: Attribute)]> { storage.makeIterator() }

    public static func == (a: Attributes, b: Attributes) -> Bool {
        a.storage.count == b.storage.count && zip(a.storage, b.storage).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
    public func hash(into h: inout Hasher) {
        for (k, v) in storage { h.combine(k); h.combine(v) }
    }

    /// `{init = glorot, p = 0.5}`, or empty when there are none.
    public var description: String {
        storage.isEmpty ? "" : "{" + storage.map { "\($0.key) = \($0.value)" }.joined(separator: ", ") + "}"
    }
}
