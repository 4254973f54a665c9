// Every file in Diagnostics/ is a spec with its expected diagnostics written inline under the
// offending lines; the front end must report exactly those, at those columns.
import XCTest
import GNNDiagnostics
import GNNSpec
import GNNTestSupport

final class DiagnosticCorpusTests: XCTestCase {
    static var corpusDir: String { repoRoot() + "/Tests/GNNSpecTests/Diagnostics" }

    static func corpusFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpusDir).filter { $0.hasSuffix(".gnn") }.sorted()
    }

    func testEveryCorpusFileReportsExactlyItsExpectedDiagnostics() throws {
        let files = try Self.corpusFiles()
        XCTAssertGreaterThanOrEqual(files.count, 20)
        for name in files {
            let text = try String(contentsOfFile: Self.corpusDir + "/" + name, encoding: .utf8)
            let expected = DiagnosticExpectations.parse(text)
            XCTAssertFalse(expected.isEmpty, "\(name) has no expected diagnostics")
            let result = SpecFrontEnd.compile(SourceFile(name: name, text: text))
            XCTAssertNil(result.module, "\(name): a spec with errors must not produce IR")
            for failure in DiagnosticExpectations.check(result.diagnostics, against: expected) {
                XCTFail("\(name): \(failure)")
            }
        }
    }

    /// The issue asks for at least 25 distinct error kinds covered by inline expectations.
    func testCorpusCoversAtLeast25DistinctErrorKinds() throws {
        var ids: Set<String> = []
        for name in try Self.corpusFiles() {
            let text = try String(contentsOfFile: Self.corpusDir + "/" + name, encoding: .utf8)
            ids.formUnion(DiagnosticExpectations.parse(text).map(\.id))
        }
        XCTAssertGreaterThanOrEqual(ids.count, 25, "covered: \(ids.sorted())")
        // Every id the corpus names must exist, so a typo in an annotation cannot pass silently.
        let known = Set(DiagnosticID.allCases.map(\.rawValue))
        XCTAssertEqual(ids.subtracting(known), [])
    }

    func testThreeIndependentErrorsAreAllReportedWithLineAndColumn() throws {
        let text = try String(contentsOfFile: Self.corpusDir + "/three_errors.gnn", encoding: .utf8)
        let result = SpecFrontEnd.compile(SourceFile(name: "three_errors.gnn", text: text))
        let located = result.diagnostics.map { "\($0.range!.start.line):\($0.range!.start.column) \($0.id.rawValue)" }
        XCTAssertEqual(located, ["3:26 E310", "8:13 E305", "12:18 E322"])
    }
}
