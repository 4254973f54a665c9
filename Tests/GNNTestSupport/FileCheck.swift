// A small FileCheck: matches `// CHECK...:` directives against text, with regexes and captures.

/// Checks `input` against the directives written in `checks`, LLVM FileCheck style, and returns
/// one message per failure (empty on success). Directives, for the default prefix:
///
/// - `CHECK: pat`        pat occurs after the previous match.
/// - `CHECK-NEXT: pat`   pat occurs on the line right after the previous match.
/// - `CHECK-SAME: pat`   pat occurs on the same line as the previous match, after it.
/// - `CHECK-NOT: pat`    pat does not occur between the previous match and the next one
///                       (or the end of the input / label block).
/// - `CHECK-LABEL: pat`  matched first, in order; splits the input into blocks so that the
///                       checks between two labels only search between their matches.
///
/// In a pattern, `{{re}}` is a regex, `[[NAME:re]]` captures what `re` matched, `[[NAME]]` is
/// the captured text. Everything else is literal, except that a run of spaces matches any run
/// of spaces and tabs; leading and trailing spaces are ignored. Patterns never span lines.
/// `prefix` lets one file hold several sets of checks (the pass tests use `ERROR` for
/// expected diagnostics). Matching stops at the first failed positive check, since every later
/// check would be searched from the wrong place.
public func fileCheck(input: String, checks: String, prefix: String = "CHECK") -> [String] {
    guard !prefix.isEmpty else { return ["the check prefix is empty"] }
    switch parseCheckDirectives(checks, prefix: prefix) {
    case .failure(let problem): return [problem.message]
    case .success(let directives):
        guard !directives.isEmpty else { return ["no \(prefix): directives found in the check text"] }
        var matcher = CheckMatcher(input: input, prefix: prefix)
        return matcher.run(directives)
    }
}

struct CheckProblem: Error { var message: String }

struct CheckDirective {
    enum Kind: String { case plain = "", next = "-NEXT", same = "-SAME", not = "-NOT", label = "-LABEL" }
    var kind: Kind
    var pattern: String
    /// 1-based line in the check text, for failure messages.
    var line: Int
}

/// Finds the directives, one per line at most. An unknown `PREFIX-WORD:` is an error rather
/// than silently ignored, so a typo such as `CHECK-NXET:` cannot make a test vacuous.
func parseCheckDirectives(_ text: String, prefix: String) -> Result<[CheckDirective], CheckProblem> {
    var out: [CheckDirective] = []
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        switch directive(in: line, prefix: prefix, lineNumber: i + 1) {
        case .failure(let p): return .failure(p)
        case .success(let d?):
            if d.kind != .not, d.pattern.isEmpty {
                return .failure(CheckProblem(message: "check line \(i + 1): \(prefix)\(d.kind.rawValue): has an empty pattern"))
            }
            out.append(d)
        case .success(nil): continue
        }
    }
    return .success(out)
}

func directive(in line: Substring, prefix: String, lineNumber: Int) -> Result<CheckDirective?, CheckProblem> {
    var search = line[...]
    while let r = search.firstRange(of: prefix) {
        defer { search = line[r.upperBound...] }
        if r.lowerBound > line.startIndex, isCheckWordChar(line[line.index(before: r.lowerBound)]) { continue }
        let rest = line[r.upperBound...]
        if rest.hasPrefix(":") {
            return .success(CheckDirective(kind: .plain, pattern: trimmed(rest.dropFirst()), line: lineNumber))
        }
        guard rest.hasPrefix("-") else { continue }
        let word = rest.dropFirst().prefix { $0.isUppercase }
        guard rest.dropFirst(1 + word.count).hasPrefix(":") else { continue }
        guard let kind = CheckDirective.Kind(rawValue: "-" + word) else {
            return .failure(CheckProblem(message: "check line \(lineNumber): unsupported directive \(prefix)-\(word):"))
        }
        return .success(CheckDirective(kind: kind, pattern: trimmed(rest.dropFirst(2 + word.count)), line: lineNumber))
    }
    return .success(nil)
}

func isCheckWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "-" || c == "_" }

func trimmed(_ s: Substring) -> String {
    var t = s
    while let f = t.first, f == " " || f == "\t" { t = t.dropFirst() }
    while let l = t.last, l == " " || l == "\t" || l == "\r" { t = t.dropLast() }
    return String(t)
}
