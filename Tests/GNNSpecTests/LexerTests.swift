// Lexer tests: token kinds and byte offsets, numbers, `->` vs `-`, comments, line starts, bad numbers and characters.
import XCTest
import GNNDiagnostics
import GNNSpec

final class LexerTests: XCTestCase {
    func lex(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        Lexer.tokenize(SourceFile(name: "t.gnn", text: text))
    }

    /// Kinds without the final end-of-file token.
    func kinds(_ text: String) -> [TokenKind] {
        let toks = lex(text).tokens
        XCTAssertEqual(toks.last?.kind, .eof, "the token list ends with end of file")
        return toks.dropLast().map(\.kind)
    }

    func testTokensAndByteOffsetsOfASmallInput() {
        let text = "let agg = h @ W\n  return agg[src]"
        let (tokens, diagnostics) = lex(text)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(tokens.map(\.kind), [
            .keyword(.let), .identifier("agg"), .punct(.equal), .identifier("h"), .punct(.at), .identifier("W"),
            .keyword(.return), .identifier("agg"), .punct(.lbracket), .identifier("src"), .punct(.rbracket), .eof,
        ])
        XCTAssertEqual(tokens.map(\.start), [0, 4, 8, 10, 12, 14, 18, 25, 28, 29, 32, 33])
        XCTAssertEqual(tokens.map(\.end), [3, 7, 9, 11, 13, 15, 24, 28, 29, 32, 33, 33])
        // Offsets are byte offsets: slicing the source with them gives each token's spelling.
        let bytes = Array(text.utf8)
        for t in tokens.dropLast() {
            XCTAssertEqual(String(decoding: bytes[t.start..<t.end], as: UTF8.self), t.text)
        }
    }

    func testEveryKeywordAndPunctuationLexesAsItself() {
        for k in Keyword.allCases { XCTAssertEqual(kinds(k.rawValue), [.keyword(k)], k.rawValue) }
        for p in Punct.allCases { XCTAssertEqual(kinds(p.rawValue), [.punct(p)], p.rawValue) }
        // A keyword with more letters glued on is an identifier.
        XCTAssertEqual(kinds("layers let_ returned"), [.identifier("layers"), .identifier("let_"), .identifier("returned")])
    }

    func testNumbers() {
        XCTAssertEqual(kinds("0 16 1433"), [.integer(0), .integer(16), .integer(1433)])
        XCTAssertEqual(kinds("0.5"), [.float(0.5)])
        XCTAssertEqual(kinds("5e-4"), [.float(5e-4)])
        XCTAssertEqual(kinds("1E+3"), [.float(1000)])
        XCTAssertEqual(kinds("2e3 1.5E-2"), [.float(2000), .float(0.015)])
        // The sign is not part of the number: `-1` is minus then 1, `1-2` is three tokens.
        XCTAssertEqual(kinds("-1"), [.punct(.minus), .integer(1)])
        XCTAssertEqual(kinds("1-2"), [.integer(1), .punct(.minus), .integer(2)])
        XCTAssertEqual(lex("0 0.5 5e-4 1E+3").diagnostics, [])
        // An int that does not fit and a float that overflows are E104, not a crash or a wrong value.
        for text in ["99999999999999999999", "1e999"] {
            let (tokens, ds) = lex(text)
            XCTAssertEqual(tokens.map(\.kind), [.invalid, .eof], text)
            XCTAssertEqual(ds.map(\.id), [.numberOutOfRange], text)
        }
    }

