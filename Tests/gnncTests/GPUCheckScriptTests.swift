// scripts/gpu-check.sh run as its CPU dry run (DEVICE=cpu, small sizes): both stages finish, write what a GPU host sends back, and end with their summary table.
import XCTest
import Foundation
import GNNTestSupport

final class GPUCheckScriptTests: XCTestCase {
    func runStage(_ stage: String, out: URL, specs: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Inputs.root + "/scripts/gpu-check.sh", stage]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "DEVICE": "cpu", "GNNC": try Gnnc.binary.get().path, "SPECS": specs.path, "OUT": out.path,
            "GNNC_DATA_DIR": try planetoidDirectory(),
        ]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// What comes back from a GPU host: at most 8 files, none deeper than two folders.
    func assertFitsTheReturnLimits(_ out: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: out.path + "/" + $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        XCTAssertLessThanOrEqual(files.count, 8, "\(files)", file: file, line: line)
        XCTAssertTrue(files.allSatisfy { $0.split(separator: "/").count <= 3 }, "\(files)", file: file, line: line)
    }

    func testBothStagesRunAsACPUDryRun() throws {
        let dir = try makeTempDirectory()
        // Two specs keep the self-test short; the Cora runs need exactly these.
        let specs = dir.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        for name in ["gcn", "gat"] { try FileManager.default.copyItem(atPath: Inputs.spec(name), toPath: specs.path + "/\(name).gnn") }

        let one = dir.appendingPathComponent("out1")
        let first = try runStage("1", out: one, specs: specs)
        XCTAssertEqual(first.status, 0, first.output)
        let table = first.output.split(separator: "\n").map(String.init)
        XCTAssertTrue(table.first { $0.hasPrefix("gpu-check stage 1 on cpu: 0 step(s) failed") } != nil, first.output)
        XCTAssertTrue(table.contains { $0.hasPrefix("| selftest | ok |") && $0.contains("passed, 0 failed") }, first.output)
        for run in ["cora-gcn-f32", "cora-gcn-bf16", "cora-gat-f32", "cora-gat-bf16"] {
            XCTAssertTrue(table.contains { $0.hasPrefix("| \(run) | ok |") && $0.contains("test ") && $0.contains("%, step ") }, "\(run):\n\(first.output)")
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: one.appendingPathComponent("\(run).json"))) as? [String: Any]
            XCTAssertEqual((report?["config"] as? [String: Any])?["dataset"] as? String, "cora")
        }
        XCTAssertEqual(table.last?.hasPrefix("| cora-gat-bf16 |"), true, "the summary table comes last:\n\(first.output)")
        assertContains(try read(one.appendingPathComponent("stage1.log")), "=== selftest: exit 0 after ", "stage1.log")
        XCTAssertEqual(try read(one.appendingPathComponent("summary-1.md")), first.output)
        try assertFitsTheReturnLimits(one)

        let two = dir.appendingPathComponent("out2")
        let second = try runStage("2", out: two, specs: specs)
        XCTAssertEqual(second.status, 0, second.output)
        XCTAssertTrue(second.output.contains("| bench | ok |"), second.output)
        XCTAssertTrue(second.output.contains("copy bandwidth: "), second.output)
        XCTAssertTrue(second.output.contains("| pyg-compare | ok |") || second.output.contains("| pyg-compare | skipped: no torch and torch_geometric"), second.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: two.appendingPathComponent("bench/bench.json").path))
        try assertFitsTheReturnLimits(two)
    }

    func testAStageMustBeNamed() throws {
        let dir = try makeTempDirectory()
        let r = try runStage("3", out: dir, specs: dir)
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.output.contains("usage: scripts/gpu-check.sh 1|2"), r.output)
    }
}
