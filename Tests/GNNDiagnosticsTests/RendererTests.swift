// DiagnosticRenderer: the header line, caret and tilde placement, long lines cut around the caret, notes, the bag's order, the error limit.
import GNNDiagnostics
import XCTest

final class RendererTests: XCTestCase {
    let file = SourceFile(name: "m.gnn", text: "model GCN {\n  let h = relu(x)\n\tlet y = h @ W\n}\n")

    func render(_ d: Diagnostic) -> String { DiagnosticRenderer(sources: [file]).render(d) }

    func testHeaderCaretAndTildesUnderTheRange() {
        let d = Diagnostic(.unknownName, "unknown name 'x'", at: file.range(27, 28))
        XCTAssertEqual(render(d), """
        m.gnn:2:16: error[E301]: unknown name 'x'
         2 |   let h = relu(x)
           |                ^

        """)
        let wide = Diagnostic(.unknownFunction, "unknown function 'relu'", at: file.range(22, 26))
        XCTAssertEqual(render(wide), """
        m.gnn:2:11: error[E313]: unknown function 'relu'
         2 |   let h = relu(x)
           |           ^~~~

        """)
    }

    func testTabsAreKeptSoTheCaretLinesUp() {
        let d = Diagnostic(.matmulShapeMismatch, "bad @", at: file.range(41, 42), severity: .warning)
        XCTAssertEqual(render(d), "m.gnn:3:12: warning[E303]: bad @\n 3 | \tlet y = h @ W\n   | \t          ^\n")
    }

    func testMultiLineRangeUnderlinesToTheEndOfTheFirstLine() {
        let d = Diagnostic(.unterminatedBlock, "block", at: file.range(6, 20))
        XCTAssertEqual(render(d), """
        m.gnn:1:7: error[E204]: block
         1 | model GCN {
           |       ^~~~~

        """)
    }

    func testNotesFollowWithTheirOwnExcerpt() {
        let d = Diagnostic(.duplicateDefinition, "'y' defined twice", at: file.range(35, 36),
                           notes: [Note("first defined here", at: file.range(18, 19)), Note("names are per layer")])
        XCTAssertEqual(render(d), """
        m.gnn:3:6: error[E302]: 'y' defined twice
         3 | \tlet y = h @ W
           | \t    ^
        m.gnn:2:7: note: first defined here
         2 |   let h = relu(x)
           |       ^
        note: names are per layer

        """)
    }

    func testNoRangeMeansNoLocationAndNoExcerpt() {
        XCTAssertEqual(render(Diagnostic(.unknownPass, "unknown pass 'x'", at: nil)), "error[E502]: unknown pass 'x'\n")
    }

    func testUnknownSourceFileStillGivesTheHeader() {
        let other = SourceFile(name: "other.gir", text: "abc\n")
        XCTAssertEqual(render(Diagnostic(.irSyntax, "bad", at: other.range(1, 2))), "other.gir:1:2: error[E401]: bad\n")
    }

    func testCaretAtTheEndOfFile() {
        let d = Diagnostic(.expectedToken, "expected '}'", at: file.range(file.bytes.count, file.bytes.count))
        XCTAssertEqual(render(d), "m.gnn:5:1: error[E201]: expected '}'\n 5 | \n   | ^\n")
    }

    func testLineColumnAndLineTextHandleCRLF() {
        let crlf = SourceFile(name: "w.gir", text: "ab\r\ncd\r\n")
        XCTAssertEqual(crlf.lineColumn(of: 4).line, 2)
        XCTAssertEqual(crlf.lineColumn(of: 5).column, 2)
        XCTAssertEqual(crlf.lineText(1), "ab")
        XCTAssertEqual(crlf.lineText(9), "")
    }

    func testBagSortsByPositionThenEmissionOrder() {
        var bag = DiagnosticBag()
        bag.report(Diagnostic(.unknownName, "second", at: file.range(20, 21)))
        bag.report(Diagnostic(.unknownName, "first", at: file.range(2, 3)))
        bag.report(Diagnostic(.unknownName, "same place, later", at: file.range(20, 21)))
        bag.report(Diagnostic(.unknownName, "a note", at: nil, severity: .note))
        XCTAssertEqual(bag.sorted.map(\.message), ["a note", "first", "second", "same place, later"])
        XCTAssertTrue(bag.hasErrors)
        XCTAssertEqual(bag.errors.count, 3)
    }

    // MARK: long lines