    func testArrowIsOneTokenButMinusAndGreaterApartAreTwo() {
        XCTAssertEqual(kinds("a->b"), [.identifier("a"), .punct(.arrow), .identifier("b")])
        XCTAssertEqual(kinds(") -> node"), [.punct(.rparen), .punct(.arrow), .identifier("node")])
        XCTAssertEqual(kinds("a - > b"), [.identifier("a"), .punct(.minus), .punct(.greater), .identifier("b")])
        XCTAssertEqual(kinds("a-b"), [.identifier("a"), .punct(.minus), .identifier("b")])
        XCTAssertEqual(kinds("a--b"), [.identifier("a"), .punct(.minus), .punct(.minus), .identifier("b")])
        XCTAssertEqual(kinds("->>"), [.punct(.arrow), .punct(.greater)])
        let arrow = lex("x->y").tokens[1]
        XCTAssertEqual(arrow.start, 1)
        XCTAssertEqual(arrow.end, 3)
    }

    func testCommentsAreSkipped() {
        let text = """
        // a line comment with tokens: let x = 1
        a /* block: return b */ b // trailing
        /* multi
           line */ c
        """
        let (tokens, diagnostics) = lex(text)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(tokens.map(\.kind), [.identifier("a"), .identifier("b"), .identifier("c"), .eof])
        // `/` alone is still division, and `a/b` is three tokens.
        XCTAssertEqual(kinds("a / b"), [.identifier("a"), .punct(.slash), .identifier("b")])
        XCTAssertEqual(kinds("a/b"), [.identifier("a"), .punct(.slash), .identifier("b")])
        // A comment at the very end of the file, without a newline.
        XCTAssertEqual(kinds("a //"), [.identifier("a")])
    }

    func testUnterminatedBlockCommentIsOneDiagnosticAtItsStart() {
        let (tokens, diagnostics) = lex("a /* never closed\n b c")
        XCTAssertEqual(tokens.map(\.kind), [.identifier("a"), .eof])
        XCTAssertEqual(diagnostics.map(\.id), [.unterminatedComment])
        XCTAssertEqual(diagnostics.first?.range?.start.offset, 2)
        XCTAssertEqual(lex("/*").diagnostics.map(\.id), [.unterminatedComment])
        XCTAssertEqual(lex("/*/").diagnostics.map(\.id), [.unterminatedComment])
    }

    func testAtLineStartFlags() {
        let text = "a b\n  c\n\n(d /* x\n y */ e // z\nf"
        let toks = lex(text).tokens
        let flags = toks.map { "\($0.text):\($0.atLineStart)" }
        XCTAssertEqual(flags, [
            "a:true",        // the first token of the file
            "b:false",
            "c:true",        // after a newline and indentation
            "(:true",        // after a blank line
            "d:false",
            "e:true",        // a block comment that spans a newline counts as a line break
            "f:true",        // a line comment ends at the newline
            "end of file:true",
        ])
    }

    func testBadNumbersGiveExactlyOneE102Each() {
        for bad in ["1e", "1.2.3", "12abc", "1e+", "3.", "0x1F"] {
            let (tokens, diagnostics) = lex("let y = \(bad) + 1")
            XCTAssertEqual(diagnostics.map(\.id), [.badNumber], bad)
            XCTAssertEqual(diagnostics.first?.message, "bad number '\(bad)'", bad)
            // The whole malformed spelling is one invalid token, and lexing goes on after it.
            XCTAssertEqual(tokens.map(\.kind), [.keyword(.let), .identifier("y"), .punct(.equal), .invalid,
                                                .punct(.plus), .integer(1), .eof], bad)
            XCTAssertEqual(diagnostics.first?.range?.start.offset, 8, bad)
            XCTAssertEqual(diagnostics.first?.range?.end.offset, 8 + bad.utf8.count, bad)
        }
        // Three bad numbers in one line: three diagnostics, at their own columns.
        let (_, ds) = lex("1e 1.2.3 12abc")
        XCTAssertEqual(ds.map(\.id), [.badNumber, .badNumber, .badNumber])
        XCTAssertEqual(ds.compactMap { $0.range?.start.column }, [1, 4, 10])
    }

