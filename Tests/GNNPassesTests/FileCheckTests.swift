// FileCheck: every directive passing and failing, regexes, captures, and the failure messages.
import GNNTestSupport
import XCTest

final class FileCheckTests: XCTestCase {
    let input = """
    model @M {
      %x = input : f32[N, 4]
      %0 = relu %x : f32[N, 4]
      %1 = exp %0 : f32[N, 4]
      return %1
    }
    """

    func passes(_ checks: String, line: UInt = #line) {
        XCTAssertEqual(fileCheck(input: input, checks: checks), [], line: line)
    }

    /// The failures, which must exist; each must name the check line it came from.
    func failures(_ checks: String, line: UInt = #line) -> [String] {
        let f = fileCheck(input: input, checks: checks)
        XCTAssertFalse(f.isEmpty, "expected the checks to fail", line: line)
        return f
    }

    func testCheckFindsPatternsInOrder() {
        passes("// CHECK: %x = input\n// CHECK: relu\n// CHECK: return %1")
        let f = failures("// CHECK: relu\n// CHECK: input")
        XCTAssertEqual(f.count, 1)
        XCTAssertTrue(f[0].hasPrefix("check line 2: CHECK: expected pattern not found; searched from input line 3, column"), f[0])
        XCTAssertTrue(f[0].contains("   3 |   %0 = relu %x : f32[N, 4]"), "shows the input where the search started: \(f[0])")
    }

    func testCheckNextNeedsTheVeryNextLine() {
        passes("// CHECK: relu\n// CHECK-NEXT: exp\n// CHECK-NEXT: return")
        let f = failures("// CHECK: input\n// CHECK-NEXT: exp")
        XCTAssertTrue(f[0].contains("check line 2: CHECK-NEXT: matched on input line 4, but the previous match was on line 2"), f[0])
        XCTAssertTrue(failures("// CHECK-NEXT: model")[0].contains("no previous match"))
    }

    func testCheckSameStaysOnTheLine() {
        passes("// CHECK: relu\n// CHECK-SAME: %x\n// CHECK-SAME: f32[N, 4]")
        XCTAssertTrue(failures("// CHECK: relu\n// CHECK-SAME: exp")[0].hasPrefix("check line 2: CHECK-SAME: expected pattern not found"))
        XCTAssertFalse(fileCheck(input: input, checks: "// CHECK: relu %x\n// CHECK-SAME: relu").isEmpty,
                       "SAME searches after the previous match, not from the start of the line")
    }

    func testCheckNotBetweenMatches() {
        passes("// CHECK: input\n// CHECK-NOT: exp\n// CHECK: relu")
        passes("// CHECK: exp\n// CHECK-NOT: relu")
        let between = failures("// CHECK: input\n// CHECK-NOT: relu\n// CHECK: exp")
        XCTAssertTrue(between[0].hasPrefix("check line 2: CHECK-NOT: excluded pattern found on input line 3"), between[0])
        let trailing = failures("// CHECK: relu\n// CHECK-NOT: return")
        XCTAssertTrue(trailing[0].contains("input line 5"), trailing[0])
        passes("// CHECK-NOT: gather")
    }

    func testLabelsSplitTheInputIntoBlocks() {
        let two = "func a\n  x = 1\nfunc b\n  y = 2\n"
        XCTAssertEqual(fileCheck(input: two, checks: "// CHECK-LABEL: func a\n// CHECK: x = 1\n// CHECK-LABEL: func b\n// CHECK-NEXT: y = 2"), [])
        let leaky = fileCheck(input: two, checks: "// CHECK-LABEL: func a\n// CHECK: y = 2\n// CHECK-LABEL: func b")
        XCTAssertEqual(leaky.count, 1, "a check may not search past the next label")
        XCTAssertTrue(leaky[0].hasPrefix("check line 2:"), leaky.joined())
        XCTAssertTrue(fileCheck(input: two, checks: "// CHECK-LABEL: func c")[0].hasPrefix("check line 1: CHECK-LABEL:"))
        XCTAssertFalse(fileCheck(input: two, checks: "// CHECK-LABEL: func b\n// CHECK-LABEL: func a").isEmpty, "labels match in order")
    }

    func testInlineRegexes() {
        passes("// CHECK: %{{[0-9]+}} = relu %x : f32[{{N|E}}, 4]")
        XCTAssertFalse(fileCheck(input: input, checks: "// CHECK: %{{[a-z]+}} = relu").isEmpty)
        XCTAssertTrue(failures("// CHECK: {{[}}")[0].contains("invalid regex"))
        XCTAssertTrue(failures("// CHECK: {{abc")[0].contains("'{{' without a closing '}}'"))
    }

    func testCapturesAndUses() {
        passes("// CHECK: [[R:%[0-9]+]] = relu\n// CHECK: exp [[R]] :\n// CHECK: return")
        let f = failures("// CHECK: [[R:%[0-9]+]] = exp\n// CHECK: relu [[R]]")
        XCTAssertTrue(f[0].contains("with R = \"%1\""), "shows the variable's value: \(f[0])")
        XCTAssertTrue(failures("// CHECK: relu [[NOPE]]")[0].contains("use of undefined variable [[NOPE]]"))
        XCTAssertTrue(failures("// CHECK: [[1X:a]]")[0].contains("invalid variable name"))
    }

    func testACaptureCanBeUsedLaterInTheSamePattern() {
        XCTAssertEqual(fileCheck(input: "a = a", checks: "// CHECK: [[V:[a-z]]] = [[V]]"), [])
        XCTAssertFalse(fileCheck(input: "a = b", checks: "// CHECK: [[V:[a-z]]] = [[V]]").isEmpty)
    }

    func testLiteralTextIsNotARegex() {
        XCTAssertEqual(fileCheck(input: "f32[N, 4] (x) a.b *+?", checks: "// CHECK: f32[N, 4] (x) a.b *+?"), [])
        XCTAssertFalse(fileCheck(input: "aXb", checks: "// CHECK: a.b").isEmpty)
    }

    func testWhitespaceRunsMatchAnyRunOfSpaces() {
        XCTAssertEqual(fileCheck(input: "a    b\tc", checks: "// CHECK:   a b c   "), [])
        XCTAssertFalse(fileCheck(input: "ab", checks: "// CHECK: a b").isEmpty)
    }

    func testPrefixesAndDirectiveErrors() {
        XCTAssertEqual(fileCheck(input: "x", checks: "// CHECK: nothing\n// OTHER: x", prefix: "OTHER"), [])
        XCTAssertEqual(fileCheck(input: "x", checks: "// MYCHECK: y\n// CHECK: x"), [], "a prefix inside a longer word is not a directive")
        XCTAssertEqual(fileCheck(input: "x", checks: "no directives"), ["no CHECK: directives found in the check text"])
        XCTAssertEqual(fileCheck(input: "x", checks: "// CHECK-NXET: x"), ["check line 1: unsupported directive CHECK-NXET:"])
        XCTAssertEqual(fileCheck(input: "x", checks: "// CHECK:"), ["check line 1: CHECK: has an empty pattern"])
    }
}
