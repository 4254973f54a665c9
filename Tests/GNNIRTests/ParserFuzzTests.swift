// Seeded mutation fuzzing of the IR parser: no crash, no hang, a module or a located error.
import Foundation
import GNNDiagnostics
import GNNIR
import GNNTestSupport
import XCTest

/// SplitMix64: tiny, seedable and identical on every platform, so a failing case reproduces.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}

final class ParserFuzzTests: XCTestCase {
    /// Fragments that are meaningful to the lexer and parser, so mutations reach deep states
    /// (half-open brackets, stray keywords, numbers at the edge of range) rather than just
    /// producing unexpected-character errors.
    static let vocabulary = [
        "%", "%x", "%0", "%9a", "{", "}", "[", "]", "<", ">", "(", ")", ",", "=", ":", "*", "+", "-", "@",
        "\"", "\\", "//", "\n", " ", "\t", "\r\n", "model", "return", "graph", "train", "relu", "aggregate.dst.sum",
        "N", "E", "F", "H*FO", "f32", "q32", "1e", "0.5", "1e-7", "-inf", "nan", "99999999999999999999",
        "9223372036854775807", "é", "$", "[[[[[[", "<<<<", "{p = ", "%x = input : f32[N, F]\n", "\"\\n",
    ]

    func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<(1 + rng.below(3)) {
            let at = rng.below(bytes.count + 1)
            switch rng.below(8) {
            case 0: bytes.removeSubrange(at..<min(bytes.count, at + 1 + rng.below(10)))
            case 1: bytes.insert(contentsOf: Array(Self.vocabulary[rng.below(Self.vocabulary.count)].utf8), at: at)
            case 2: if at < bytes.count { bytes[at] = UInt8(32 + rng.below(95)) }
            case 3: bytes = Array(bytes.prefix(at))
            case 4: bytes = Array(mutateLines(String(decoding: bytes, as: UTF8.self), &rng).utf8)
            // The next two mostly keep the text well formed, so the round-trip check gets exercised.
            case 5: if let d = bytes[at...].firstIndex(where: { $0 >= 48 && $0 <= 57 }) { bytes[d] = UInt8(48 + rng.below(10)) }
            default: if let nl = bytes[at...].firstIndex(of: 10) { bytes.insert(contentsOf: Array("\n  // note\n\t ".utf8), at: nl) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func mutateLines(_ text: String, _ rng: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return text }
        let i = rng.below(lines.count), j = rng.below(lines.count)
        switch rng.below(3) {
        case 0: lines.insert(lines[i], at: j)
        case 1: lines.swapAt(i, j)
        default: lines.remove(at: i)
        }
        return lines.joined(separator: "\n")
    }

    /// The properties every input must have; returns whether a module came back.
    @discardableResult
    func check(_ text: String, seed: UInt64, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let source = SourceFile(name: "fuzz.gir", text: text)
        let (m, diagnostics) = IRParser.parse(source)
        let context = "seed \(seed), input:\n\(text)"
        if m == nil {
            XCTAssertTrue(diagnostics.contains { $0.severity == .error }, "no module and no error; \(context)", file: file, line: line)
        }
        for d in diagnostics {
            for r in [d.range] + d.notes.map(\.range) {
                guard let r else { continue }
                XCTAssertTrue(0 <= r.start.offset && r.start.offset <= r.end.offset && r.end.offset <= source.bytes.count,
                              "diagnostic '\(d)' outside the text; \(context)", file: file, line: line)
                XCTAssertEqual(r.start.file, "fuzz.gir", file: file, line: line)
            }
        }
        _ = DiagnosticRenderer(sources: [source]).render(diagnostics)
        guard let m else { return false }
        // Whatever parses must print, parse back, and print the same text again.
        let printed = IRPrinter.print(m)
        let (again, againDiagnostics) = IRParser.parse(SourceFile(name: "again.gir", text: printed))
        XCTAssertEqual(againDiagnostics, [], "printed module does not parse; \(context)\nprinted:\n\(printed)", file: file, line: line)
        XCTAssertEqual(again.map(IRPrinter.print), printed, context, file: file, line: line)
        _ = Verifier.verify(m)
        return true
    }

    func testMutatedModulesNeverCrashAndAlwaysAnswer() {
        var parsed = 0, total = 0
        for (k, base) in [Fixtures.gcnText, Fixtures.gatText].enumerated() {
            var rng = SplitMix64(state: 0x5EED + UInt64(k))
            for _ in 0..<2000 {
                let seedForReport = rng.state
                if check(mutate(base, &rng), seed: seedForReport) { parsed += 1 }
                total += 1
            }
        }
        // Both outcomes must be exercised, or the mutations are too weak or too destructive.
        XCTAssertGreaterThan(parsed, 300)
        XCTAssertLessThan(parsed, total - 1000)
    }

    func testRandomBytes() {
        var rng = SplitMix64(state: 42)
        let alphabet = Array("%@{}[]<>(),=:*+-\"\\/ \n\tmodelreturnNEF0123456789.e_".utf8)
        for _ in 0..<1000 {
            let n = rng.below(200)
            let bytes = (0..<n).map { _ in alphabet[rng.below(alphabet.count)] }
            check(String(decoding: bytes, as: UTF8.self), seed: 42)
        }
    }

    /// Flood inputs of both IR formats `gnnc opt` reads (runs of one bad character, a megabyte of
    /// NUL, an error per line, 10^4-deep nesting, a megabyte line): each stays within the time,
    /// output and error bounds, located, with excerpts cut to a window. Before, a megabyte of NUL in
    /// a .gir file made a million diagnostics (100 printed, each reprinting the megabyte line).
    func testFloodInputsStayWithinTimeOutputAndErrorBounds() {
        for input in FloodInputs.graphIR + FloodInputs.kernelIR {
            let t0 = Date()
            let file = SourceFile(name: input.name, text: String(decoding: input.bytes, as: UTF8.self))
            let diagnostics = input.name.hasSuffix(".kir") ? KernelParser.parseAndVerify(file).1 : IRParser.parseAndVerify(file).1
            let rendered = DiagnosticRenderer(sources: [file]).render(diagnostics)
            let dt = Date().timeIntervalSince(t0)
            let errors = diagnostics.filter { $0.severity == .error }
            print("flood \(input): \(String(format: "%.3f", dt)) s, \(rendered.utf8.count) bytes rendered, \(errors.count) errors")
            XCTAssertLessThan(dt, input.isValidProgram ? FloodBounds.validProgramSeconds : FloodBounds.seconds, "\(input)")
            XCTAssertLessThan(rendered.utf8.count, FloodBounds.outputBytes, "\(input)")
            XCTAssertLessThanOrEqual(errors.count, FloodBounds.maxErrors, "\(input)")
            XCTAssertEqual(errors.isEmpty, input.isValidProgram, "\(input): \(rendered.prefix(2000))")
            for d in diagnostics {
                guard let r = d.range else { XCTFail("\(input): \(d) has no location"); continue }
                XCTAssertTrue(0 <= r.start.offset && r.start.offset <= r.end.offset && r.end.offset <= file.bytes.count, "\(input): \(d)")
            }
            for line in rendered.split(separator: "\n") where line.hasPrefix(" ") && line.contains(" | ") {
                XCTAssertLessThanOrEqual(line.unicodeScalars.count, 140, "\(input): \(line.prefix(200))")
            }
        }
    }

    func testPathologicalInputs() {
        let deep = "model @M {\n  %x = input {k = " + String(repeating: "[", count: 100_000) + "} : f32[N]\n  return %x\n}\n"
        XCTAssertFalse(check(deep, seed: 0))
        let diagnostics = IRParser.parse(SourceFile(name: "d.gir", text: deep)).1
        XCTAssertTrue(diagnostics.contains { $0.message.contains("nested too deeply") })
        XCTAssertFalse(check(String(repeating: "<", count: 50_000), seed: 0))
        XCTAssertFalse(check("model @M {\n" + String(repeating: "%x = ", count: 20_000), seed: 0))
        XCTAssertFalse(check("model @M {\n  %x = input : f32[N, " + String(repeating: "F*", count: 10_000) + "F]\n", seed: 0))
        XCTAssertFalse(check("\"" + String(repeating: "\\", count: 10_001), seed: 0))
        let manyKeys = (0..<20_000).map { "k\($0) = \($0)" }.joined(separator: ", ")
        XCTAssertTrue(check("model @M {\n  %x = input {" + manyKeys + "} : f32[N]\n  return %x\n}\n", seed: 0))
        let manyOps = (0..<1_000).map { "  %v\($0) = rleu\(String(repeating: "u", count: 1_000)) : f32[N]\n" }.joined()
        XCTAssertFalse(check("model @M {\n" + manyOps + "  return %v0\n}\n", seed: 0))
    }
}
