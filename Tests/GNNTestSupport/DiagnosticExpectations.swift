// Expected diagnostics written inline in test inputs, under the line they point at:
//
//     let y = h @ Wx
//     //          ^ E301 unknown name 'Wx'
//
// The caret's column is the expected column, the line is the nearest line above that is not an
// annotation, the id must match exactly and the rest (if any) must occur in the message. Columns a
// caret cannot reach (1 and 2, under the `//`) are written `// @1 E203 message`.
import GNNDiagnostics

public struct ExpectedDiagnostic: Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var id: String
    public var messageFragment: String
    public var description: String { "\(line):\(column): \(id) \(messageFragment)" }
}

public enum DiagnosticExpectations {
    /// Reads every `// ^ ID message` annotation of a source text.
    public static func parse(_ text: String) -> [ExpectedDiagnostic] {
        var out: [ExpectedDiagnostic] = []
        var lastCodeLine = 0
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            guard let annotation = annotation(line, lineNumber: lastCodeLine) else {
                lastCodeLine = i + 1
                continue
            }
            out.append(annotation)
        }
        return out
    }

    static func annotation(_ line: String, lineNumber: Int) -> ExpectedDiagnostic? {
        let bytes = Array(line.utf8)
        var i = 0
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "/"), bytes[i + 1] == UInt8(ascii: "/") else { return nil }
        var j = i + 2
        while j < bytes.count, bytes[j] == UInt8(ascii: " ") { j += 1 }
        guard j < bytes.count else { return nil }
        var column = j + 1
        var restStart = j + 1
        if bytes[j] == UInt8(ascii: "@") {
            var k = j + 1
            while k < bytes.count, bytes[k] >= UInt8(ascii: "0"), bytes[k] <= UInt8(ascii: "9") { k += 1 }
            guard k > j + 1, let explicit = Int(String(decoding: bytes[(j + 1)..<k], as: UTF8.self)) else { return nil }
            column = explicit
            restStart = k
        } else if bytes[j] != UInt8(ascii: "^") {
            return nil
        }
        let rest = String(decoding: bytes[restStart...], as: UTF8.self).drop { $0 == " " }
        let parts = rest.split(separator: " ", maxSplits: 1)
        guard let id = parts.first, id.hasPrefix("E") else { return nil }
        return ExpectedDiagnostic(line: lineNumber, column: column, id: String(id),
                                  messageFragment: parts.count > 1 ? String(parts[1]) : "")
    }

    /// Failures: expected diagnostics that did not appear and errors that were not expected.
    public static func check(_ actual: [Diagnostic], against expected: [ExpectedDiagnostic]) -> [String] {
        var failures: [String] = []
        var unmatched = actual.filter { $0.severity != .note }
        for e in expected {
            if let k = unmatched.firstIndex(where: { matches($0, e) }) {
                unmatched.remove(at: k)
            } else {
                let near = actual.filter { $0.range?.start.line == e.line }.map(\.description)
                failures.append("expected \(e) not reported" + (near.isEmpty ? "" : "; on that line: \(near.joined(separator: " | "))"))
            }
        }
        for d in unmatched { failures.append("unexpected \(d)") }
        return failures
    }

    static func matches(_ d: Diagnostic, _ e: ExpectedDiagnostic) -> Bool {
        guard let r = d.range else { return false }
        return r.start.line == e.line && r.start.column == e.column && d.id.rawValue == e.id
            && (e.messageFragment.isEmpty || d.message.contains(e.messageFragment))
    }
}
