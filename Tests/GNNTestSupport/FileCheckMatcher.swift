// FileCheck's matching half: compiles patterns to regexes and walks the input line by line.

/// A place in the input: a line index and a UTF-8 column within it.
struct CheckPosition: Comparable {
    var line: Int
    var col: Int
    static func < (a: CheckPosition, b: CheckPosition) -> Bool { (a.line, a.col) < (b.line, b.col) }
}

struct CheckMatch {
    var start: CheckPosition
    var end: CheckPosition
    var captures: [(String, String)]
}

struct CompiledPattern {
    var regex: Regex<AnyRegexOutput>
    var captureNames: [String]
}

struct CheckMatcher {
    let lines: [Substring]
    let prefix: String
    /// Captured variables, in definition order; later definitions shadow earlier ones.
    var variables: [(String, String)] = []
    var failures: [String] = []

    init(input: String, prefix: String) {
        self.lines = input.split(separator: "\n", omittingEmptySubsequences: false)
        self.prefix = prefix
    }

    var inputEnd: CheckPosition { CheckPosition(line: lines.count - 1, col: lines[lines.count - 1].utf8.count) }

    mutating func run(_ directives: [CheckDirective]) -> [String] {
        let labels = directives.filter { $0.kind == .label }
        var labelMatches: [CheckMatch] = []
        var from = CheckPosition(line: 0, col: 0)
        for label in labels {
            guard let m = find(label, from: from, to: inputEnd) else { return failures }
            labelMatches.append(m)
            from = m.end
        }
        // Blocks: before the first label, then one per label up to the next label's match.
        var block: [CheckDirective] = []
        var blockIndex = -1
        for d in directives {
            if d.kind == .label {
                guard checkBlock(block, after: blockIndex, labels: labelMatches) else { return failures }
                block = []
                blockIndex += 1
            } else {
                block.append(d)
            }
        }
        _ = checkBlock(block, after: blockIndex, labels: labelMatches)
        return failures
    }

    /// Matches one block's directives between label `index` (or the input start for -1) and the
    /// next label (or the input end). Returns false after a failed positive check.
    mutating func checkBlock(_ block: [CheckDirective], after index: Int, labels: [CheckMatch]) -> Bool {
        let regionEnd = index + 1 < labels.count ? labels[index + 1].start : inputEnd
        var cursor = index >= 0 ? labels[index].end : CheckPosition(line: 0, col: 0)
        var previousLine: Int? = index >= 0 ? labels[index].end.line : nil
        var pendingNots: [CheckDirective] = []
        for d in block {
            if d.kind == .not { pendingNots.append(d); continue }
            guard let m = matchPositive(d, cursor: cursor, previousLine: previousLine, regionEnd: regionEnd) else { return false }
            checkNots(pendingNots, from: cursor, to: m.start)
            pendingNots = []
            cursor = m.end
            previousLine = m.end.line
        }
        checkNots(pendingNots, from: cursor, to: regionEnd)
        return true
    }

    mutating func matchPositive(_ d: CheckDirective, cursor: CheckPosition, previousLine: Int?,
                                regionEnd: CheckPosition) -> CheckMatch? {
        if d.kind == .next || d.kind == .same, previousLine == nil {
            fail(d, "\(name(d)) has no previous match to follow (it cannot be the first check of a block)")
            return nil
        }
        let end = d.kind == .same ? min(regionEnd, CheckPosition(line: cursor.line, col: lines[cursor.line].utf8.count)) : regionEnd
        guard let m = find(d, from: cursor, to: end) else { return nil }
        if d.kind == .next, let p = previousLine, m.start.line != p + 1 {
            fail(d, "\(name(d)) matched on input line \(m.start.line + 1), but the previous match was on line \(p + 1)",
                 near: m.start.line)
            return nil
        }
        return m
    }

    mutating func checkNots(_ nots: [CheckDirective], from: CheckPosition, to: CheckPosition) {
        for d in nots {
            guard let pattern = compile(d) else { continue }
            if let m = search(pattern, from: from, to: to) {
                fail(d, "\(name(d)) excluded pattern found on input line \(m.start.line + 1)", near: m.start.line, count: 1)
            }
        }
    }

    /// Compiles and searches; on a miss records a failure showing where the search started.
    mutating func find(_ d: CheckDirective, from: CheckPosition, to: CheckPosition) -> CheckMatch? {
        guard let pattern = compile(d) else { return nil }
        if let m = search(pattern, from: from, to: to) {
            variables.append(contentsOf: m.captures)
            return m
        }
        fail(d, "\(name(d)) expected pattern not found; searched from input line \(from.line + 1), column \(from.col + 1)",
             near: from.line)
        return nil
    }

