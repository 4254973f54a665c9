// The pass table (every pass, in pipeline order, with why it sits there) and the runner.
import GNNDiagnostics
import GNNIR

/// One row of the pass table.
public struct PassEntry: Sendable {
    public let pass: any GraphPass
    /// Whether `gnnc compile` runs it; passes outside the default pipeline run only when named.
    public let inDefaultPipeline: Bool
    /// Why the pass sits at this position in the table.
    public let reason: String
}

public enum PassPipeline {
    /// Every pass, read top to bottom in the order the default pipeline runs them. A new pass
    /// goes in at the row whose position its reason justifies, never appended out of order.
    public static let table: [PassEntry] = [
        PassEntry(pass: NoOp(), inDefaultPipeline: false,
                  reason: "first and off by default: a pass with no effect, for testing the machinery itself"),
        PassEntry(pass: Verify(), inDefaultPipeline: true,
                  reason: "before any rewrite: every later pass assumes a module that satisfies the verifier"),
        PassEntry(pass: Autodiff(), inDefaultPipeline: false,
                  reason: "before any fusion, and only with --backward: one derivative rule per unfused op, and the backward program then goes through the same passes as the forward"),
        PassEntry(pass: Canonicalize(), inDefaultPipeline: true,
                  reason: "after autodiff, so one run cleans forward and backward alike: what it would fold before differentiation is still there after, and so are its derivatives (g*1, -(-g), same-shape views), which fold too (running it before autodiff as well would only differentiate less); first of the cleanups, since its folds expose duplicates to cse and leave dead ops for dce"),
        PassEntry(pass: TransformBeforeAggregate(), inDefaultPipeline: true,
                  reason: "after autodiff and canonicalize: canonicalize removes the no-ops (a p = 0 dropout, a same-shape view) that would break a linear message chain, and the aggregate's uses are counted on the program that runs, backward included (an aggregate the weight gradient also reads stays); before move-rowwise-before-gather, so the per-edge scales of the rewritten message (x@W)[src] * dn[src] move to the node at the narrow width; before cse/dce/hoist, which merge and drop what it duplicates or bypasses. Registered without dimension bindings, so it fires only on concrete widths; the runtime runs one bound to the dataset's dims"),
        PassEntry(pass: MoveRowwiseBeforeGather(), inDefaultPipeline: true,
                  reason: "after autodiff (the backward is built from the per-edge ops, so a node op's unread rows, e.g. rsqrt(0), never meet a gradient) and after transform-before-aggregate, which creates the gathered products it moves; before cse and dce, because the node ops it creates can duplicate existing ones and the gathers it bypasses can be left dead; before hoist-graph-only, so the node-level values it creates from graph-only operands (gather(rsqrt(deg))) are tagged and cached"),
        PassEntry(pass: CSE(), inDefaultPipeline: true,
                  reason: "after canonicalize, whose folds make more values identical, and after the graph rewrites, whose new node ops can repeat existing ones; before dce, because the merged duplicates are left dead"),
        PassEntry(pass: DCE(), inDefaultPipeline: true,
                  reason: "after canonicalize and cse, which leave the ops they bypassed without uses; before hoisting, so only live values are hoisted and cached"),
        PassEntry(pass: HoistGraphOnly(), inDefaultPipeline: true,
                  reason: "last of the cleanups and before any fusion: it tags the final, deduplicated graph-only values (degree normalisation) that fusion may factor out and the runtime caches per graph"),
        PassEntry(pass: LowPrecisionStorage(), inDefaultPipeline: true,
                  reason: "last, after autodiff and every rewrite: it chooses the storage dtype of the final values, backward included (rewrites build new ops whose dtype the type rules would only promote), keeps the graph-only values hoist-graph-only found in f32, and its GEMM operand converts are not duplicated by a later cse; a no-op unless --precision or the train block asks for f16/bf16"),
    ]

    /// The names `gnnc compile` runs, in table order.
    public static var defaultPasses: [String] { table.filter(\.inDefaultPipeline).map(\.pass.name) }

    /// The default passes as values, low-precision-storage set to `precision` (nil: the module's
    /// train block decides) and, given `dims`, transform-before-aggregate bound to them.
    public static func defaultPipeline(precision: Precision? = nil, dims: [String: Int]? = nil) -> [any GraphPass] {
        table.filter(\.inDefaultPipeline).map {
            if $0.pass is LowPrecisionStorage { return LowPrecisionStorage(precision) }
            if let dims, $0.pass is TransformBeforeAggregate { return TransformBeforeAggregate(dims: dims) }
            return $0.pass
        }
    }

