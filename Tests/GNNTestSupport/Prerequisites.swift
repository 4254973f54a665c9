// Prerequisites CI must have (datasets, NVRTC, curl): missing there fails the test, elsewhere it skips visibly.
import Foundation
import XCTest

/// Whether this is CI's run (`CI` set and not empty; `.ci/run` sets it).
public var runningUnderCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

/// Ends the test for a missing prerequisite: a failure under CI, a skip saying `message` elsewhere.
public func missingPrerequisite(_ message: String, file: StaticString = #filePath, line: UInt = #line) throws -> Never {
    if runningUnderCI {
        XCTFail(message, file: file, line: line)
        throw XCTSkip("failed: " + message)
    }
    throw XCTSkip(message)
}

/// The raw Planetoid files: `$GNNC_DATA_DIR`, else `../shared/datasets/planetoid` beside the checkout.
public func planetoidDirectory(file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let candidates = [ProcessInfo.processInfo.environment["GNNC_DATA_DIR"], repoRoot() + "/../shared/datasets/planetoid"].compactMap { $0 }
    if let dir = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/ind.cora.x") }) { return dir }
    try missingPrerequisite("Planetoid files not found (looked in \(candidates)); set GNNC_DATA_DIR", file: file, line: line)
}