    func search(_ p: CompiledPattern, from: CheckPosition, to: CheckPosition) -> CheckMatch? {
        guard from <= to else { return nil }
        for l in from.line...min(to.line, lines.count - 1) {
            let line = lines[l]
            let lo = l == from.line ? from.col : 0
            let hi = l == to.line ? to.col : line.utf8.count
            guard lo <= hi else { continue }
            let u = line.utf8
            let slice = line[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)]
            guard let m = try? p.regex.firstMatch(in: slice) else { continue }
            let captures = p.captureNames.map { n in (n, m.output[n]?.substring.map(String.init) ?? "") }
            return CheckMatch(start: CheckPosition(line: l, col: u.distance(from: u.startIndex, to: m.range.lowerBound)),
                              end: CheckPosition(line: l, col: u.distance(from: u.startIndex, to: m.range.upperBound)),
                              captures: captures)
        }
        return nil
    }

    mutating func compile(_ d: CheckDirective) -> CompiledPattern? {
        switch compilePattern(d.pattern, variables: variables) {
        case .failure(let p):
            fail(d, p.message)
            return nil
        case .success(let c):
            return c
        }
    }

    func name(_ d: CheckDirective) -> String { "\(prefix)\(d.kind.rawValue):" }

    /// Failure text: the check line and its pattern, the variables in scope, and a few input
    /// lines from where the search started (or where the offending match was).
    mutating func fail(_ d: CheckDirective, _ message: String, near line: Int? = nil, count: Int = 5) {
        var text = "check line \(d.line): \(message)\n  pattern: \(name(d)) \(d.pattern)"
        for (n, v) in variables where d.pattern.contains("[[\(n)]]") { text += "\n  with \(n) = \"\(v)\"" }
        if let line {
            text += "\n  input:"
            for l in line..<min(lines.count, line + count) { text += "\n  \(String(l + 1).leftPadded(4)) | \(lines[l])" }
        }
        failures.append(text)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}

/// Literal text escaped, `{{re}}` spliced in, `[[X:re]]` as a named group, `[[X]]` as the
/// captured text (or a back-reference when X was captured earlier in the same pattern).
func compilePattern(_ pattern: String, variables: [(String, String)]) -> Result<CompiledPattern, CheckProblem> {
    var regex = ""
    var names: [String] = []
    var rest = pattern[...]
    while !rest.isEmpty {
        if rest.hasPrefix("{{") {
            guard let close = rest.firstRange(of: "}}") else { return .failure(CheckProblem(message: "'{{' without a closing '}}'")) }
            regex += "(?:" + rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound] + ")"
            rest = rest[close.upperBound...]
        } else if rest.hasPrefix("[[") {
            let open = rest.index(rest.startIndex, offsetBy: 2)
            guard let close = variableEnd(rest[open...]) else { return .failure(CheckProblem(message: "'[[' without a closing ']]'")) }
            let body = rest[open..<close]
            switch variableRegex(body, variables: variables, definedHere: &names) {
            case .failure(let p): return .failure(p)
            case .success(let r): regex += r
            }
            rest = rest[rest.index(close, offsetBy: 2)...]
        } else if rest.first == " " || rest.first == "\t" {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            regex += "[ \\t]+"
        } else {
            regex += escapeRegex(rest.first!)
            rest = rest.dropFirst()
        }
    }
    do {
        return .success(CompiledPattern(regex: try Regex(regex), captureNames: names))
    } catch {
        return .failure(CheckProblem(message: "invalid regex in pattern: \(error)"))
    }
}

/// The `]]` closing a `[[...]]`, skipping brackets of character classes inside it (as in
/// `[[V:[a-z]+]]`) and escaped characters.
func variableEnd(_ s: Substring) -> Substring.Index? {
    var depth = 0
    var i = s.startIndex
    while i < s.endIndex {
        let c = s[i]
        if c == "\\" {
            i = s.index(after: i)
            if i < s.endIndex { i = s.index(after: i) }
            continue
        }
        if c == "[" { depth += 1 }
        if c == "]" {
            if depth == 0, s[i...].hasPrefix("]]") { return i }
            depth = max(0, depth - 1)
        }
        i = s.index(after: i)
    }
    return nil
}

func variableRegex(_ body: Substring, variables: [(String, String)], definedHere: inout [String]) -> Result<String, CheckProblem> {
    let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let name = String(parts[0])
    guard let first = name.first, first.isLetter || first == "_", name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
          name.allSatisfy(\.isASCII) else {
        return .failure(CheckProblem(message: "invalid variable name '\(name)'"))
    }
    if parts.count == 2 {
        definedHere.append(name)
        return .success("(?<\(name)>\(parts[1]))")
    }
    if definedHere.contains(name) { return .success("\\k<\(name)>") }
    guard let value = variables.last(where: { $0.0 == name })?.1 else {
        return .failure(CheckProblem(message: "use of undefined variable [[\(name)]]"))
    }
    return .success(value.map(escapeRegex).joined())
}

func escapeRegex(_ c: Character) -> String {
    "\\^$.|?*+()[]{}/-#&~".contains(c) ? "\\" + String(c) : String(c)
}
