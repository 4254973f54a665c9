// IRParser errors: each kind of mistake, reported at its exact line:col, all of them at once.
import GNNDiagnostics
import GNNIR
import XCTest

final class ParserDiagnosticsTests: XCTestCase {
    /// Parses text that must fail; returns the diagnostics as `file:line:col: error[id]: msg`.
    func errors(_ text: String, line: UInt = #line) -> [String] {
        let (m, diagnostics) = Fixtures.parse(text)
        XCTAssertNil(m, "a module with errors must not be returned", line: line)
        XCTAssertFalse(diagnostics.isEmpty, line: line)
        return diagnostics.map(\.description)
    }

    func testUseBeforeDefinition() {
        XCTAssertEqual(errors("""
        model @M {
          %a = relu %b : f32[N, 4]
          %b = input : f32[N, 4]
          return %a
        }
        """), ["t.gir:2:13: error[E402]: use of undefined value %b (values must be defined before they are used)"])
    }

    func testAValueCannotUseItself() {
        XCTAssertEqual(errors("model @M {\n  %a = relu %a : f32[N]\n  return %a\n}\n"),
                       ["t.gir:2:13: error[E402]: use of undefined value %a (values must be defined before they are used)"])
    }

    func testUnknownOpWithSuggestion() throws {
        let (_, diagnostics) = Fixtures.parse("model @M {\n  %x = input : f32[N, 4]\n  %0 = rleu %x : f32[N, 4]\n  return %0\n}\n")
        let d = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(d.description, "t.gir:3:8: error[E403]: unknown op 'rleu'")
        XCTAssertEqual(d.range?.end.column, 12)
        XCTAssertEqual(d.notes.map(\.message), ["did you mean 'relu'?"])
    }

    func testDuplicateValueNotesTheFirstDefinition() throws {
        let (_, diagnostics) = Fixtures.parse("""
        model @M {
          %x = input : f32[N, 4]
          %0 = relu %x : f32[N, 4]
          %x = relu %0 : f32[N, 4]
          %0 = relu %0 : f32[N, 4]
          return %x
        }
        """)
        XCTAssertEqual(diagnostics.map(\.description), [
            "t.gir:4:3: error[E405]: value %x is defined twice",
            "t.gir:5:3: error[E405]: value %0 is defined twice",
        ])
        XCTAssertEqual(diagnostics[0].notes.first?.range?.start.description, "t.gir:2:3")
        XCTAssertEqual(diagnostics[1].notes.first?.range?.start.description, "t.gir:3:3")
    }

    func testSyntaxErrorsNameWhatWasExpectedAndFound() {
        XCTAssertEqual(errors("model @M {\n  %x = input f32[N, 4]\n  return %x\n}\n"),
                       ["t.gir:2:14: error[E401]: expected ':' before the result type, found 'f32'"])
        XCTAssertEqual(errors("model M {\n  return\n}\n"),
                       ["t.gir:1:7: error[E401]: expected '@' before the model name, found 'M'"])
        XCTAssertEqual(errors("module @M {}"), ["t.gir:1:1: error[E401]: expected 'model', found 'module'",
                                                "t.gir:1:12: error[E408]: the model has no 'return'"],
                       "the header error does not stop the body from being checked")
        XCTAssertEqual(errors("model @M {\n  %x = input : f32[N, 4] \n  return %x\n}\ntrain {lr = }\n"),
                       ["t.gir:5:13: error[E401]: expected an attribute value, found '}'"])
    }

    func testRecoveryReportsEveryBadLine() {
        XCTAssertEqual(errors("""
        model @M<F> {
          %x = input : f32[N, F]
          %a = relu : : f32[N, F]
          %b = relu %x {p = } : f32[N, F]
          %c = relu %x : q32[N, F]
          %d = relu %nope : f32[N, F]
          return %d
        }
        """), [
            "t.gir:3:15: error[E401]: expected an element type (f32, f16, bf16, f64, i32, i64), found ':'",
            "t.gir:4:21: error[E401]: expected an attribute value, found '}'",
            "t.gir:5:18: error[E401]: unknown element type 'q32' (expected one of f32, f16, bf16, f64, i32, i64)",
            "t.gir:6:13: error[E402]: use of undefined value %nope (values must be defined before they are used)",
        ])
    }

    func testLexicalErrors() {
        XCTAssertEqual(errors("model @M {\n  %x = input {s = \"abc} : f32[N]\n  return %x\n}\n").first,
                       "t.gir:2:19: error[E401]: unterminated string")
        XCTAssertEqual(errors("model @M {\n  %x = input $ : f32[N]\n  return %x\n}\n"),
                       ["t.gir:2:14: error[E401]: unexpected character '$'"])
        XCTAssertEqual(errors("model @M {\n  %1a = input : f32[N]\n  return %1a\n}\n").first,
                       "t.gir:2:3: error[E401]: invalid value name '%1a': a name is either all digits or starts with a letter or '_'")
        XCTAssertEqual(errors("model @M {\n  %x = input {k = 12ab} : f32[N]\n  return %x\n}\n"),
                       ["t.gir:2:19: error[E401]: invalid number '12ab'"])
        XCTAssertEqual(errors("model @M {\n  %x = input {k = \"a\\qb\"} : f32[N]\n  return %x\n}\n"),
                       ["t.gir:2:21: error[E401]: unknown escape '\\q' in string"])
    }