    /// Runs `passes` in the order given. With `verifyEach`, the verifier checks the module after
    /// every pass, and a failure names the pass that broke it. `printAfter` selects passes whose
    /// output goes to `log` (nil: none; a set containing "all": every pass). Unknown names in
    /// either list are all reported before anything runs.
    public static func run(_ m: GraphModule, passes: [String], verifyEach: Bool, printAfter: Set<String>? = nil,
                           log: (String) -> Void = { _ in }) -> Result<GraphModule, PassFailure> {
        switch resolve(passes, printAfter: printAfter) {
        case .failure(let f): return .failure(f)
        case .success(let selected): return run(m, pipeline: selected, verifyEach: verifyEach, printAfter: printAfter, log: log)
        }
    }

    /// Runs pass values directly, for passes that are not in the table (tests of the machinery).
    public static func run(_ m: GraphModule, pipeline: [any GraphPass], verifyEach: Bool, printAfter: Set<String>? = nil,
                           log: (String) -> Void = { _ in }) -> Result<GraphModule, PassFailure> {
        // Passes may assume a valid module, so with verifyEach the input is checked first too.
        if verifyEach, case .failure(let f) = verify(m, note: "found by the verifier before the first pass: the input is invalid") {
            return .failure(f)
        }
        var module = m
        for pass in pipeline {
            switch runOne(pass, module) {
            case .failure(let f): return .failure(f)
            case .success(let out): module = out
            }
            if shouldPrint(pass.name, printAfter) { log(printed(module, after: pass.name)) }
            if verifyEach, case .failure(let f) = verifyAfter(pass.name, module) { return .failure(f) }
        }
        return .success(module)
    }

    /// The header separates dumps when several passes print; it is a `.gir` comment, so a
    /// single dump can be cut out of the log and parsed back.
    public static func printed(_ m: GraphModule, after pass: String) -> String {
        "// ----- IR after \(pass) -----\n" + IRPrinter.print(m)
    }

    static func resolve(_ names: [String], printAfter: Set<String>?) -> Result<[any GraphPass], PassFailure> {
        var unknown: [Diagnostic] = []
        var found: [any GraphPass] = []
        for name in names {
            if let p = PassRegistry.pass(named: name) { found.append(p) } else { unknown.append(unknownPass(name)) }
        }
        // Sorted, because a Set's order changes from run to run and diagnostics must not.
        for name in (printAfter ?? []).sorted() where name != "all" && PassRegistry.pass(named: name) == nil {
            unknown.append(unknownPass(name, flag: "--print-ir-after"))
        }
        return unknown.isEmpty ? .success(found) : .failure(PassFailure(unknown))
    }

    static func unknownPass(_ name: String, flag: String = "--passes") -> Diagnostic {
        let known = PassRegistry.all.map(\.name).joined(separator: ", ")
        return Diagnostic(.unknownPass, "unknown pass '\(name)' in \(flag); known passes: \(known)", at: nil)
    }

    /// A pass that throws something other than PassFailure still yields a diagnostic that
    /// names it, rather than an unlabelled Swift error.
    static func runOne(_ pass: any GraphPass, _ m: GraphModule) -> Result<GraphModule, PassFailure> {
        do {
            return .success(try pass.run(m))
        } catch let f as PassFailure {
            return .failure(f)
        } catch let d as Diagnostic {
            return .failure(PassFailure([d]))
        } catch {
            return .failure(PassFailure([Diagnostic(.passFailed, "pass '\(pass.name)' failed: \(error)", at: nil)]))
        }
    }

    static func verifyAfter(_ pass: String, _ m: GraphModule) -> Result<GraphModule, PassFailure> {
        verify(m, note: "found by the verifier after pass '\(pass)'")
    }

    static func verify(_ m: GraphModule, note: String) -> Result<GraphModule, PassFailure> {
        let problems = Verifier.verify(m)
        guard !problems.isEmpty else { return .success(m) }
        return .failure(PassFailure(problems.map { $0.with(note: Note(note)) }))
    }

    static func shouldPrint(_ pass: String, _ printAfter: Set<String>?) -> Bool {
        guard let set = printAfter else { return false }
        return set.contains("all") || set.contains(pass)
    }
}

/// Looks passes up by their `--passes` name. The table is the registry: a pass not in the
/// table does not exist, so the two can never disagree.
public enum PassRegistry {
    public static var all: [any GraphPass] { PassPipeline.table.map(\.pass) }

    public static func pass(named name: String) -> (any GraphPass)? {
        PassPipeline.table.first { $0.pass.name == name }?.pass
    }
}
