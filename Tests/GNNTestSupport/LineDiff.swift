// A unified-style line diff (longest common subsequence), for golden and FileCheck failures.

/// The edits turning `old` into `new`, as `@@ -a,b +c,d @@` hunks with `context` unchanged lines
/// around each change; empty when the texts are equal.
public func lineDiff(_ old: String, _ new: String, context: Int = 3) -> String {
    let a = DiffLines(old), b = DiffLines(new)
    var out = hunks(editScript(a.lines, b.lines), context: context)
    // Only meaningful when both sides have lines: an empty text has no last line to end.
    if a.endsWithNewline != b.endsWithNewline, !a.lines.isEmpty, !b.lines.isEmpty {
        out += "\\ the \(a.endsWithNewline ? "golden" : "actual") text ends with a newline and the other does not\n"
    }
    return out
}

struct DiffLines {
    var lines: [Substring]
    var endsWithNewline: Bool
    init(_ text: String) {
        // No text is no lines, not one empty line.
        lines = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false)
        endsWithNewline = text.hasSuffix("\n")
        // The empty piece after a final newline is not a line of its own.
        if endsWithNewline { lines.removeLast() }
    }
}

struct DiffEdit: Equatable {
    enum Kind: Character { case same = " ", delete = "-", insert = "+" }
    var kind: Kind
    var text: Substring
    /// 0-based positions in the old and new texts at this edit.
    var oldIndex: Int
    var newIndex: Int
}

/// Common prefix and suffix are peeled off first so the quadratic table only covers the part
/// that changed; a change too large for the table degrades to delete-all, insert-all.
func editScript(_ a: [Substring], _ b: [Substring]) -> [DiffEdit] {
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
    let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])
    var edits = (0..<prefix).map { DiffEdit(kind: .same, text: a[$0], oldIndex: $0, newIndex: $0) }
    edits += middleEdits(midA, midB).map { e in
        DiffEdit(kind: e.kind, text: e.text, oldIndex: e.oldIndex + prefix, newIndex: e.newIndex + prefix)
    }
    edits += (0..<suffix).map { k in
        DiffEdit(kind: .same, text: a[a.count - suffix + k], oldIndex: a.count - suffix + k, newIndex: b.count - suffix + k)
    }
    return edits
}

func middleEdits(_ a: [Substring], _ b: [Substring]) -> [DiffEdit] {
    let n = a.count, m = b.count
    guard n * m <= 4_000_000 else {
        return a.indices.map { DiffEdit(kind: .delete, text: a[$0], oldIndex: $0, newIndex: 0) }
            + b.indices.map { DiffEdit(kind: .insert, text: b[$0], oldIndex: n, newIndex: $0) }
    }
    // lcs[i][j]: length of the LCS of a[i...] and b[j...].
    var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    var edits: [DiffEdit] = []
    var i = 0, j = 0
    while i < n || j < m {
        if i < n, j < m, a[i] == b[j] {
            edits.append(DiffEdit(kind: .same, text: a[i], oldIndex: i, newIndex: j)); i += 1; j += 1
        } else if j < m, i == n || lcs[i][j + 1] > lcs[i + 1][j] {
            edits.append(DiffEdit(kind: .insert, text: b[j], oldIndex: i, newIndex: j)); j += 1
        } else {
            edits.append(DiffEdit(kind: .delete, text: a[i], oldIndex: i, newIndex: j)); i += 1
        }
    }
    return edits
}

/// Groups changes into hunks; two changes closer than `2 * context` share one hunk.
func hunks(_ edits: [DiffEdit], context: Int) -> String {
    let changed = edits.indices.filter { edits[$0].kind != .same }
    guard !changed.isEmpty else { return "" }
    var out = ""
    var k = 0
    while k < changed.count {
        var last = k
        while last + 1 < changed.count, changed[last + 1] - changed[last] <= 2 * context { last += 1 }
        let lo = max(0, changed[k] - context), hi = min(edits.count, changed[last] + context + 1)
        out += hunk(edits[lo..<hi])
        k = last + 1
    }
    return out
}

func hunk(_ slice: ArraySlice<DiffEdit>) -> String {
    let first = slice.first!
    let oldCount = slice.filter { $0.kind != .insert }.count
    let newCount = slice.filter { $0.kind != .delete }.count
    // Unified diffs number an empty side from the line before it.
    let oldStart = oldCount == 0 ? first.oldIndex : first.oldIndex + 1
    let newStart = newCount == 0 ? first.newIndex : first.newIndex + 1
    var out = "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
    for e in slice { out += "\(e.kind.rawValue)\(e.text)\n" }
    return out
}