    func testLiteralsOutOfRange() {
        XCTAssertEqual(errors("model @M {\n  %x = input {k = 99999999999999999999} : f32[N]\n  return %x\n}\n"),
                       ["t.gir:2:19: error[E407]: integer 99999999999999999999 does not fit in 64 bits"])
        XCTAssertEqual(errors("model @M {\n  %x = input : f32[N, 4611686018427387904*4]\n  return %x\n}\n"),
                       ["t.gir:2:23: error[E401]: dimension overflows 64-bit arithmetic"])
    }

    func testDuplicateAttributeKey() {
        XCTAssertEqual(errors("model @M {\n  %x = input {p = 1, p = 2} : f32[N]\n  return %x\n}\n"),
                       ["t.gir:2:22: error[E407]: attribute 'p' is given twice"])
    }

    func testStructureErrors() {
        XCTAssertEqual(errors("model @M {\n  %x = input : f32[N]\n"),
                       ["t.gir:3:1: error[E401]: expected '}' to close the model, found end of file"])
        XCTAssertEqual(errors("model @M {\n  %x = input : f32[N]\n}\n"),
                       ["t.gir:3:1: error[E408]: the model has no 'return'"])
        XCTAssertEqual(errors("model @M {\n  %x = input : f32[N]\n  return %x\n  %y = relu %x : f32[N]\n}\n"),
                       ["t.gir:4:3: error[E401]: ops must come before 'return'"])
        XCTAssertEqual(errors("model @M {\n  return\n}\nextra\n"),
                       ["t.gir:4:1: error[E401]: expected end of file after the model, found 'extra'"])
        XCTAssertEqual(errors("model @M {\n  %x = input : f32[N]\n  graph {a = 1}\n  return %x\n}\n"),
                       ["t.gir:3:3: error[E401]: 'graph {...}' must come once, before the ops"])
    }

    func testEmptyInputReportsAtTheEnd() throws {
        let (m, diagnostics) = Fixtures.parse("")
        XCTAssertNil(m)
        XCTAssertEqual(diagnostics.map(\.description), ["t.gir:1:1: error[E401]: expected 'model', found end of file"])
    }

    func testIllTypedButWellFormedTextParsesAndTheVerifierRejectsIt() throws {
        let text = "model @M {\n  %x = input : f32[N, 4]\n  %0 = gather.src %x : f32[N, 4]\n  return %0\n}\n"
        let (m, diagnostics) = Fixtures.parse(text)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(try XCTUnwrap(m).ops[1].type, .node([Dim(4)]), "the written type is recorded")
        let (verified, problems) = IRParser.parseAndVerify(Fixtures.source(text))
        XCTAssertNil(verified)
        XCTAssertEqual(problems.map(\.description), ["t.gir:3:3: error[E404]: %0: gather.src has type f32[N, 4], but its operands give f32[E, 4]"])
    }

    /// 500 lines with a stray character: the error limit's 20, then one at the 21st saying that
    /// parsing stopped (the lexer stopped there too); with no limit, all 500.
    func testErrorFloodIsCapped() {
        let text = "model @M {\n" + String(repeating: "  $\n", count: 500) + "}\n"
        let (_, diagnostics) = Fixtures.parse(text)
        XCTAssertEqual(diagnostics.count, 21)
        XCTAssertEqual(diagnostics.last?.description, "t.gir:22:3: error[E505]: too many errors emitted, stopping now (the limit is 20; --error-limit N changes it, 0 means none)")
        XCTAssertEqual(IRParser.parse(Fixtures.source(text), errorLimit: .none).1.filter { $0.message.hasPrefix("unexpected") }.count, 500)
    }

    /// Parse errors and stray characters together: the first 20 by position, whichever stage found
    /// them, and nothing about the end of file where the lexer stopped.
    func testTheErrorLimitKeepsTheFirstErrorsByPosition() {
        let text = "model @M {\n  %a = nosuch : f32[N]\n" + (0..<30).map { "  %b\($0) = input $ : f32[N]\n" }.joined()
            + "  return %a\n}\n"
        let (m, diagnostics) = Fixtures.parse(text)
        XCTAssertNil(m)
        XCTAssertEqual(diagnostics.count, 21)
        XCTAssertEqual(diagnostics.first?.description, "t.gir:2:8: error[E403]: unknown op 'nosuch'")
        XCTAssertEqual(diagnostics[1].description, "t.gir:3:15: error[E401]: unexpected character '$'")
        XCTAssertEqual(diagnostics.last?.range?.start.line, 22)
        XCTAssertEqual(diagnostics.last?.id, .tooManyErrors)
        XCTAssertFalse(diagnostics.contains { $0.message.contains("end of file") })
    }

    /// A run of stray characters is one error however long, and says briefly what it was.
    func testARunOfStrayCharactersIsOneError() {
        XCTAssertEqual(errors("model @M {\n  %x = input $$?$ : f32[N]\n  return %x\n}\n"),
                       ["t.gir:2:14: error[E401]: unexpected characters '$$?$'"])
        XCTAssertEqual(errors("model @M {\n  %x = input " + String(repeating: "\u{0}", count: 100_000) + " : f32[N]\n  return %x\n}\n"),
                       ["t.gir:2:14: error[E401]: unexpected character U+0 (100000 in a row)"])
    }
}
