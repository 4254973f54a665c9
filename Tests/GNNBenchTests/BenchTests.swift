// `gnnc bench` on the tiny configuration: every workload measured fused and op by op, and the three
// outputs well-formed. No timing is asserted.
import XCTest
import GNNCompiler
import GNNBench
import GNNExecution
import GNNData
import GNNRuntime
import GNNTestSupport

final class BenchTests: XCTestCase {
    func testTinyConfigurationWritesWellFormedJSONMarkdownAndSVG() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-bench-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        // Two specs (every ModelSpec's programs are checked elsewhere): the bench's workloads and
        // outputs are what this covers.
        let specs = dir + "/specs"
        try FileManager.default.createDirectory(atPath: specs, withIntermediateDirectories: true)
        for name in ["gcn", "gat"] {
            try FileManager.default.copyItem(atPath: repoRoot() + "/ModelSpecs/\(name).gnn", toPath: specs + "/\(name).gnn")
        }
        let config = BenchConfig.tiny(specs: specs)
        let (records, copy, gather) = try Bench.run(config, device: .cpu(CPUDevice(cache: KernelCache(directory: dir + "/cache"))), dataDirectory: nil)
        // 5 primitives x 2 widths x 2 passes + 2 specs x 2 passes, then 2 sweep graphs x 2 primitives; each fused and op by op.
        XCTAssertEqual(records.count, 2 * (5 * 2 * 2 + 2 * 2 + 2 * 2))
        XCTAssertGreaterThan(copy, 0)
        XCTAssertGreaterThan(try XCTUnwrap(gather, "the CPU measures its random-gather bandwidth"), 0)
        for r in records {
            XCTAssertTrue(r.seconds.min > 0 && r.seconds.min <= r.seconds.median && r.seconds.median <= r.seconds.max, "\(r.workload)")
            XCTAssertGreaterThan(r.floorBytes, 0)
            XCTAssertGreaterThan(r.flops, 0)
            XCTAssertGreaterThanOrEqual(r.peakBytes, r.floorBytes, "every input, parameter, graph array and result is a buffer")
            XCTAssertEqual(r.rotation > 1, r.peakBytes < config.rotationBytes, "\(r.workload): small programs rotate their buffers")
        }
        // A primitive's backward pass computes the gradient of its input (it has no parameters).
        let spmm = try Bench.schedules(BenchWorkload.primitives[0], Datasets.load(config.graphs[0], dataDirectory: nil), width: 4,
                                       passes: ["forward+backward"], on: .cpu(CPUDevice(cache: KernelCache(directory: dir + "/cache"))))
        XCTAssertEqual(spmm.map { $0.program.program.buffers[$0.program.program.results.last!].name }, ["grad.x", "grad.x"])
        // Fusion keeps per-edge messages out of memory: softmax_aggregate's fused program holds fewer bytes.
        let pair = records.filter { $0.workload == "softmax_aggregate" && $0.pass == "forward" && $0.width == 8 && $0.graph == config.graphs[0] }
        XCTAssertEqual(pair.count, 2)
        XCTAssertLessThan(pair.first { $0.variant == "fused" }!.peakBytes, pair.first { $0.variant == "no-fuse" }!.peakBytes)

        var report = BenchReport(records: records, copyGBps: copy, machine: BenchReport.machineDescription())
        report.gatherGBps = gather
        XCTAssertNil(report.write(to: dir + "/out"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/out/bench.json"))) as? [String: Any]
        XCTAssertEqual(json?["schema"] as? String, "gnnc-bench/1")
        XCTAssertEqual(json?["device"] as? String, "cpu")
        // Foundation's JSON parser may round the last bit of the shortest form gnnc writes.
        XCTAssertEqual(try XCTUnwrap(json?["gather_gbps"] as? Double), try XCTUnwrap(gather), accuracy: 1e-12 * (gather ?? 1))
        for key in ["emit_seconds", "load_seconds", "compiled"] { XCTAssertNotNil((json?["records"] as? [[String: Any]])?.first?[key], key) }
        let items = try XCTUnwrap(json?["records"] as? [[String: Any]])
        XCTAssertEqual(items.count, records.count)
        for key in ["workload", "graph", "nodes", "edges", "width", "pass", "variant", "kernels", "seconds", "floor_bytes", "gbps",
                    "fraction_of_copy", "peak_bytes", "rotation", "repeats", "flops", "gflops"] {
            XCTAssertNotNil(items[0][key], key)
        }
        let markdown = try String(contentsOfFile: dir + "/out/bench.md", encoding: .utf8)
        XCTAssertEqual(markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| workload") }.count, records.count / 2)
        let svg = try String(contentsOfFile: dir + "/out/bench.svg", encoding: .utf8)
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertEqual(svg.components(separatedBy: "<polyline").count - 1, 4, "spmm and softmax_aggregate, fused and op by op")
        XCTAssertTrue(svg.hasSuffix("</svg>\n"))
    }
}
