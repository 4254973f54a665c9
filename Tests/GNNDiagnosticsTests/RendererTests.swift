// DiagnosticRenderer: the header line, caret and tilde placement, notes, and the bag's order.
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

    func testIdsAreUnique() {
        let raw = DiagnosticID.allCases.map(\.rawValue)
        XCTAssertEqual(Set(raw).count, raw.count)
    }
}
