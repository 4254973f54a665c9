// The pass table (every pass, in pipeline order, with why it sits there) and the runner.
import GNNDiagnostics
import GNNIR

/// Which program a plan builds: the forward alone, or forward, loss and backward.
public enum ProgramMode: String, Sendable, Hashable, CaseIterable {
    case inference, training
}

/// What a plan knows that some passes need: the model's bound dimensions (transform-before-aggregate
/// decides where a product narrows), the storage precision, the inputs to differentiate besides
/// the parameters, faults to inject (tests of the differential tester), and the program's mode
/// (specialize-mode keeps its branch of each if_training).
public struct PassConfiguration: Sendable, Hashable {
    public var dims: [String: Int]
    public var precision: Precision
    public var differentiate: Set<String>
    public var faults: Set<String>
    public var mode: ProgramMode
    public init(dims: [String: Int] = [:], precision: Precision = .f32, differentiate: Set<String> = [], faults: Set<String> = [],
                mode: ProgramMode = .inference) {
        self.dims = dims; self.precision = precision; self.differentiate = differentiate; self.faults = faults; self.mode = mode
    }
}

/// One row of the pass table.
public struct PassEntry: Sendable {
    /// The pass as `gnnc opt --passes` runs it (configured from the module alone).
    public let pass: any GraphPass
    /// The plans that run it; empty: it runs only when named.
    public let modes: Set<ProgramMode>
    /// Passes that must run earlier whenever this one runs: it reads their result.
    public let requires: [String]
    /// Passes that must not run after this one: they would undo it or be misled by it.
    public let notFollowedBy: [String]
    /// Why the pass sits at this position in the table.
    public let reason: String
    let configure: @Sendable (PassConfiguration) -> any GraphPass

    init(_ pass: any GraphPass, _ modes: Set<ProgramMode>, requires: [String] = [], notFollowedBy: [String] = [], reason: String,
         configure: (@Sendable (PassConfiguration) -> any GraphPass)? = nil) {
        self.pass = pass; self.modes = modes; self.requires = requires; self.notFollowedBy = notFollowedBy; self.reason = reason
        self.configure = configure ?? { _ in pass }
    }

    /// The pass as a plan runs it.
    public func configured(_ c: PassConfiguration) -> any GraphPass { configure(c) }
}

public enum PassPipeline {
    /// Every pass, read top to bottom in the order plans run them. A pass may have several rows
    /// (canonicalize and transform-before-aggregate run before autodiff in training and again
    /// after it), each with its own reason. A new pass goes in at the row its reason justifies.
    public static let table: [PassEntry] = [
        PassEntry(NoOp(), [],
                  reason: "first and off by default: a pass with no effect, for testing the machinery itself"),
        PassEntry(Verify(), [.inference, .training],
                  reason: "before any rewrite: every later pass assumes a module that satisfies the verifier"),
        PassEntry(SpecializeMode(), [.inference, .training],
                  reason: "first rewrite, in both plans: every later pass sees only the branch of its mode (autodiff differentiates batch statistics, never running ones; an evaluation program computes no batch statistics, and dce drops them)",
                  configure: { SpecializeMode($0.mode) }),
        PassEntry(Canonicalize(), [.training],
                  reason: "training only, before autodiff: what it folds (a p = 0 dropout, a same-shape view, x * 1) then has no derivative to build, and it opens the linear message chains transform-before-aggregate needs"),
        PassEntry(TransformBeforeAggregate(), [.training],
                  reason: "training only, after canonicalize and before autodiff, with the model's dimensions bound: differentiating aggregate(X) @ W after the rewrite gives the weight gradient as X^T @ aggregate^T(g) at the narrow width, where differentiating first keeps aggregate(X) (N x 1433 on Cora) alive for aggregate(X)^T @ g",
                  configure: { TransformBeforeAggregate(dims: $0.dims, anyReducer: $0.faults.contains("tba-any-reducer")) }),
        PassEntry(Autodiff(), [.training],
                  reason: "training only, before the cleanups and any fusion: one derivative rule per unfused op, and the backward program then goes through the same passes as the forward",
                  configure: { Autodiff(inputs: $0.differentiate, lossScale: $0.precision == .f16, faults: $0.faults) }),
        PassEntry(Canonicalize(), [.inference, .training],
                  reason: "after autodiff, so one run cleans the backward too (g * 1, -(-g), same-shape views); first of the cleanups, since its folds expose duplicates to cse and leave dead ops for dce"),
        PassEntry(TransformBeforeAggregate(), [.inference, .training],
                  reason: "after canonicalize, which removes the no-ops that would break a linear message chain; in training it also rewrites the backward's aggregations, and the aggregate's uses are counted on the program that runs (an aggregate the weight gradient reads stays); before move-rowwise-before-gather, so the per-edge scales of the rewritten message move to the node at the narrow width; before cse/dce/hoist, which merge and drop what it duplicates or bypasses; fires only on concrete widths, so plans bind the dataset's dims",
                  configure: { TransformBeforeAggregate(dims: $0.dims, anyReducer: $0.faults.contains("tba-any-reducer")) }),
        PassEntry(MoveRowwiseBeforeGather(), [.inference, .training], notFollowedBy: ["autodiff"],
                  reason: "after autodiff (the backward is built from the per-edge ops, so a node op's unread rows, e.g. rsqrt(0), never meet a gradient: autodiff must never follow it) and after transform-before-aggregate, which creates the gathered products it moves; before cse and dce, because the node ops it creates can duplicate existing ones and the gathers it bypasses can be left dead; before hoist-graph-only, so the node-level values it creates from graph-only operands (gather(rsqrt(deg))) are tagged and cached"),
        PassEntry(CSE(), [.inference, .training],
                  reason: "after canonicalize, whose folds make more values identical, and after the graph rewrites, whose new node ops can repeat existing ones; before dce, because the merged duplicates are left dead"),
        PassEntry(DCE(), [.inference, .training],
                  reason: "after canonicalize and cse, which leave the ops they bypassed without uses; before hoisting, so only live values are hoisted and cached"),
        PassEntry(HoistGraphOnly(), [.inference, .training],
                  reason: "last of the cleanups and before any fusion: it tags the final, deduplicated graph-only values (degree normalisation) that fusion may factor out and the runtime caches per graph"),
        PassEntry(LowPrecisionStorage(), [.inference, .training], notFollowedBy: ["autodiff"],
                  reason: "last, after autodiff and every rewrite: it chooses the storage dtype of the final values, backward included (rewrites build new ops whose dtype the type rules would only promote), keeps the graph-only values hoist-graph-only found in f32, and its GEMM operand converts are not duplicated by a later cse; a no-op unless --precision or the train block asks for f16/bf16",
                  configure: { LowPrecisionStorage($0.precision) }),
    ]