    func testNonASCIIGivesOneE101PerRun() {
        // "é" is two bytes, "日本語" nine: one diagnostic per run, not per byte.
        let (tokens, diagnostics) = lex("a é b 日本語 c")
        XCTAssertEqual(diagnostics.map(\.id), [.unexpectedCharacter, .unexpectedCharacter])
        XCTAssertEqual(tokens.map(\.kind), [.identifier("a"), .invalid, .identifier("b"), .invalid, .identifier("c"), .eof])
        XCTAssertEqual(diagnostics.map { $0.range!.start.offset }, [2, 7])
        XCTAssertEqual(diagnostics.map { $0.range!.end.offset }, [4, 16])
        XCTAssertTrue(diagnostics[0].message.contains("U+E9"), diagnostics[0].message)
        // A run glued to a name is still one diagnostic; the name is lexed on both sides.
        let glued = lex("héllo")
        XCTAssertEqual(glued.diagnostics.map(\.id), [.unexpectedCharacter])
        XCTAssertEqual(glued.tokens.map(\.kind), [.identifier("h"), .invalid, .identifier("llo"), .eof])
        // Stray ASCII characters are E101 too, one each.
        XCTAssertEqual(lex("a # b $").diagnostics.map(\.id), [.unexpectedCharacter, .unexpectedCharacter])
    }

    /// Any run of characters that cannot start a token is one E101, ASCII or not: 100,000 NULs or
    /// '$'s were 100,000 diagnostics, each reprinting the whole line. White space ends a run.
    func testARunOfAnyBadCharactersIsOneE101() {
        let (tokens, ds) = lex("a $#? b")
        XCTAssertEqual(ds.map(\.id), [.unexpectedCharacter])
        XCTAssertEqual(ds.first?.message, "unexpected characters '$#?'")
        XCTAssertEqual(tokens.map(\.kind), [.identifier("a"), .invalid, .identifier("b"), .eof])
        for bad in ["\u{0}", "$", "\u{FFFD}", "\u{7F}"] {
            let run = lex("x " + String(repeating: bad, count: 100_000) + " y")
            XCTAssertEqual(run.diagnostics.count, 1, bad.debugDescription)
            XCTAssertEqual(run.diagnostics.first?.range?.start.offset, 2)
            XCTAssertEqual(run.diagnostics.first?.range?.end.offset, 2 + 100_000 * bad.utf8.count)
            XCTAssertTrue(run.diagnostics.first?.message.hasSuffix("(100000 in a row)") ?? false, run.diagnostics.first?.message ?? "")
        }
        XCTAssertEqual(lex("$\t$\r$").diagnostics.count, 3, "tabs and carriage returns end a run")
        XCTAssertEqual(lex("$$x$$").tokens.map(\.kind), [.invalid, .identifier("x"), .invalid, .eof])
    }

    /// Past the error limit the lexer stops: the tokens end with an end of file where it stopped,
    /// after one error more than the limit (so the reader can be told that there are more).
    func testTheLexerStopsPastTheErrorLimit() {
        let file = SourceFile(name: "t.gnn", text: "$ $ $ $ $ $ $ $")
        let (tokens, ds) = Lexer.tokenize(file, errorLimit: ErrorLimit(3))
        XCTAssertEqual(ds.count, 4)
        XCTAssertEqual(tokens.count, 5)
        XCTAssertEqual(tokens.last?.kind, .eof)
        XCTAssertEqual(tokens.last?.start, 7)
        XCTAssertEqual(Lexer.tokenize(file).diagnostics.count, 8, "no limit by default")
    }

    func testEmptyAndWhitespaceOnlyInputsGiveOnlyEndOfFile() {
        for text in ["", "   ", "\n\n", "// only a comment", "/* c */"] {
            let (tokens, diagnostics) = lex(text)
            XCTAssertEqual(tokens.map(\.kind), [.eof], text)
            XCTAssertEqual(tokens.first?.start, text.utf8.count, text)
            XCTAssertEqual(diagnostics, [], text)
        }
    }
}
