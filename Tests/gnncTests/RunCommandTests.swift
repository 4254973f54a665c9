// End-to-end tests of `gnnc run`: the JSON report against docs/run-json.md, checkpoints through
// the binary, quiet output when piped, and errors for bad datasets, checkpoints, unbound model
// inputs and losses that are not finite.
import XCTest
import Foundation
import GNNRuntime
import GNNTestSupport

final class RunCommandTests: XCTestCase {
    /// A small generated graph, so these tests need no dataset files and finish quickly.
    static let graph = "synthetic:300,1500,16,4,1"

    func run(_ args: [String], in dir: URL, env: [String: String] = [:]) throws -> GnncResult {
        try gnnc(arguments: ["run"] + args, in: dir, environment: ["GNNC_CACHE_DIR": dir.path + "/cache"].merging(env) { $1 }, timeout: 300)
    }

    /// The keys the documentation's table lists (first column, back-quoted, `[]` dropped).
    func documentedKeys() throws -> [String] {
        let doc = try String(contentsOfFile: Inputs.root + "/docs/run-json.md", encoding: .utf8)
        return doc.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `"), let end = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 3)..<end]).replacingOccurrences(of: "[]", with: "")
        }
    }

    func lookup(_ json: Any, _ path: String) -> Any? {
        var node: Any? = json
        for part in path.split(separator: ".") {
            if let array = node as? [Any] { node = array.first }
            node = (node as? [String: Any])?[String(part)]
        }
        return node
    }

    func testJSONReportHasEveryDocumentedKeyAndNoOther() throws {
        let dir = try makeTempDirectory()
        let r = try run([Inputs.spec("gcn"), "--dataset", Self.graph, "--epochs", "4", "--runs", "2", "--json", "r.json"], in: dir)
        assertExit(r, 0)
        XCTAssertFalse(r.stdout.contains("epoch 1:"), "progress lines must stay off a pipe:\n\(r.stdout)")
        assertContains(r.stdout, "test accuracy at best validation:")
        let data = try Data(contentsOf: dir.appendingPathComponent("r.json"))
        let json = try JSONSerialization.jsonObject(with: data)
        let keys = try documentedKeys()
        XCTAssertGreaterThan(keys.count, 15)
        for key in keys { XCTAssertNotNil(lookup(json, key), "documented key \(key) missing from the report") }
        let top = try XCTUnwrap(json as? [String: Any])
        let documentedTop = Set(keys.map { String($0.split(separator: ".")[0]) })
        XCTAssertEqual(Set(top.keys), documentedTop, "the report and docs/run-json.md list different top-level keys")
        XCTAssertEqual(lookup(json, "schema") as? String, "gnnc-run/1")
        XCTAssertEqual((top["runs"] as? [Any])?.count, 2)
        XCTAssertEqual(lookup(json, "config.epochs") as? Int, 4)
        let compiled = try XCTUnwrap(lookup(json, "kernels.compiled") as? Int)
        XCTAssertEqual(compiled, 2, "forward and training libraries, compiled once into an empty cache")
        XCTAssertGreaterThan(try XCTUnwrap(lookup(json, "peak_rss_bytes") as? Int), 1 << 20)
        // The second process finds both libraries in the disk cache.
        let again = try run([Inputs.spec("gcn"), "--dataset", Self.graph, "--epochs", "1", "--json", "s.json"], in: dir)
        assertExit(again, 0)
        let second = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("s.json")))
        XCTAssertEqual(lookup(second, "kernels.compiled") as? Int, 0)
        XCTAssertEqual(lookup(second, "kernels.loaded_from_cache") as? Int, 2)
    }

    /// `--precision` and the train block's `precision`: the report names the precision, f16 runs
    /// carry their loss scaler, the saved activations halve; bad values are usage errors.
    func testPrecisionFromTheFlagAndFromTheTrainBlock() throws {
        let dir = try makeTempDirectory()
        func report(_ args: [String], _ file: String) throws -> [String: Any] {
            let r = try run(args + ["--dataset", Self.graph, "--epochs", "3", "--json", file], in: dir)
            assertExit(r, 0)
            return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(file))) as? [String: Any])
        }
        func saved(_ json: [String: Any]) -> Int { (json["memory"] as? [String: Any])?["saved_activation_bytes"] as? Int ?? 0 }
        let f32 = try report([Inputs.spec("gat")], "f32.json")
        let f16 = try report([Inputs.spec("gat"), "--precision", "f16", "--loss-scale", "1024"], "f16.json")
        XCTAssertEqual((f16["config"] as? [String: Any])?["precision"] as? String, "f16")
        let scaler = try XCTUnwrap((f16["runs"] as? [[String: Any]])?.first?["loss_scale"] as? [String: Any])
        XCTAssertEqual(scaler["initial"] as? Double, 1024)
        XCTAssertEqual(scaler["skipped_steps"] as? Int, 0)
        XCTAssertEqual(Double(saved(f16)) / Double(saved(f32)), 0.5, accuracy: 0.05)
        // The spec's train block asks for bf16; --precision f32 overrides it.
        let text = try String(contentsOfFile: Inputs.spec("gat"), encoding: .utf8)
        let bf16Spec = dir.appendingPathComponent("gat-bf16.gnn").path
        try text.replacingOccurrences(of: "train {", with: "train {\n  precision = bf16").write(toFile: bf16Spec, atomically: true, encoding: .utf8)
        let bf16 = try report([bf16Spec], "bf16.json")
        XCTAssertEqual((bf16["config"] as? [String: Any])?["precision"] as? String, "bf16")
        XCTAssertTrue((bf16["runs"] as? [[String: Any]])?.first?["loss_scale"] is NSNull)
        XCTAssertEqual(saved(bf16), saved(f16))
        let back = try report([bf16Spec, "--precision", "f32"], "back.json")
        XCTAssertEqual(saved(back), saved(f32))
        let gir = try gnnc(arguments: ["compile", bf16Spec, "--emit", "opt-gir"], in: dir)
        assertExit(gir, 0)
        assertContains(gir.stdout, "%x = input {name = \"x\"} : bf16[N, F]")
        for bad in [["--precision", "f64"], ["--loss-scale", "0"]] {
            let r = try run([Inputs.spec("gcn"), "--dataset", Self.graph] + bad, in: dir)
            assertExit(r, 2)
        }
    }

    static func fixture(_ name: String) -> String { Inputs.root + "/Tests/GNNTrainingTests/Fixtures/\(name)" }

    /// A diverging run (an absurd learning rate) stops at the first loss that is not finite with
    /// exit 3, naming the epoch; it writes neither the report nor the checkpoint (it used to exit
    /// 0 with a report of chance accuracy).
    func testDivergedRunStopsNamingTheEpochAndWritesNoReport() throws {
        let dir = try makeTempDirectory()
        let gcn = try String(contentsOfFile: Inputs.spec("gcn"), encoding: .utf8)
        let spec = dir.appendingPathComponent("gcn_huge_lr.gnn")
        try gcn.replacingOccurrences(of: "lr = 0.01", with: "lr = 1e30").write(to: spec, atomically: true, encoding: .utf8)
        let r = try run([spec.path, "--dataset", Self.graph, "--epochs", "12", "--json", "r.json", "--save", "m.safetensors"], in: dir)
        assertExit(r, 3)
        assertContains(r.stderr, "gnnc: error[E712]: the training loss is ", "stderr")
        assertContains(r.stderr, "f32 training stops at a loss that is not finite", "stderr")
        XCTAssertNotNil(r.stderr.range(of: #"loss is nan at epoch [2-9]: "#, options: .regularExpression), r.stderr)
        XCTAssertEqual(try contentsOfDirectory(dir).filter { !$0.hasPrefix("cache") }, ["gcn_huge_lr.gnn"], "no report, no checkpoint")
    }

    /// Fixtures/nan_loss.gnn (log of a negative number): f32 and bf16 stop at epoch 1 with exit 3
    /// and no report; f16 skips every step (its loss scaling) and its report stays valid JSON,
    /// the final loss null.
    func testNonFiniteLossExitsThreeInF32AndBF16AndF16SkipsItsSteps() throws {
        let dir = try makeTempDirectory()
        for precision in ["f32", "bf16"] {
            let r = try run([Self.fixture("nan_loss.gnn"), "--dataset", Self.graph, "--precision", precision, "--json", "r.json"], in: dir)
            assertExit(r, 3)
            assertContains(r.stderr, "gnnc: error[E712]: the training loss is nan at epoch 1: \(precision) training stops at a loss that is not finite", "stderr")
            assertContains(r.stderr, "note: causes: an operation that is not finite on this data", "stderr")
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.json").path))
        }
        let f16 = try run([Self.fixture("nan_loss.gnn"), "--dataset", Self.graph, "--precision", "f16", "--json", "r.json"], in: dir)
        assertExit(f16, 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.json")))
        XCTAssertTrue(lookup(json, "runs.final_loss") is NSNull, "\(String(describing: lookup(json, "runs.final_loss")))")
        XCTAssertEqual(lookup(json, "runs.loss_scale.skipped_steps") as? Int, 5)
    }

    /// The issue's reproducer: GCN without self-loops on CiteSeer (isolated nodes: rsqrt(0) = inf)
    /// reported 7.7% with a NaN loss; it now stops at the first NaN loss with exit 3.
    func testGCNWithoutSelfLoopsOnCiteSeerStopsAtItsNaNLoss() throws {
        let data = try planetoidDirectory()
        guard FileManager.default.fileExists(atPath: data + "/ind.citeseer.x") else {
            try missingPrerequisite("CiteSeer's Planetoid files are not in \(data)")
        }
        let dir = try makeTempDirectory()
        let gcn = try String(contentsOfFile: Inputs.spec("gcn"), encoding: .utf8)
        let spec = dir.appendingPathComponent("gcn_no_loops.gnn")
        try gcn.replacingOccurrences(of: "self_loops = add", with: "self_loops = none").write(to: spec, atomically: true, encoding: .utf8)
        let r = try run([spec.path, "--dataset", "citeseer", "--data-dir", data, "--epochs", "20", "--json", "r.json"], in: dir)
        assertExit(r, 3)
        XCTAssertNotNil(r.stderr.range(of: #"error\[E712\]: the training loss is nan at epoch \d+: f32 training stops"#, options: .regularExpression), r.stderr)
        XCTAssertFalse(r.stdout.contains("test accuracy"), r.stdout)
    }

    /// `gnnc run` with the train block's other losses on Cora. `loss = nll` on GCN ending in
    /// log_softmax reports what `loss = cross_entropy` on plain GCN does with the same seed (its
    /// losses to float rounding, the same selection); `loss = mse` (against the one-hot labels)
    /// lowers its validation loss from the untrained model's and classifies far above chance.
    func testNllAndMseLossesTrainOnCora() throws {
        let data = try planetoidDirectory()
        let dir = try makeTempDirectory()
        let gcn = try String(contentsOfFile: Inputs.spec("gcn"), encoding: .utf8)
        let output = "  return gcn_conv<HIDDEN, C>(h) as conv2"
        XCTAssertTrue(gcn.contains(output))
        let nll = dir.appendingPathComponent("gcn_nll.gnn"), mse = dir.appendingPathComponent("gcn_mse.gnn")
        try gcn.replacingOccurrences(of: output, with: "  return log_softmax(gcn_conv<HIDDEN, C>(h) as conv2)")
            .replacingOccurrences(of: "loss = cross_entropy", with: "loss = nll").write(to: nll, atomically: true, encoding: .utf8)
        try gcn.replacingOccurrences(of: "loss = cross_entropy", with: "loss = mse").write(to: mse, atomically: true, encoding: .utf8)
        func report(_ spec: String, epochs: Int, _ file: String) throws -> [String: Any] {
            let r = try run([spec, "--dataset", "cora", "--data-dir", data, "--epochs", "\(epochs)", "--json", file], in: dir)
            assertExit(r, 0)
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(file)))
            return try XCTUnwrap(((json as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        }
        func number(_ run: [String: Any], _ key: String) throws -> Double { try XCTUnwrap(run[key] as? Double, key) }
        let ce = try report(Inputs.spec("gcn"), epochs: 8, "ce.json"), viaNll = try report(nll.path, epochs: 8, "nll.json")
        for key in ["final_loss", "best_val_loss"] {
            XCTAssertEqual(try number(viaNll, key), try number(ce, key), accuracy: 1e-5 * (try number(ce, key)), key)
        }
        XCTAssertEqual(viaNll["best_epoch"] as? Int, ce["best_epoch"] as? Int)
        XCTAssertEqual(try number(viaNll, "test_accuracy_at_best_val"), try number(ce, "test_accuracy_at_best_val"), accuracy: 0.005)
        let untrained = try report(mse.path, epochs: 0, "mse0.json"), trained = try report(mse.path, epochs: 25, "mse.json")
        XCTAssertLessThan(try number(trained, "best_val_loss"), 0.9 * (try number(untrained, "best_val_loss")))
        XCTAssertGreaterThan(try number(trained, "test_accuracy_at_best_val"), 0.6)
    }

    /// Fixtures/edge_input.gnn declares `w: edge[1]`, which no dataset fills (it trained on zeros
    /// with exit 0): refused with exit 1 at w's declaration, before anything is compiled.
    func testAModelInputTheDatasetDoesNotProvideIsALocatedError() throws {
        let dir = try makeTempDirectory()
        let r = try run([Self.fixture("edge_input.gnn"), "--dataset", Self.graph], in: dir)
        assertExit(r, 1)
        assertContains(r.stderr, Self.fixture("edge_input.gnn") + ":3:37: error[E722]: input 'w' of WeightedGCN is edge data, but "
                       + "synthetic:300,1500,16,4,1 has no edge features (a directory dataset gives them as edge_features, or as CSV columns "
                       + "after src,dst: docs/datasets.md); 'w' would be zeros", "stderr")
        assertCaret(in: r.stderr, excerptContaining: "w: edge[1]", under: "w: edge")
        XCTAssertEqual(r.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("cache").path), "nothing was compiled")
    }

    /// Checkpoint metadata through the binary: epoch 2^63-1 trapped with "arithmetic overflow"
    /// (exit 132) and a checkpoint of model GAT loaded into GCN; both are now refused with exit 1
    /// naming the field, as is an epoch count that would pass the bound after a resume.
    func testBadCheckpointMetadataIsRefusedNamingTheField() throws {
        let dir = try makeTempDirectory()
        let saved = try run([Inputs.spec("gcn"), "--dataset", Self.graph, "--epochs", "2", "--save", "m.safetensors"], in: dir)
        assertExit(saved, 0)
        let (tensors, metadata) = try SafeTensors.read(dir.appendingPathComponent("m.safetensors").path)
        XCTAssertEqual(metadata["gnnc.model"], "GCN")
        for (key, value, message) in [("gnnc.epoch", "9223372036854775807", "gnnc.epoch is \"9223372036854775807\"; expected a whole number of epochs from 0 to 1000000000"),
                                      ("gnnc.step", "9223372036854775807", "gnnc.step is \"9223372036854775807\"; expected a whole number of optimizer steps from 0 to 1000000000"),
                                      ("gnnc.model", "GAT", "gnnc.model is \"GAT\", but the spec's model is GCN")] {
            try SafeTensors.write(tensors, metadata: metadata.merging([key: value]) { $1 }, to: dir.appendingPathComponent("bad.safetensors").path)
            let r = try run([Inputs.spec("gcn"), "--dataset", Self.graph, "--epochs", "1", "--load", "bad.safetensors"], in: dir)
            assertExit(r, 1)
            assertContains(r.stderr, "gnnc: error[E731]: bad.safetensors: invalid checkpoint metadata:\n  " + message + "\n", "stderr")
            XCTAssertFalse(r.stderr.contains("overflow"), r.stderr)
        }
        let tooMany = try run([Inputs.spec("gcn"), "--dataset", Self.graph, "--epochs", "9223372036854775807", "--load", "m.safetensors"], in: dir)
        assertExit(tooMany, 1)
        assertContains(tooMany.stderr, "gnnc: error[E504]: cannot train 9223372036854775807 epochs after the checkpoint's 2: a run counts at most 1000000000 epochs in all", "stderr")
    }

    func testSaveThenLoadWithZeroEpochsReproducesTheFinalAccuracy() throws {
        let dir = try makeTempDirectory()
        let trained = try run([Inputs.spec("sage"), "--dataset", Self.graph, "--epochs", "6", "--save", "m.safetensors", "--json", "a.json"], in: dir)
        assertExit(trained, 0)
        let bytes = try Data(contentsOf: dir.appendingPathComponent("m.safetensors"))
        XCTAssertGreaterThan(bytes.count, 8)
        let eval = try run([Inputs.spec("sage"), "--dataset", Self.graph, "--epochs", "0", "--load", "m.safetensors", "--json", "b.json"], in: dir)
        assertExit(eval, 0)
        let a = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("a.json")))
        let b = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("b.json")))
        XCTAssertEqual(lookup(a, "runs.final_test_accuracy") as? Double, lookup(b, "runs.final_test_accuracy") as? Double)
        let wrong = try run([Inputs.spec("gcn"), "--dataset", Self.graph, "--epochs", "0", "--load", "m.safetensors"], in: dir)
        assertExit(wrong, 1)
        assertContains(wrong.stderr, "m.safetensors: does not match the spec of GCN", "stderr")
        assertContains(wrong.stderr, "conv1.W_neigh is not a parameter of GCN", "stderr")
        let resumedTwice = try run([Inputs.spec("sage"), "--dataset", Self.graph, "--runs", "2", "--load", "m.safetensors"], in: dir)
        assertExit(resumedTwice, 2)
        assertContains(resumedTwice.stderr, "--load resumes one run", "stderr")
        // The same parameters under another optimizer: refused, Adam cannot resume from SGD's state.
        let sage = try String(contentsOfFile: Inputs.spec("sage"), encoding: .utf8)
        let sgd = dir.appendingPathComponent("sage_sgd.gnn")
        try sage.replacingOccurrences(of: "adam(lr = 0.01, weight_decay = 5e-4)", with: "sgd(lr = 0.1)").write(to: sgd, atomically: true, encoding: .utf8)
        let mismatch = try run([sgd.path, "--dataset", Self.graph, "--epochs", "1", "--load", "m.safetensors"], in: dir)
        assertExit(mismatch, 1)
        assertContains(mismatch.stderr, "was saved by the adam optimizer, but the spec trains with sgd", "stderr")
        let several = try run([Inputs.spec("sage"), "--dataset", Self.graph, "--runs", "2", "--save", "x.safetensors"], in: dir)
        assertExit(several, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.safetensors").path))
    }

    func testBadDatasetsAreClearErrors() throws {
        let dir = try makeTempDirectory()
        // A misspelt or malformed name is the command line's mistake (exit 2); a missing file is not.
        let unknown = try run([Inputs.spec("gcn"), "--dataset", "corra"], in: dir)
        assertExit(unknown, 2)
        assertContains(unknown.stderr, "unknown dataset 'corra'", "stderr")
        let badSynthetic = try run([Inputs.spec("gcn"), "--dataset", "synthetic:10,5"], in: dir)
        assertExit(badSynthetic, 2)
        assertContains(badSynthetic.stderr, "synthetic:10,5", "stderr")
        let missing = try run([Inputs.spec("gcn"), "--dataset", "citeseer", "--data-dir", dir.path],
                              in: dir, env: ["GNNC_DATA_DIR": "", "XDG_CACHE_HOME": dir.path + "/xdg", "GNNC_NO_DOWNLOAD": "1"])
        assertExit(missing, 1)
        assertContains(missing.stderr, "ind.citeseer.x", "stderr")
        assertContains(missing.stderr, "GNNC_NO_DOWNLOAD", "stderr")
        let json = try run([Inputs.spec("gcn"), "--dataset", Self.graph, "--epochs", "1", "--json", dir.path + "/no/such/dir/r.json"], in: dir)
        XCTAssertNotEqual(json.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path + "/no"))
    }

    /// Before: a byte flip in ind.cora.ally that still parses trained to exit 0 (15.3% test accuracy).
    func testModifiedPlanetoidFilesAreRefusedUnlessAcceptedKnowingly() throws {
        let dir = try makeTempDirectory()
        let data = dir.appendingPathComponent("planetoid")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let source = try planetoidDirectory()
        for part in ["x", "tx", "allx", "y", "ty", "ally", "graph", "test.index"] {
            try FileManager.default.copyItem(atPath: source + "/ind.cora.\(part)", toPath: data.path + "/ind.cora.\(part)")
        }
        let ally = data.appendingPathComponent("ind.cora.ally")
        var bytes = try Data(contentsOf: ally)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: ally)
        let refused = try run([Inputs.spec("gcn"), "--dataset", "cora", "--data-dir", data.path, "--epochs", "1"], in: dir)
        assertExit(refused, 1)
        assertContains(refused.stderr, "error[E721]: ind.cora.ally: SHA-256 ", "stderr")
        assertContains(refused.stderr, "differs from the public original's pinned 2b998f5cc7fedc86e7f97ca2498f47a1ffc1462c29e2d578b23bf3f62b6e7d71", "stderr")
        let accepted = try run([Inputs.spec("gcn"), "--dataset", "cora", "--data-dir", data.path, "--epochs", "1", "--accept-modified-data"], in: dir)
        assertExit(accepted, 0)
    }
}
