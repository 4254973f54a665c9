// Golden-file comparison with a record switch (GNNC_RECORD=1), a line diff, and the repo root.
import Foundation
import XCTest

/// The package root, found from this file's path (Tests/GNNTestSupport/Golden.swift), so tests
/// locate their inputs the same way from any working directory.
/// `#filePath` is read inside the body on purpose: as a default argument it would be the
/// caller's path instead.
public func repoRoot() -> String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}

/// What comparing against a golden file found; `assertGolden` turns it into a pass or a failure.
public enum GoldenOutcome: Equatable, Sendable {
    case match
    /// The diff from the golden file (`-`) to the actual text (`+`).
    case mismatch(diff: String)
    case missing
    case recorded
    case writeFailed(String)
}

/// Compares `actual` to the file at `path`. With `record`, writes the file instead (atomically:
/// a temporary file beside it, then a rename, so an interrupted run never leaves half a golden).
public func compareGolden(_ actual: String, path: String, record: Bool) -> GoldenOutcome {
    if record {
        do {
            try writeAtomically(actual, to: path)
            return .recorded
        } catch {
            return .writeFailed("\(error)")
        }
    }
    guard let data = FileManager.default.contents(atPath: path) else { return .missing }
    let expected = String(decoding: data, as: UTF8.self)
    return expected == actual ? .match : .mismatch(diff: lineDiff(expected, actual))
}

/// Fails unless `actual` equals the golden file. With `GNNC_RECORD=1` in the environment it
/// rewrites the file and still fails, so a recording run can never be mistaken for a passing one.
public func assertGolden(_ actual: String, path: String, file: StaticString = #filePath, line: UInt = #line) {
    let record = ProcessInfo.processInfo.environment["GNNC_RECORD"] == "1"
    switch compareGolden(actual, path: path, record: record) {
    case .match:
        return
    case .recorded:
        XCTFail("GNNC_RECORD=1: recorded golden file \(path); review the change and rerun without GNNC_RECORD", file: file, line: line)
    case .missing:
        XCTFail("golden file \(path) does not exist; run once with GNNC_RECORD=1 to create it", file: file, line: line)
    case .writeFailed(let why):
        XCTFail("GNNC_RECORD=1: could not write golden file \(path): \(why)", file: file, line: line)
    case .mismatch(let diff):
        XCTFail("output differs from golden file \(path) (- golden, + actual; GNNC_RECORD=1 rewrites it):\n\(diff)", file: file, line: line)
    }
}

func writeAtomically(_ text: String, to path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let temporary = "\(path).\(ProcessInfo.processInfo.processIdentifier).tmp"
    try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
    guard rename(temporary, path) == 0 else {
        let code = errno
        try? FileManager.default.removeItem(atPath: temporary)
        throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "rename failed: errno \(code)"])
    }
}

/// The canonical models in ModelSpecs/ (ModelSpecGoldenTests checks the folder holds exactly these).
public let modelSpecNames = ["gcn", "gat", "sage", "gin", "sgc", "appnp", "gatv2", "transformer", "gcnii", "gin_eps", "sage_max", "resgated", "cheb", "pna", "gcn_ew", "gine", "gin_graph"]
