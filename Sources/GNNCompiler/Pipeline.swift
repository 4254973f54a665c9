// The one plan: the ordered stages (graph passes, schedule, kernel passes, emitter) for a target, a
// mode and a precision. compile, run, bench, every selftest and the trainer execute it; --emit stops it.
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNCodegen

/// What a plan is for.
public struct PlanOptions: Sendable, Hashable {
    public var target: Target
    public var mode: ProgramMode
    /// Storage precision of activations; nil: the module's train block, else f32.
    public var precision: Precision?
    /// The model's dimensions bound to a dataset (`F = 1433, C = 7` on Cora); empty: symbolic.
    public var dims: [String: Int]
    /// Fused (the default) or op by op, every intermediate in a buffer (the baseline).
    public var fuse: Bool
    /// Inputs differentiated besides the parameters (the benchmarks' primitives).
    public var differentiate: Set<String>
    /// The CUDA schedule emitted as C, its lanes played by loops in one thread: how the GPU mapping
    /// is checked without a GPU.
    public var emulateLanes: Bool
    /// Injected miscompilations (GNNC_INJECT_FAULT), for the differential tests.
    public var faults: Set<String>

    public init(target: Target = .cpu, mode: ProgramMode = .inference, precision: Precision? = nil, dims: [String: Int] = [:],
                fuse: Bool = true, differentiate: Set<String> = [], emulateLanes: Bool = false, faults: Set<String> = []) {
        self.target = target; self.mode = mode; self.precision = precision; self.dims = dims; self.fuse = fuse
        self.differentiate = differentiate; self.emulateLanes = emulateLanes; self.faults = faults
    }
}

/// One step of a plan, for listings and `--print-ir-after`.
public struct PlanStage: Sendable, Hashable {
    public enum Kind: String, Sendable { case graphPass = "graph pass", schedule, kernelPass = "kernel pass", emit }
    public let name: String
    public let kind: Kind
}

/// Where a run of the plan stops (`--emit`).
public enum PlanStop: Int, Sendable, Comparable {
    /// The whole program before the cleanups: the lowered forward, or after autodiff in training.
    case gir
    /// After every graph pass.
    case optGir
    /// After the schedule and the kernel passes.
    case kir
    /// The emitted source.
    case source
    public static func < (a: PlanStop, b: PlanStop) -> Bool { a.rawValue < b.rawValue }
}

/// What a run of the plan produced, up to where it stopped.
public struct PlanResult: Sendable {
    public var gir: GraphModule?
    public var graph: GraphModule?
    public var kernels: KernelProgram?
    public var emitted: EmittedProgram?
}

public struct Plan: Sendable {
    public let options: PlanOptions
    /// The precision the plan stores activations in (options, else the train block, else f32).
    public let precision: Precision
    let graphPasses: [any GraphPass]
    let kernelPasses: [any KernelPass]
    let dialect: CDialect

    /// Every stage in order.
    public var stages: [PlanStage] {
        graphPasses.map { PlanStage(name: $0.name, kind: .graphPass) } + [PlanStage(name: "schedule", kind: .schedule)]
            + kernelPasses.map { PlanStage(name: $0.name, kind: .kernelPass) } + [PlanStage(name: "emit-\(dialect.name)", kind: .emit)]
    }

    /// The names `--print-ir-after` takes for this plan's stages.
    public var printableStages: [String] { stages.filter { $0.kind != .emit }.map(\.name) }

    /// Runs the stages on the lowered forward program `m`. With `verifyEach` the graph verifier
    /// checks the module after every graph pass and the kernel verifier the program after the
    /// schedule and every kernel pass (tests always do). `printAfter` names stages (or "all")
    /// whose output goes to `log`.
    public func run(_ m: GraphModule, until stop: PlanStop = .source, verifyEach: Bool = false, printAfter: Set<String>? = nil,
                    log: (String) -> Void = { _ in }) -> Result<PlanResult, PassFailure> {
        if let problem = problems(printAfter) { return .failure(problem) }
        var module = m
        if let p = options.precision { module.train["precision"] = .ident(p.rawValue) }
        var result = PlanResult()
        // The graph passes in two runs, so the program as autodiff leaves it (or as lowered) is kept.
        let split = options.mode == .training ? (graphPasses.firstIndex { $0 is Autodiff }.map { $0 + 1 } ?? 0) : 0
        for (k, segment) in [graphPasses[..<split], graphPasses[split...]].enumerated() {
            switch PassPipeline.run(module, pipeline: Array(segment), verifyEach: verifyEach, printAfter: printAfter, log: log) {
            case .failure(let f): return .failure(f)
            case .success(let out): module = out
            }
            if k == 0 {
                result.gir = module
                if stop == .gir { return .success(result) }
            }
        }
        result.graph = module
        if stop == .optGir { return .success(result) }
        var scheduled: KernelProgram
        do { scheduled = try ScheduleKernels.schedule(module, fuse: options.fuse, libraryGEMMs: options.target == .cuda) } catch {
            return .failure(PassFailure([Diagnostic(.internalError, "internal error: scheduling failed: \(error.message)", at: nil)]))
        }
        scheduled.dimValues = options.dims.filter { scheduled.dimParams.contains($0.key) }
        if let set = printAfter, set.contains("all") || set.contains("schedule") { log(KernelPassPipeline.printed(scheduled, after: "schedule")) }
        let kernels: KernelProgram
        switch KernelPassPipeline.run(scheduled, pipeline: kernelPasses, verifyEach: verifyEach, printAfter: printAfter, log: log) {
        case .failure(let f): return .failure(f)
        case .success(let p): kernels = p
        }
        result.kernels = kernels
        if stop == .kir { return .success(result) }
        result.emitted = EmittedProgram(kernels, dialect: dialect)
        return .success(result)
    }

