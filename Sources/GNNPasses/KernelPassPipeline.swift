// The kernel pass table (every kernel-IR pass, in pipeline order, with why it sits there and what it
// needs before it), its ordering check, and the runner: unknown names, verify-after-each, print-after.
import GNNDiagnostics
import GNNIR

/// A kernel-program-to-kernel-program transformation, stateless like a graph pass.
public protocol KernelPass: Sendable {
    /// The `--passes` name; also the pass's file name and its test input's name.
    var name: String { get }
    var summary: String { get }
    func run(_ p: KernelProgram) throws -> KernelProgram
}

/// One row of the kernel pass table.
public struct KernelPassEntry: Sendable {
    public let pass: any KernelPass
    /// The targets whose pipeline runs it.
    public let targets: Set<Target>
    /// Runs only in the fused schedule (the op-by-op baseline keeps one kernel per op).
    public let fusedOnly: Bool
    /// Passes that must have run earlier in any pipeline that runs this one: it reads their result.
    public let requires: [String]
    /// Passes that, when a pipeline runs them too, must run earlier: their result would be undone
    /// or mistaken by running them later.
    public let after: [String]
    public let reason: String
}

public enum KernelPassPipeline {
    /// Read top to bottom in the order pipelines run them; a new pass goes in at the row its
    /// reason justifies.
    public static let table: [KernelPassEntry] = [
        KernelPassEntry(pass: FuseRowLocalKernels(), targets: [.cpu, .cuda], fusedOnly: true, requires: [], after: [],
                        reason: "first, on the schedule as built: it merges consecutive kernels over the same rows (a matmul and its epilogue, transforms of the same rows), so every later pass sees the merged kernel and maps its rows once; it only merges kernels of one thread per row and no library GEMM"),
        KernelPassEntry(pass: HoistLoopInvariants(), targets: [.cpu, .cuda], fusedOnly: true, requires: [], after: ["fuse-row-local-kernels"],
                        reason: "after fusion, which brings a per-edge value and the feature loop that reads it into one kernel (the fused aggregation of sigmoid(s[e]) * x[src]); before the lane mapping, so a hoisted value is computed once per edge by each lane rather than once per feature; the op-by-op baseline is left as built"),
        KernelPassEntry(pass: IndexCSREndpoints(), targets: [.cpu, .cuda], fusedOnly: false, requires: [], after: ["fuse-row-local-kernels", "hoist-loop-invariants"],
                        reason: "on the row loops as fused and hoisted, before the lane mapping copies edge loops into lane and slot loops: one rewrite of `src[in_edge[q]]` covers every copy"),
        KernelPassEntry(pass: PromoteRowsToRegisters(), targets: [.cpu], fusedOnly: false, requires: [], after: ["fuse-row-local-kernels", "hoist-loop-invariants", "index-csr-endpoints"],
                        reason: "last for the CPU: it unrolls feature loops into straight-line code, which every rewrite before it reads as loops; fusion must have brought a row's accumulation and its readers into one kernel first"),
        KernelPassEntry(pass: MapRowsToLanes(), targets: [.cuda], fusedOnly: false, requires: [], after: ["fuse-row-local-kernels", "hoist-loop-invariants", "index-csr-endpoints"],
                        reason: "after fusion (a kernel merged later would mix a lane-mapped body with a thread-per-row one): gives each row of a one-loop kernel a warp, its independent feature loops as lane loops, its accumulations as shuffle reductions; CUDA only, the CPU runs a thread per row"),
        KernelPassEntry(pass: VectorizeLaneLoops(), targets: [.cuda], fusedOnly: false, requires: ["map-rows-to-lanes"], after: [],
                        reason: "after the lane mapping, whose lane loops it unrolls by 4 into 16-byte accesses and whose groups it narrows to the lanes the loops use"),
        KernelPassEntry(pass: SplitRowEdges(), targets: [.cuda], fusedOnly: false, requires: ["vectorize-lane-loops"], after: [],
                        reason: "last: it adds edge-split variants to rows narrowed below a warp, which only the narrowing decides"),
    ]

