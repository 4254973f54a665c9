// One plan, end to end: for every ModelSpec the programs `gnnc run` loads are byte for byte what
// `gnnc compile` prints for the same dims, mode and target (its dump, and the digests in --json).
import XCTest
import Foundation
import GNNRuntime
import GNNTestSupport

final class OnePlanTests: XCTestCase {
    func testRunLoadsExactlyWhatCompilePrints() throws {
        let data = try planetoidDirectory()
        // The specs with an edge input run on a small directory graph: gcn_ew with one weight per
        // edge, gine with two features per edge; gin_graph (a graph classifier) on synthetic graphs.
        var edged: [String: String] = [:]
        for (spec, width) in [("gcn_ew", 1), ("gine", 2)] {
            let f = try DatasetFixture(self)
            try f.writeSmallGraph()
            try f.writeFloat32("edge_features.npy", shape: [12, width], (0..<(12 * width)).map { 0.5 + Float($0 % 7) / 7 })
            edged[spec] = f.directory
        }
        for spec in Inputs.modelSpecs {
            let dir = try makeTempDirectory()
            let env = ["GNNC_CACHE_DIR": dir.path + "/cache"]
            let takesEdges = edged[spec] != nil
            // The graph classifier trains on a small synthetic collection.
            let graphs = spec == "gin_graph"
            let dataset = graphs ? "synthetic-graphs:60,3,2,1" : edged[spec] ?? "cora"
            let run = try gnnc(arguments: ["run", Inputs.spec(spec), "--dataset", dataset, "--data-dir", data, "--epochs", "1",
                                           "--dump-dir", "dump", "--json", "r.json"], in: dir, environment: env, timeout: 300)
            assertExit(run, 0)
            let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.json"))) as? [String: Any])
            let dims = try XCTUnwrap((report["config"] as? [String: Any])?["dims"] as? [String: Int], spec)
            XCTAssertEqual(dims, !takesEdges && !graphs ? ["F": 1433, "C": 7] : spec == "gine" ? ["F": 3, "C": 2, "D": 2] : ["F": 3, "C": 2], spec)
            let dimsFlag = dims.keys.sorted().map { "\($0)=\(dims[$0]!)" }.joined(separator: ",")
            let programs = try XCTUnwrap(report["programs"] as? [[String: Any]], spec)
            XCTAssertEqual(programs.compactMap { $0["mode"] as? String }, ["inference", "training"], spec)
            for (k, mode) in ["inference", "training"].enumerated() {
                let flags = ["--dims", dimsFlag] + (mode == "training" ? ["--backward"] : [])
                for (emit, ext) in [("c", "c"), ("kir", "kir"), ("opt-gir", "opt.gir")] {
                    let compiled = try gnnc(arguments: ["compile", Inputs.spec(spec), "--emit", emit] + flags, in: dir, environment: env)
                    assertExit(compiled, 0)
                    let dumped = try String(contentsOf: dir.appendingPathComponent("dump/\(mode).\(ext)"), encoding: .utf8)
                    XCTAssertEqual(dumped, compiled.stdout, "\(spec) \(mode): run's \(ext) differs from gnnc compile --emit \(emit)")
                    if emit == "c" {
                        XCTAssertEqual(programs[k]["source_sha256"] as? String, SHA256.hexDigest(compiled.stdout), "\(spec) \(mode)")
                        XCTAssertEqual(programs[k]["source_bytes"] as? Int, compiled.stdout.utf8.count, "\(spec) \(mode)")
                    }
                }
            }
            // Without the dims the plan cannot decide where a product narrows: for some spec the
            // symbolic program differs, so the test above is not comparing two unbound programs.
            if spec == "sage" {
                let symbolic = try gnnc(arguments: ["compile", Inputs.spec(spec), "--emit", "c", "--backward"], in: dir, environment: env)
                let dumped = try String(contentsOf: dir.appendingPathComponent("dump/training.c"), encoding: .utf8)
                XCTAssertNotEqual(symbolic.stdout, dumped, "sage: transform-before-aggregate needs the dims")
            }
        }
    }
}