    /// Unknown `--print-ir-after` names and a table whose order breaks a declared constraint.
    func problems(_ printAfter: Set<String>?) -> PassFailure? {
        var ds: [Diagnostic] = []
        let known = printableStages
        for name in (printAfter ?? []).sorted() where name != "all" && !known.contains(name) {
            let everyName = Pipeline.everyStageName
            ds.append(Diagnostic(.unknownPass, "unknown stage '\(name)' in --print-ir-after; this plan's stages: \(known.joined(separator: ", "))"
                                 + (everyName.contains(name) ? " ('\(name)' is not in the \(options.mode.rawValue) plan for \(options.target.rawValue))" : ""),
                                 at: nil))
        }
        let order = PassPipeline.orderingProblems(graphPasses.map(\.name)) + KernelPassPipeline.orderingProblems(kernelPasses.map(\.name))
        ds += order.map { Diagnostic(.passOrder, "the pass tables are out of order: \($0)", at: nil) }
        return ds.isEmpty ? nil : PassFailure(ds)
    }

    init(_ o: PlanOptions, precision: Precision) {
        options = o
        self.precision = precision
        let c = PassConfiguration(dims: o.dims, precision: precision, differentiate: o.differentiate, faults: o.faults, mode: o.mode)
        graphPasses = PassPipeline.pipeline(for: o.mode, c)
        kernelPasses = KernelPassPipeline.passes(for: o.target, fuse: o.fuse)
        dialect = o.target == .cuda && !o.emulateLanes ? .cuda : .c
    }
}

public enum Pipeline {
    /// Every name `--print-ir-after` can take in some plan: graph passes, `schedule`, kernel passes.
    public static var everyStageName: [String] { PassRegistry.all.map(\.name) + ["schedule"] + KernelPassPipeline.names }

    /// `--print-ir-after` names that no plan has, found before any input is read (a name that
    /// only another plan has is found when the plan runs).
    public static func unknownStages(_ printAfter: Set<String>?) -> [Diagnostic] {
        let known = everyStageName
        return (printAfter ?? []).sorted().filter { $0 != "all" && !known.contains($0) }.map {
            Diagnostic(.unknownPass, "unknown stage '\($0)' in --print-ir-after; stages: \(known.joined(separator: ", ")) or all", at: nil)
        }
    }

    /// The plan for `options` on a module whose train block may set the precision.
    public static func plan(for m: GraphModule, _ options: PlanOptions) -> Plan {
        Plan(options, precision: LowPrecisionStorage.precision(of: m, override: options.precision))
    }

    /// Plans and runs to the emitted source, failing with the diagnostics rendered as text.
    public static func emit(_ m: GraphModule, _ options: PlanOptions, verifyEach: Bool = false) throws(PlanError) -> (EmittedProgram, GraphModule) {
        switch plan(for: m, options).run(m, verifyEach: verifyEach) {
        case .failure(let f): throw PlanError(f.diagnostics)
        case .success(let r):
            guard let emitted = r.emitted, let graph = r.graph else { throw PlanError([Diagnostic(.internalError, "internal error: the plan stopped early", at: nil)]) }
            return (emitted, graph)
        }
    }
}

/// A plan that could not produce a program (diagnostics from a pass or the scheduler).
public struct PlanError: Error, CustomStringConvertible, DiagnosticConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    /// The first, with the others as notes.
    public var diagnostic: Diagnostic {
        guard let first = diagnostics.first else { return Diagnostic(.unexpectedFailure, "the plan failed without a diagnostic", at: nil) }
        return diagnostics.dropFirst().reduce(first) { $0.with(note: Note($1.description)) }
    }
}