    /// The names a plan of `mode` runs, in table order.
    public static func passes(for mode: ProgramMode) -> [String] { table.filter { $0.modes.contains(mode) }.map(\.pass.name) }

    /// The inference plan's passes (what `gnnc compile` runs without --backward).
    public static var defaultPasses: [String] { passes(for: .inference) }

    /// A plan's passes as values, configured (for `mode`, whatever `c.mode` says).
    public static func pipeline(for mode: ProgramMode, _ c: PassConfiguration = PassConfiguration()) -> [any GraphPass] {
        var c = c
        c.mode = mode
        return table.filter { $0.modes.contains(mode) }.map { $0.configured(c) }
    }

    /// The inference passes with low-precision-storage set to `precision` (nil: the module's train
    /// block decides) and transform-before-aggregate bound to `dims`.
    public static func defaultPipeline(precision: Precision? = nil, dims: [String: Int]? = nil) -> [any GraphPass] {
        table.filter { $0.modes.contains(.inference) }.map {
            if $0.pass is LowPrecisionStorage { return LowPrecisionStorage(precision) }
            if $0.pass is SpecializeMode { return SpecializeMode(.inference) }
            if let dims, $0.pass is TransformBeforeAggregate { return TransformBeforeAggregate(dims: dims) }
            return $0.pass
        }
    }

    /// The ordering problems of running `names` in this order (the first row of a pass name states
    /// its constraints). Empty when the order is sound.
    public static func orderingProblems(_ names: [String]) -> [String] {
        var problems: [String] = []
        for (i, name) in names.enumerated() {
            guard let e = PassRegistry.entry(named: name) else { continue }
            for r in e.requires where !names[..<i].contains(r) { problems.append("pass '\(name)' needs '\(r)' to run before it") }
            for later in e.notFollowedBy where names[(i + 1)...].contains(later) {
                problems.append("pass '\(later)' must not run after '\(name)'")
            }
        }
        return problems
    }

    /// Runs `passes` in the order given. With `verifyEach`, the verifier checks the module after
    /// every pass, and a failure names the pass that broke it. `printAfter` selects passes whose
    /// output goes to `log` (nil: none; a set containing "all": every pass). Unknown names in
    /// either list are all reported before anything runs.
    public static func run(_ m: GraphModule, passes: [String], verifyEach: Bool, printAfter: Set<String>? = nil,
                           log: (String) -> Void = { _ in }) -> Result<GraphModule, PassFailure> {
        switch resolve(passes, printAfter: printAfter) {
        case .failure(let f): return .failure(f)
        case .success(let selected):
            let order = orderingProblems(passes)
            guard order.isEmpty else { return .failure(PassFailure(order.map { Diagnostic(.passOrder, $0, at: nil) })) }
            return run(m, pipeline: selected, verifyEach: verifyEach, printAfter: printAfter, log: log)
        }
    }

    /// What `run(_:passes:...)` would refuse before running anything (unknown names, a list out of
    /// order), found without a module: a driver checks its options before reading the input.
    public static func problems(passes: [String], printAfter: Set<String>?) -> [Diagnostic] {
        if case .failure(let f) = resolve(passes, printAfter: printAfter) { return f.diagnostics }
        return orderingProblems(passes).map { Diagnostic(.passOrder, $0, at: nil) }
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
    /// Each pass once, at its first row.
    public static var all: [any GraphPass] {
        var seen = Set<String>()
        return PassPipeline.table.map(\.pass).filter { seen.insert($0.name).inserted }
    }

    public static func pass(named name: String) -> (any GraphPass)? { entry(named: name)?.pass }

    public static func entry(named name: String) -> PassEntry? { PassPipeline.table.first { $0.pass.name == name } }
}
