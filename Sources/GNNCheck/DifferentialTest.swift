// `gnnc selftest --random N --seed S`: random models through every stage, forward results and all
// gradients cross-checked between the float64 reference (before and after the passes) and the C
// backend (fused, op by op, and the CUDA schedule emulated); a failing model is shrunk and saved.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNReference
import GNNRuntime
import GNNSpec
import GNNCompiler
import GNNExecution

/// What checking a model found.
public enum DifferentialOutcome: Sendable, Equatable {
    case agree
    case disagree(String)
    /// The float64 reference itself is NaN or infinite somewhere: a property of the model on its
    /// input, not of the passes or kernels; nothing was compared.
    case notFinite(String)

    /// The disagreement, if that is what was found.
    public var disagreement: String? { if case .disagree(let s) = self { return s }; return nil }
}

public struct DifferentialFailure: Sendable, Equatable {
    public var model: RandomModel
    public var nodes: Int
    public var what: String
}

public enum DifferentialTest {
    /// Model dimensions of every random model: F = 5 keeps rows off 4-float alignment.
    static let dims = ["F": 5, "C": 3]
    /// Passes must keep the float64 result up to reassociation.
    static let passTolerance = 1e-9
    public static let variants = [SelfTestVariant(name: "fused", fuse: true, lanes: false),
                                  SelfTestVariant(name: "no-fuse", fuse: false, lanes: false),
                                  SelfTestVariant(name: "lanes", fuse: true, lanes: true)]

    /// The first disagreement for `model` on a random graph of `nodes` nodes, if any.
    public static func check(_ model: RandomModel, nodes: Int, device: CPUDevice, faults: Set<String> = []) -> DifferentialOutcome {
        check(SourceFile(name: "random-\(model.seed).gnn", text: model.text), seed: model.seed, nodes: nodes, device: device, faults: faults)
    }

    /// The same for a spec file (a saved reproducer): its graph and bindings come from `seed`.
    /// `faults`: miscompilations the plan is told to make (tests show they are caught).
    public static func check(_ file: SourceFile, seed: UInt64, nodes: Int, device: CPUDevice, faults: Set<String> = []) -> DifferentialOutcome {
        let front = SpecFrontEnd.compile(file)
        guard let forward = front.module else {
            return .disagree("the front end rejects it: " + front.diagnostics.map(\.description).joined(separator: "; "))
        }
        let training: GraphModule
        do { training = try Autodiff.differentiate(forward) } catch { return .disagree("autodiff: \(error.message)") }
        let dims = SelfTest.dims(DifferentialTest.dims, for: forward)
        SelfTest.precompile(forward, variants: variants, dims: dims, on: device, faults: faults)
        let graph = SelfTest.randomGraph(nodes: nodes, edges: 3 * nodes, hubDegree: nodes / 2, seed: seed)
            .applyingSelfLoops(forward.graphSettings["self_loops"]?.asIdent)
        for (name, module, mode) in [("forward", forward, ProgramMode.inference), ("training", training, .training)] {
            let outcome = check(name, forward: forward, reference: module, mode: mode, graph, dims, seed, device, faults)
            if outcome != .agree { return outcome }
        }
        return .agree
    }

    /// `reference`: the lowered program (differentiated directly in training), the oracle; the
    /// plan of `mode` is run on `forward`, as `gnnc run` builds it.
    static func check(_ name: String, forward: GraphModule, reference module: GraphModule, mode: ProgramMode, _ graph: GraphData,
                      _ dims: [String: Int], _ seed: UInt64, _ device: CPUDevice, _ faults: Set<String>) -> DifferentialOutcome {
        let isTraining = mode == .training
        let bindings: ReferenceBindings, expected: [Tensor64]
        do {
            // The kernels see float32 inputs: the reference starts from the same rounded values.
            bindings = ErrorBound.asFloat32(try SelfTest.randomBindings(module, graph: graph, dims: dims, training: isTraining, seed: seed))
            expected = try ReferenceInterpreter.results(module, graph: graph, bindings)
        } catch { return .disagree("\(name): the reference interpreter fails: \(error)") }
        if let bad = NumericComparison.firstNonFinite(expected) {
            let names = module.results.map { IRPrinter.valueNames(module)[$0.index] }
            return .notFinite("\(name): " + NumericComparison.describeNonFinite(bad, names: names))
        }
        let bound = DeferredErrorBound(module, graph: graph, bindings: bindings, expected: expected, seed: seed)
        // The plan's graph passes (transform-before-aggregate knowing the dims), the verifier after each.
        let optimized: GraphModule
        let options = PlanOptions(mode: mode, dims: dims, faults: faults)
        switch Pipeline.plan(for: forward, options).run(forward, until: .optGir, verifyEach: true) {
        case .success(let r): optimized = r.graph ?? forward
        case .failure(let f): return .disagree("\(name): \(f.diagnostics.map(\.description).joined(separator: "; "))")
        }
        do {
            // In float64 the passes may only reassociate: float64's rounding is 2^-29 of float32's.
            let after = try ReferenceInterpreter.results(optimized, graph: graph, bindings)
            guard after.count == expected.count else { return .disagree("\(name): the passes change the number of results") }
            let worst = try bound.errors(actual: after.map(\.data), expected: expected, tolerance: passTolerance).max() ?? 0
            if !(worst <= passTolerance) {
                return .disagree("\(name): the passes change the result (max rel err \(SelfTest.formatError(worst)) in float64)")
            }
        } catch { return .disagree("\(name): the reference interpreter fails on the optimised IR: \(error)") }
        for variant in variants {
            let row = SelfTest.check("random", name, forward: forward, mode: mode, reference: module, variant: variant, graph: graph,
                                     dims: dims, bindings: bindings, expected: expected, device: .cpu(device), bound: bound, faults: faults)
            if !row.passed {
                return .disagree("\(name) \(variant.name): " + (row.failure ?? "max rel err \(SelfTest.formatError(row.error)) in \(row.worstResult)"))
            }
        }
        return .agree
    }

