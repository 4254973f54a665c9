// The error limit (clang's -ferror-limit): how many errors a front end reports before it stops.

/// Hostile or mangled input can hold an error every few bytes. The front ends (.gnn, .gir, .kir)
/// count errors as they find them and stop working at the first one past the limit, so the cost
/// of such input is the limit, not the input's size; `apply` then keeps the first `count` errors
/// by position and ends with one error saying that the rest were not reported.
public struct ErrorLimit: Sendable, Hashable, CustomStringConvertible {
    /// nil: no limit.
    public let count: Int?

    /// `count` errors at most; 0 (or less) means no limit, as `--error-limit 0` does.
    public init(_ count: Int) { self.count = count > 0 ? count : nil }

    /// What gnnc reports by default, as clang does.
    public static let standard = ErrorLimit(20)
    public static let none = ErrorLimit(0)

    /// Whether `errors` found so far are more than the limit: the producer should stop now (it has
    /// found one more than it may show, so the reader is told that more exist).
    public func isExceeded(by errors: Int) -> Bool { count.map { errors > $0 } ?? false }

    /// `sorted` (diagnostics in position order) cut before its first error past the limit, with one
    /// error at that error's location saying that gnnc stopped there. Unchanged within the limit.
    public func apply(_ sorted: [Diagnostic]) -> [Diagnostic] {
        guard let count else { return sorted }
        var errors = 0
        for (i, d) in sorted.enumerated() where d.severity == .error {
            errors += 1
            if errors > count { return Array(sorted[..<i]) + [.tooManyErrors(limit: count, at: d.range)] }
        }
        return sorted
    }

    public var description: String { count.map(String.init) ?? "none" }
}

extension Diagnostic {
    /// The last diagnostic of a run cut short by the error limit, at the first error not shown.
    public static func tooManyErrors(limit: Int, at r: SourceRange?) -> Diagnostic {
        Diagnostic(.tooManyErrors, "too many errors emitted, stopping now (the limit is \(limit); --error-limit N changes it, 0 means none)",
                   at: r)
    }
}
