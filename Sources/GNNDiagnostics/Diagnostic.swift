// Diagnostics as data: a stable id, a severity, a range, a message and notes.
public enum Severity: String, Sendable, Comparable {
    case note, warning, error
    public static func < (a: Severity, b: Severity) -> Bool {
        let order: [Severity] = [.note, .warning, .error]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

public struct Note: Hashable, Sendable {
    public var message: String
    public var range: SourceRange?
    public init(_ message: String, at range: SourceRange? = nil) { self.message = message; self.range = range }
}

public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    public var id: DiagnosticID
    public var severity: Severity
    public var message: String
    public var range: SourceRange?
    public var notes: [Note]

    public init(_ id: DiagnosticID, _ message: String, at range: SourceRange?, severity: Severity = .error, notes: [Note] = []) {
        self.id = id; self.message = message; self.range = range; self.severity = severity; self.notes = notes
    }

    public func with(note: Note) -> Diagnostic { var d = self; d.notes.append(note); return d }

    /// `file:line:col: error[E301]: message` without the excerpt.
    public var description: String {
        let loc = range.map { "\($0.start): " } ?? ""
        return "\(loc)\(severity.rawValue)[\(id.rawValue)]: \(message)"
    }
}

/// An error that is a diagnostic: runtime, data and device failures carry a stable id and render
/// through `DiagnosticRenderer` like compile errors.
public protocol DiagnosticConvertible: Error {
    var diagnostic: Diagnostic { get }
}

extension Diagnostic {
    /// `error` as a diagnostic: its own when it has one, else an unexpected failure naming it.
    public static func of(_ error: any Error) -> Diagnostic {
        if let d = error as? Diagnostic { return d }
        if let c = error as? any DiagnosticConvertible { return c.diagnostic }
        return Diagnostic(.unexpectedFailure, "\(error)", at: nil)
    }
}

/// Collects diagnostics in emission order; stages append, the driver renders them all at once.
public struct DiagnosticBag: Sendable {
    public private(set) var all: [Diagnostic] = []
    public init() {}
    public mutating func report(_ d: Diagnostic) { all.append(d) }
    public mutating func report(contentsOf ds: [Diagnostic]) { all.append(contentsOf: ds) }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    /// Sorted by position (file, offset), then by emission order; stable and deterministic.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            let la = a.element.range?.start, lb = b.element.range?.start
            if la?.file != lb?.file { return (la?.file ?? "") < (lb?.file ?? "") }
            if la?.offset != lb?.offset { return (la?.offset ?? -1) < (lb?.offset ?? -1) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