    public static var names: [String] { table.map(\.pass.name) }

    public static func entry(named name: String) -> KernelPassEntry? { table.first { $0.pass.name == name } }

    /// The passes a target's pipeline runs, in table order.
    public static func passes(for target: Target, fuse: Bool) -> [any KernelPass] {
        table.filter { $0.targets.contains(target) && (fuse || !$0.fusedOnly) }.map(\.pass)
    }

    /// The ordering problems of running `names` in this order: a required pass missing or later,
    /// a pass that must come first coming later. Empty when the order is sound.
    public static func orderingProblems(_ names: [String]) -> [String] {
        var problems: [String] = []
        for (i, name) in names.enumerated() {
            guard let e = entry(named: name) else { continue }
            let before = Set(names[..<i])
            for r in e.requires where !before.contains(r) {
                problems.append("kernel pass '\(name)' needs '\(r)' to run before it")
            }
            for a in e.after where names[(i + 1)...].contains(a) {
                problems.append("kernel pass '\(a)' must run before '\(name)', not after it")
            }
        }
        return problems
    }

    /// Runs `names` in order; unknown names and ordering problems are all reported before anything
    /// runs. With `verifyEach` the kernel verifier checks the program first and after every pass.
    public static func run(_ p: KernelProgram, passes names: [String], verifyEach: Bool, printAfter: Set<String>? = nil,
                           log: (String) -> Void = { _ in }) -> Result<KernelProgram, PassFailure> {
        let problems = problems(passes: names, printAfter: printAfter)
        guard problems.isEmpty else { return .failure(PassFailure(problems)) }
        return run(p, pipeline: names.compactMap { entry(named: $0)?.pass }, verifyEach: verifyEach, printAfter: printAfter, log: log)
    }

    /// Unknown names and ordering problems: what `run(_:passes:...)` refuses before running
    /// anything, found without a program (a driver checks its options before reading the input).
    public static func problems(passes names: [String], printAfter: Set<String>?) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in names where entry(named: name) == nil { problems.append(unknown(name, "--passes")) }
        for name in (printAfter ?? []).sorted() where name != "all" && entry(named: name) == nil {
            problems.append(unknown(name, "--print-ir-after"))
        }
        return problems + orderingProblems(names).map { Diagnostic(.passOrder, $0, at: nil) }
    }

    /// Runs pass values directly (tests of the machinery, and the plan, which built the list).
    public static func run(_ p: KernelProgram, pipeline: [any KernelPass], verifyEach: Bool, printAfter: Set<String>? = nil,
                           log: (String) -> Void = { _ in }) -> Result<KernelProgram, PassFailure> {
        if verifyEach, let f = verify(p, note: "found by the kernel verifier before the first kernel pass: the input is invalid") {
            return .failure(f)
        }
        var program = p
        for pass in pipeline {
            do { program = try pass.run(program) } catch let f as PassFailure { return .failure(f) } catch {
                return .failure(PassFailure([Diagnostic(.passFailed, "kernel pass '\(pass.name)' failed: \(error)", at: nil)]))
            }
            if let set = printAfter, set.contains("all") || set.contains(pass.name) { log(printed(program, after: pass.name)) }
            if verifyEach, let f = verify(program, note: "found by the kernel verifier after kernel pass '\(pass.name)'") { return .failure(f) }
        }
        return .success(program)
    }

    /// The header is a `.kir` comment, so one dump can be cut out of the log and parsed back.
    public static func printed(_ p: KernelProgram, after pass: String) -> String {
        "// ----- kernel IR after \(pass) -----\n" + KernelPrinter.print(p)
    }

    static func verify(_ p: KernelProgram, note: String) -> PassFailure? {
        let problems = KernelVerifier.verify(p)
        return problems.isEmpty ? nil : PassFailure(problems.map { $0.with(note: Note(note)) })
    }

    static func unknown(_ name: String, _ flag: String) -> Diagnostic {
        Diagnostic(.unknownPass, "unknown kernel pass '\(name)' in \(flag); known kernel passes: \(names.joined(separator: ", "))", at: nil)
    }
}