    /// Greedy shrinking: the first smaller model (a step gone, a width halved, ...) or smaller graph
    /// that still fails replaces the current one, until none does.
    public static func shrink(_ failure: DifferentialFailure, device: CPUDevice, faults: Set<String> = []) -> DifferentialFailure {
        var best = failure
        var progress = true
        while progress {
            progress = false
            for candidate in best.model.shrinkCandidates where candidate.text != best.model.text {
                if let what = check(candidate, nodes: best.nodes, device: device, faults: faults).disagreement {
                    best = DifferentialFailure(model: candidate, nodes: best.nodes, what: what)
                    progress = true
                    break
                }
            }
            if !progress, best.nodes >= 16, let what = check(best.model, nodes: best.nodes / 2, device: device, faults: faults).disagreement {
                best = DifferentialFailure(model: best.model, nodes: best.nodes / 2, what: what)
                progress = true
            }
        }
        return best
    }

    /// The reproducer: the model's text, the command that replays it (the graph and the bindings
    /// come from the seed and the node count), and what went wrong.
    public static func reproducer(_ f: DifferentialFailure, path: String) -> String {
        "// replay: gnnc selftest --check \(path) --seed \(f.model.seed) --nodes \(f.nodes)\n// failure: \(f.what)\n" + f.model.text
    }

    /// Runs `count` models from seeds `seed, seed + 1, ...`; shrinks each failure and writes its
    /// reproducer into `reproducerDirectory` as `random-<seed>.gnn` (atomically).
    public static func run(count: Int, seed: UInt64, nodes: Int = 40, device: CPUDevice, reproducerDirectory: String, faults: Set<String> = [],
                           progress: (Int) -> Void = { _ in }) -> (report: String, failures: [DifferentialFailure]) {
        var failures: [DifferentialFailure] = []
        var notFinite = 0
        var lines = ["random models: \(count) from seed \(seed) (gnnc selftest --random \(count) --seed \(seed))"]
        for i in 0..<count where !Interrupt.isRequested {
            let model = RandomModel.generate(seed: seed &+ UInt64(i))
            let outcome = check(model, nodes: nodes, device: device, faults: faults)
            if case .notFinite(let what) = outcome {
                lines.append("seed \(model.seed): not checked: \(what)")
                notFinite += 1
            }
            if let what = outcome.disagreement {
                let small = shrink(DifferentialFailure(model: model, nodes: nodes, what: what), device: device, faults: faults)
                let path = "\(reproducerDirectory)/random-\(model.seed).gnn"
                let saved: String
                do {
                    try POSIXFiles.makeDirectories(reproducerDirectory)
                    try POSIXFiles.writeAtomically(path, Array(reproducer(small, path: path).utf8))
                    saved = path
                } catch { saved = "(not saved: \(error))" }
                lines.append("seed \(model.seed): FAIL: \(what)\n  shrunk to \(small.model.statementCount) statements, \(small.nodes) nodes: \(small.what)\n  reproducer: \(saved)")
                failures.append(small)
            }
            progress(i + 1)
        }
        if Interrupt.isRequested { lines.append("interrupted") }
        lines.append((failures.isEmpty ? "\(count) models, no mismatch" : "\(failures.count) of \(count) models failed")
                     + (notFinite > 0 ? "; \(notFinite) not finite in the reference, not checked" : ""))
        return (lines.joined(separator: "\n") + "\n", failures)
    }
}