    /// A 10,000-column line: the excerpt is a 120-column window around the caret with "..." at
    /// both cut ends, and the caret still under the character the diagnostic names (before, the
    /// renderer printed the whole line for every diagnostic on it).
    func testALongLineIsCutAroundTheCaret() {
        let text = String(repeating: "a", count: 5000) + "X" + String(repeating: "b", count: 4999)
        let long = SourceFile(name: "l.gnn", text: text + "\n")
        let out = DiagnosticRenderer(sources: [long]).render(Diagnostic(.unexpectedCharacter, "x", at: long.range(5000, 5001)))
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, out)
        XCTAssertTrue(lines[1].hasPrefix(" 1 | ...a"), lines[1])
        XCTAssertTrue(lines[1].hasSuffix("b..."), lines[1])
        XCTAssertEqual(lines[1].count, " 1 | ".count + 3 + DiagnosticRenderer.maxExcerptColumns + 3)
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let x = lines[1].firstIndex(of: "X").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        XCTAssertNotNil(caret)
        XCTAssertEqual(caret, x)
        XCTAssertEqual(lines[2], "   | " + String(repeating: " ", count: x! - 5) + "^")
    }

    func testNearEitherEndOfALongLineOnlyTheOtherEndIsCut() {
        let long = SourceFile(name: "l.gnn", text: "X" + String(repeating: "a", count: 998) + "Y")
        let r = DiagnosticRenderer(sources: [long])
        let start = r.render(Diagnostic(.unexpectedCharacter, "x", at: long.range(0, 1))).split(separator: "\n").map(String.init)
        XCTAssertTrue(start[1].hasPrefix(" 1 | Xaaa"), start[1])
        XCTAssertTrue(start[1].hasSuffix("a..."), start[1])
        XCTAssertEqual(start[2], "   | ^")
        let end = r.render(Diagnostic(.unexpectedCharacter, "y", at: long.range(999, 1000))).split(separator: "\n").map(String.init)
        XCTAssertTrue(end[1].hasPrefix(" 1 | ...aaa"), end[1])
        XCTAssertTrue(end[1].hasSuffix("aY"), end[1])
        XCTAssertEqual(end[2].count, end[1].count, end[2])
        XCTAssertTrue(end[2].hasSuffix(" ^"))
        // A caret past the end of the line (a missing token at the end of a long line).
        let after = r.render(Diagnostic(.expectedToken, "expected ')'", at: long.range(1000, 1000))).split(separator: "\n").map(String.init)
        XCTAssertTrue(after[1].hasSuffix("aY"), after[1])
        XCTAssertEqual(after[2].count, after[1].count + 1, after[2])
    }

    /// A range longer than the window (a megabyte run of bad characters) is underlined to the
    /// window's end, not to the end of the range.
    func testARangeIsClippedToTheWindow() {
        let long = SourceFile(name: "l.gnn", text: String(repeating: "$", count: 100_000))
        let out = DiagnosticRenderer(sources: [long]).render(Diagnostic(.unexpectedCharacter, "x", at: long.range(0, 100_000)))
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[2], "   | ^" + String(repeating: "~", count: DiagnosticRenderer.maxExcerptColumns - 1))
        XCTAssertLessThan(out.utf8.count, 400)
    }

    /// Columns count characters, so a caret after "é" (two bytes) lines up; a long line is cut
    /// between characters, never inside one.
    func testMultiByteCharactersAreOneColumn() {
        let f = SourceFile(name: "u.gnn", text: "let é = x $\n")
        let out = DiagnosticRenderer(sources: [f]).render(Diagnostic(.unexpectedCharacter, "x", at: f.range(11, 12)))
        XCTAssertEqual(out, "u.gnn:1:12: error[E101]: x\n 1 | let é = x $\n   |           ^\n")
        let wide = SourceFile(name: "w.gnn", text: String(repeating: "é", count: 1000) + "$")
        let cut = DiagnosticRenderer(sources: [wide]).render(Diagnostic(.unexpectedCharacter, "x", at: wide.range(2000, 2001)))
        XCTAssertFalse(cut.contains("\u{FFFD}"), cut)
        let lines = cut.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[2].count, lines[1].count, cut)
    }

    /// Control characters from the file (a NUL, an escape sequence) never reach the terminal: the
    /// excerpt and the message show U+FFFD in their place, one column each.
    func testControlCharactersAreReplaced() {
        let f = SourceFile(name: "c.gnn", text: "model \u{1B}[31mM\u{0} $\n")
        let d = Diagnostic(.unexpectedCharacter, "bad \u{1B}[0m and \u{0}", at: f.range(14, 15))
        let out = DiagnosticRenderer(sources: [f]).render(d)
        XCTAssertEqual(out, "c.gnn:1:15: error[E101]: bad \u{FFFD}[0m and \u{FFFD}\n 1 | model \u{FFFD}[31mM\u{FFFD} $\n   |               ^\n")
    }

    func testAHugeMessageLineIsCut() {
        let name = String(repeating: "n", count: 50_000)
        let out = render(Diagnostic(.unknownName, "unknown name '\(name)'\nsecond line", at: nil))
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, out)
        XCTAssertLessThan(lines[0].utf8.count, DiagnosticRenderer.maxMessageLineBytes + 40)
        XCTAssertTrue(lines[0].hasSuffix("nnn... (49028 more bytes)"), lines[0].suffix(60).description)
        XCTAssertEqual(lines[1], "second line")
    }

    func testLineBounds() {
        let f = SourceFile(name: "b", text: "ab\r\ncd\nlast")
        XCTAssertEqual(f.lineBounds(1), 0..<2)
        XCTAssertEqual(f.lineBounds(2), 4..<6)
        XCTAssertEqual(f.lineBounds(3), 7..<11)
        XCTAssertEqual(f.lineBounds(4), 0..<0)
        XCTAssertEqual(f.lineBounds(0), 0..<0)
    }

    // MARK: the error limit

    func testTheErrorLimitKeepsTheFirstErrorsAndSaysWhereItStopped() {
        let ds = (0..<30).map { Diagnostic(.unknownName, "e\($0)", at: file.range($0, $0 + 1)) }
            + [Diagnostic(.unknownName, "w", at: file.range(2, 3), severity: .warning)]
        var bag = DiagnosticBag()
        bag.report(contentsOf: ds)
        let cut = ErrorLimit(20).apply(bag.sorted)
        XCTAssertEqual(cut.count, 22, "20 errors, the warning among them, and the last line")
        XCTAssertEqual(cut.filter { $0.severity == .error && $0.id == .unknownName }.count, 20)
        let last = cut.last
        XCTAssertEqual(last?.id, .tooManyErrors)
        XCTAssertEqual(last?.range?.start.offset, 20, "at the first error not shown")
        XCTAssertEqual(last?.message, "too many errors emitted, stopping now (the limit is 20; --error-limit N changes it, 0 means none)")
        XCTAssertEqual(ErrorLimit(30).apply(bag.sorted), bag.sorted, "within the limit nothing changes")
        XCTAssertEqual(ErrorLimit.none.apply(bag.sorted), bag.sorted)
        XCTAssertEqual(ErrorLimit(0), .none)
        XCTAssertEqual(ErrorLimit.standard.count, 20)
        XCTAssertFalse(ErrorLimit(2).isExceeded(by: 2))
        XCTAssertTrue(ErrorLimit(2).isExceeded(by: 3))
        XCTAssertFalse(ErrorLimit.none.isExceeded(by: Int.max))
    }

    func testARunOfUnexpectedCharactersIsNamedBriefly() {
        XCTAssertEqual(UnexpectedCharacters.message("$"), "unexpected character '$'")
        XCTAssertEqual(UnexpectedCharacters.message("#$"), "unexpected characters '#$'")
        XCTAssertEqual(UnexpectedCharacters.message("$$$"), "unexpected characters '$$$'")
        XCTAssertEqual(UnexpectedCharacters.message("é"), "unexpected character U+E9")
        XCTAssertEqual(UnexpectedCharacters.message(Substring(String(repeating: "\u{0}", count: 1_000_000))),
                       "unexpected character U+0 (1000000 in a row)")
        XCTAssertEqual(UnexpectedCharacters.message(Substring(String(repeating: "$", count: 10_000))), "unexpected character '$' (10000 in a row)")
        XCTAssertEqual(UnexpectedCharacters.message(Substring(String(repeating: "#$", count: 100))),
                       "unexpected characters '#$#$#$#$#$#$#$#$...' (200 in all)")
        XCTAssertEqual(UnexpectedCharacters.message(Substring(String(repeating: "\u{1}\u{2}", count: 100))),
                       "unexpected characters U+1 U+2 U+1 U+2 U+1 U+2 U+1 U+2 ... (200 in all)")
    }

    func testIdsAreUnique() {
        let raw = DiagnosticID.allCases.map(\.rawValue)
        XCTAssertEqual(Set(raw).count, raw.count)
    }
}
