// The gnnc executable: parses arguments, calls GNNCompiler, prints, exits (0 ok, 1 bad input, 2 usage, 3 failure).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNCompiler
import GNNExecution
import GNNTraining
import GNNCheck
import GNNBench
import GNNIR
import GNNRuntime
import GNNDiagnostics
import GNNPasses

enum Exit: Int32 {
    /// 130: stopped by SIGINT/SIGTERM/SIGHUP (128 + 2, as shells report an interrupted command).
    case ok = 0, badInput = 1, usage = 2, failure = 3, interrupted = 130
}

struct UsageError: Error {
    var message: String
}

let mainHelp = """
    gnnc: a compiler for graph neural networks

    usage: gnnc <command> [options]

    commands:
      compile SPEC     parse, check and lower a .gnn spec; print a stage
      opt FILE.gir     run graph IR passes over a .gir file (kernel passes over a .kir file)
      run SPEC         train a spec on a dataset (Cora, CiteSeer, PubMed) and report accuracy
      selftest         check every ModelSpec's generated kernels against the reference
      bench            time the fused kernels against the op-by-op program (and PyG, see Benchmarks/)
      cache info|clear show or empty the on-disk kernel cache

    Run 'gnnc <command> --help' for a command's options.

    """

let compileHelp = """
    usage: gnnc compile SPEC [--emit ast|gir|opt-gir|kir|c|cu|dot] [--backward] [--no-fuse]
                        [--target cpu|cuda] [--dims F=N,C=M] [--precision f32|f16|bf16]
                        [--print-ir-after STAGE|all] [--remarks] [--error-limit N] [-o FILE]

    Parses, checks and lowers SPEC (a .gnn file), runs the plan `gnnc run` runs (graph passes,
    schedule, kernel passes, emitter; the verifier after every stage) and prints the chosen stage.
      --emit STAGE     ast, gir (the whole program before the cleanups: the lowered forward, or
                       with --backward as autodiff leaves it; the default), opt-gir (after the
                       graph passes), kir (kernel IR after the kernel passes), c (the CPU source;
                       with --target cuda the CUDA schedule's C with its lanes emulated), cu (CUDA
                       C for NVRTC) or dot (Graphviz, kernels as clusters)
      --target T       cpu (default) or cuda (implied by --emit cu): whose schedule and kernel passes
      --dims F=N,...   bind model dimensions as a dataset does (cora: F=1433,C=7); gnnc run binds
                       them from the data, so with them this prints exactly what run loads
      --print-ir-after S|all   print the IR after stage S (a graph pass, schedule, or a kernel
                       pass; repeatable, or comma-separated) or after every stage, on stdout first
      --remarks        explain the fusion on stderr: the fused kernel count against the op-by-op
                       one, what each fused kernel computes, what stayed apart
      --backward       append the loss and the backward program (gradients of every parameter)
      --no-fuse        schedule op by op, every intermediate in its own buffer (the baseline)
      --precision P    store activations in P (f16, bf16; default: the train block's, else f32):
                       every stage from opt-gir on shows the storage types low-precision-storage chose
      --error-limit N  stop after N errors in the spec, with one saying so (default 20; 0: no limit)
      -o FILE          write the output to FILE (atomically) instead of standard output
    Exit codes: 0 success, 1 errors in the input, 2 usage error (a bad option or option value,
    an unknown stage or pass name), 3 failure, 130 interrupted
    (in `run` and `selftest --random` the first Ctrl-C stops at the next step, writing nothing;
    a second one ends at once).

    """

let selftestHelp = """
    usage: gnnc selftest [--device cpu|cuda|nvrtc] [--specs DIR]
           gnnc selftest --random N [--seed S] [--out DIR]
           gnnc selftest --check FILE [--seed S] [--nodes N]

    Compiles every ModelSpec (DIR, default ./ModelSpecs) forward and forward+backward, fused and
    with --no-fuse, runs the kernels on a random graph (isolated nodes, a node of in-degree 1000,
    duplicate edges, self-loops) and compares every result with the float64 reference
    interpreter. Prints a table; exits 3 if anything differs by more than 1e-4.
    --device cpu also runs the CUDA schedule (rows mapped to warps) with its lane statements
    emulated in C (the lanes and lanes-nf rows).
    --device cuda runs the CUDA schedules on the GPU (driver: GNNC_LIBCUDA or libcuda.so.1;
    architecture: the device's, or GNNC_CUDA_ARCH).
    --random N generates N random models (seeds S, S+1, ...; default S = 1) mixing aggregations,
    messages, attention, propagation loops, residuals and concatenations, and checks each one's
    forward results and gradients: the reference before and after the passes (verifier after
    each), and the C kernels fused, op by op and in the CUDA schedule (emulated). A failing model
    is shrunk and saved as DIR/random-<seed>.gnn (default DIR: gnnc-random-failures); exit 3.
    --check FILE replays such a reproducer (or checks any spec the same way) on the graph of
    --seed and --nodes that its first line names.
    --device nvrtc compiles the same programs' CUDA C to PTX for compute_80 and compute_90 with
    NVRTC (no GPU needed; GNNC_NVRTC names the library), through the PTX cache (the kernel
    cache's ptx/ folder, keyed by source, options and NVRTC version), and exits 3 if any
    compilation fails.

    """

let runHelp = """
    usage: gnnc run SPEC --dataset NAME|DIR [--data-dir DIR] [--accept-modified-data] [--epochs N] [--runs R] [--folds K] [--seed S]
                    [--device cpu|cuda] [--precision f32|f16|bf16] [--loss-scale S]
                    [--json FILE] [--save FILE] [--load FILE] [--dump-dir DIR] [--error-limit N]

    Compiles SPEC (forward and backward, fused), loads the dataset and trains R runs with seeds
    S, S+1, ... (default 0) using the spec's train block; --epochs overrides its epoch count.
    Prints each epoch on a terminal (quiet when stdout is not one), then the test accuracy at the
    best validation accuracy and at the last epoch (mean ± std over runs).

    Datasets: cora, citeseer, pubmed (the raw Planetoid files), synthetic:small,
    synthetic:large, synthetic:N,E,F,C,SEED (generated, ../shared/bench/SYNTHETIC.md), or a
    directory of your own (a path: it contains '/' or starts with '.'): .npy or CSV files named
    by dataset.json or by convention (edges, node_features, labels, train_idx/val_idx/test_idx
    or *_mask, optional edge_features), or an OGB ogbn-* folder (raw/*.csv.gz, split/);
    docs/datasets.md. Bad files are refused naming the file and line/element.
    Graph classification (a model returning graph[C]): synthetic-graphs:small,
    synthetic-graphs:G,F,C,SEED (generated trees with a planted motif per class), tu:NAME (a TU
    dataset, e.g. tu:MUTAG: the folder NAME in --data-dir, $GNNC_DATA_DIR or the user cache's
    tu/, else NAME.zip downloaded from $GNNC_TU_URL or PyG's TU location, unpacked and checked),
    or a TU-format directory (DS_A.txt, DS_graph_indicator.txt, DS_graph_labels.txt, optional
    DS_node_labels.txt and DS_node_attributes.txt). Batches of the train block's batch_size graphs; K stratified
    folds (--folds, default 10): run r trains on K-2 folds, selects its epoch on fold r-1 and
    tests on fold r (mod K), so --runs 10 is the 10-fold protocol.
    Planetoid files are looked for in --data-dir, then $GNNC_DATA_DIR, then the user cache
    ($XDG_CACHE_HOME/gnnc/datasets/planetoid or ~/.cache/gnnc/datasets/planetoid); if absent
    they are downloaded with curl into the cache (from $GNNC_PLANETOID_URL if set), checked
    against pinned SHA-256 digests; GNNC_NO_DOWNLOAD=1 turns downloading off. Cora and CiteSeer
    files are checked against the same digests wherever they are found: a modified file is an
    error naming it, unless --accept-modified-data takes it knowingly. PubMed has no pinned digest.

    --device cuda train on the GPU: kernels mapped to warps, compiled by NVRTC through the PTX
                  cache, launched through the driver API (GNNC_LIBCUDA names libcuda,
                  GNNC_CUDA_ARCH overrides the device's compute_XY)
    --precision P store activations, features and saved tensors in P (f16 or bf16; default:
                  the train block's precision, else f32); parameters, optimizer state, gradients
                  of parameters, the loss and statistics stay f32, and every kernel computes in
                  f32. f16 scales the loss dynamically: a step whose gradients overflow is
                  skipped and halves the scale; 100 clean steps double it (docs/mixed-precision.md)
    --loss-scale S  the initial loss scale of f16 training (default 65536)
    --json FILE   the report (schema: docs/run-json.md), written atomically
    --save FILE   parameters and optimizer state after training, as safetensors (one run)
    --dump-dir DIR  write what the plans produced and the device loads: DIR/inference.opt.gir,
                  .kir and .c (.cu on cuda), and the same for training; gnnc compile with
                  --dims (the report's config.dims) and --backward prints the same text
    --load FILE   start from a checkpoint instead of the seeded initialisation; with
                  --epochs 0 it only evaluates. A checkpoint whose names or shapes do not
                  match the spec is refused, as is one of another model or optimizer or with
                  metadata out of range (gnnc.step and gnnc.epoch: 0 to 1000000000).
    --error-limit N  stop after N errors in the spec (default 20; 0: no limit)
    --accept-modified-data  use Planetoid files that differ from their pinned digests

    A dataset binds x (the node features) and one edge input (edge[D], its edge features);
    any other model input, or an edge input on a dataset without edge features, is refused at
    its declaration. Training
    stops with exit 3 at an f32 or bf16 loss that is not finite, writing no report or
    checkpoint (f16 skips such steps).

    """

let optHelp = """
    usage: gnnc opt FILE.gir|FILE.kir --passes a,b,c [--print-ir-after PASS|all] [--error-limit N] [-o FILE]

    Parses graph IR (.gir) or kernel IR (.kir) text, runs the named graph or kernel passes in
    order (the verifier checks the input and the IR after each) and prints the result.
      --passes LIST            comma-separated pass names (e.g. verify,noop for .gir;
                               map-rows-to-lanes,vectorize-lane-loops for .kir)
      --print-ir-after P|all   also print the IR after pass P (repeatable) or after every pass
      --error-limit N          stop after N errors in the input (default 20; 0: no limit)
      -o FILE                  write the output to FILE (atomically)
    An unknown pass name or a list out of the kernel passes' order is a usage error (exit 2).

    """

/// Every error gnnc reports, rendered as a compiler renders diagnostics (`gnnc: ` before one
/// without a location).
func render(_ ds: [Diagnostic], sources: [SourceFile] = []) -> String {
    DiagnosticRenderer(sources: sources, program: "gnnc").render(ds)
}

func render(_ error: any Error) -> String { render([Diagnostic.of(error)]) }

/// Writes diagnostics one at a time: with `--error-limit 0` there can be hundreds of thousands,
/// and their text all at once would be hundreds of megabytes.
func printDiagnostics(_ ds: [Diagnostic], sources: [SourceFile]) {
    let renderer = DiagnosticRenderer(sources: sources, program: "gnnc")
    for d in ds { printErr(renderer.render(d)) }
}

func printErr(_ s: String) {
    var bytes = Array(s.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

/// Pulls `--name value` pairs and positionals out of `args`; flags listed in `valued` take a value.
func parseOptions(_ args: [String], valued: Set<String>, flags: Set<String>) throws -> (positional: [String], options: [String: [String]]) {
    var positional: [String] = []
    var options: [String: [String]] = [:]
    var i = 0
    while i < args.count {
        let a = args[i]
        if valued.contains(a) {
            guard i + 1 < args.count else { throw UsageError(message: "\(a) needs a value") }
            options[a, default: []].append(args[i + 1])
            i += 2
        } else if flags.contains(a) {
            options[a, default: []].append("")
            i += 1
        } else if a.hasPrefix("-") && a != "-" {
            throw UsageError(message: "unknown option '\(a)'")
        } else {
            positional.append(a)
            i += 1
        }
    }
    return (positional, options)
}

/// Errors about the command line that only the library can see (a pass or stage name, options
/// that contradict each other or the spec): usage errors, as the options the driver checks are.
let usageErrors: Set<DiagnosticID> = [.unknownPass, .passOrder, .badOption]

/// A usage error the library found (`gnnc: error[E502]: ...`), with the pointer to the help.
func usage(_ ds: [Diagnostic], command: String) -> Exit {
    printErr(render(ds) + "Run 'gnnc \(command) --help' for usage.\n")
    return .usage
}

/// Prints diagnostics and the output (to -o FILE or stdout); returns the exit code.
func finish(_ out: CompilerOutput, outputPath: String?, command: String) -> Exit {
    for line in out.log { print(line, terminator: "") }
    let errors = out.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty, errors.allSatisfy({ usageErrors.contains($0.id) }) { return usage(out.diagnostics, command: command) }
    printDiagnostics(out.diagnostics, sources: out.sources)
    if out.hasErrors { return .badInput }
    guard let text = out.text else { return .failure }
    if let path = outputPath {
        if let d = Compiler.writeAtomically(text, to: path) {
            printErr(render([d]))
            return .failure
        }
    } else {
        print(text, terminator: "")
    }
    return .ok
}

func runCompile(_ args: [String]) throws -> Exit {
    let (positional, options) = try parseOptions(args, valued: ["--emit", "-o", "--print-ir-after", "--precision", "--target", "--dims",
                                                                "--error-limit"],
                                                 flags: ["--backward", "--no-fuse", "--remarks", "--help", "-h"])
    if options["--help"] != nil || options["-h"] != nil { print(compileHelp, terminator: ""); return .ok }
    guard positional.count == 1 else { throw UsageError(message: "compile takes exactly one SPEC file") }
    let emitName = options["--emit"]?.last ?? "gir"
    guard let emit = EmitStage(rawValue: emitName) else {
        throw UsageError(message: "unknown --emit stage '\(emitName)'; known: \(EmitStage.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    // Every option is checked before the file is read.
    let printAfter = options["--print-ir-after"].map { Set($0.flatMap { $0.split(separator: ",").map(String.init) }) }
    let target = try options["--target"]?.last.map { (name: String) throws -> Target in
        guard let t = Target(rawValue: name) else { throw UsageError(message: "unknown --target '\(name)'; use cpu or cuda") }
        return t
    }
    let precision = try precisionOption(options), dims = try dimsOption(options), errorLimit = try errorLimitOption(options)
    let unknown = Pipeline.unknownStages(printAfter)
    if !unknown.isEmpty { return usage(unknown, command: "compile") }
    switch Compiler.load(path: positional[0]) {
    case .failure(let d):
        printErr(render([d]))
        return .badInput
    case .success(let file):
        let out = Compiler.compile(file, emit: emit, backward: options["--backward"] != nil, fuse: options["--no-fuse"] == nil,
                                   printAfter: printAfter, remarks: options["--remarks"] != nil, precision: precision,
                                   target: target, dims: dims, errorLimit: errorLimit)
        for r in out.remarks { printErr("remark: \(r)\n") }
        return finish(out, outputPath: options["-o"]?.last, command: "compile")
    }
}

/// A flag's integer value of at least `minimum` (and at most `maximum`). The usage error says what
/// is wrong: not an integer, too small, or too large (99999999999999999999 is a number, just not
/// one that fits).
func integerValue<T: FixedWidthInteger>(_ text: String, of flag: String, atLeast minimum: T, atMost maximum: T = .max,
                                        _ what: String, spelled: String? = nil) throws -> T {
    let tooLarge = UsageError(message: "\(spelled ?? "\(flag) \(text)") is too large (at most \(maximum))")
    if let n = T(text) {
        guard n >= minimum else { throw UsageError(message: "\(flag) needs \(what), got '\(text)'") }
        guard n <= maximum else { throw tooLarge }
        return n
    }
    let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : text[...]
    if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), !text.hasPrefix("-") { throw tooLarge }
    throw UsageError(message: "\(flag) needs \(what), got '\(text)'")
}

/// `--error-limit N`: errors reported before the front end stops; 0 means no limit (as clang's -ferror-limit).
func errorLimitOption(_ options: [String: [String]]) throws -> ErrorLimit {
    guard let v = options["--error-limit"]?.last else { return .standard }
    return ErrorLimit(try integerValue(v, of: "--error-limit", atLeast: 0, "a non-negative integer (0: no limit)"))
}

/// `--dims F=1433,C=7` (repeatable): the model dimensions a dataset would bind.
func dimsOption(_ options: [String: [String]]) throws -> [String: Int] {
    var dims: [String: Int] = [:]
    for item in (options["--dims"] ?? []).flatMap({ $0.split(separator: ",") }) {
        let parts = item.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty else {
            throw UsageError(message: "--dims takes NAME=N pairs with N a positive integer, separated by commas, not '\(item)'")
        }
        // A dimension is an int32 extent in the kernels, as in the spec language (E317).
        dims[String(parts[0])] = try integerValue(String(parts[1]), of: "--dims \(parts[0])", atLeast: 1, atMost: Int(Int32.max),
                                                  "a positive integer", spelled: "--dims \(item)")
    }
    return dims
}

func precisionOption(_ options: [String: [String]]) throws -> Precision? {
    guard let name = options["--precision"]?.last else { return nil }
    guard let p = Precision(rawValue: name) else { throw UsageError(message: "unknown --precision '\(name)'; use f32, f16 or bf16") }
    return p
}

func runOpt(_ args: [String]) throws -> Exit {
    let (positional, options) = try parseOptions(args, valued: ["--passes", "--print-ir-after", "-o", "--error-limit"], flags: ["--help", "-h"])
    if options["--help"] != nil || options["-h"] != nil { print(optHelp, terminator: ""); return .ok }
    guard positional.count == 1 else { throw UsageError(message: "opt takes exactly one .gir or .kir file") }
    let passes = (options["--passes"] ?? []).flatMap { $0.split(separator: ",").map(String.init) }
    let printAfter = options["--print-ir-after"].map { Set($0.flatMap { $0.split(separator: ",").map(String.init) }) }
    let errorLimit = try errorLimitOption(options)
    let problems = Compiler.optOptionProblems(fileName: positional[0], passes: passes, printAfter: printAfter)
    if !problems.isEmpty { return usage(problems, command: "opt") }
    switch Compiler.load(path: positional[0]) {
    case .failure(let d):
        printErr(render([d]))
        return .badInput
    case .success(let file):
        return finish(Compiler.opt(file, passes: passes, printAfter: printAfter, errorLimit: errorLimit), outputPath: options["-o"]?.last,
                      command: "opt")
    }
}

func runRun(_ args: [String]) throws -> Exit {
    let (positional, options) = try parseOptions(args, valued: ["--dataset", "--data-dir", "--epochs", "--runs", "--folds", "--seed", "--device", "--json", "--save", "--load", "--dump-dir",
                                                                "--precision", "--loss-scale", "--error-limit"],
                                                 flags: ["--help", "-h", "--accept-modified-data"])
    if options["--help"] != nil || options["-h"] != nil { print(runHelp, terminator: ""); return .ok }
    guard positional.count == 1 else { throw UsageError(message: "run takes exactly one SPEC file") }
    guard let dataset = options["--dataset"]?.last else { throw UsageError(message: "run needs --dataset NAME") }
    if let problem = RunDriver.problem(withDatasetName: dataset) { throw UsageError(message: "--dataset: \(problem)") }
    let device = options["--device"]?.last ?? "cpu"
    guard device == "cpu" || device == "cuda" else { throw UsageError(message: "unknown --device '\(device)'; use cpu or cuda") }
    let runs = try options["--runs"]?.last.map { try integerValue($0, of: "--runs", atLeast: 1, "a positive integer") } ?? 1
    if runs > 1, options["--save"] != nil { throw UsageError(message: "--save writes one run's parameters; use it with --runs 1") }
    // Every run would resume the same parameters and dropout stream: R identical runs, not R seeds.
    if runs > 1, options["--load"] != nil { throw UsageError(message: "--load resumes one run; use it with --runs 1") }
    var opts = RunOptions(specPath: positional[0], dataset: dataset, dataDirectory: options["--data-dir"]?.last,
                          epochs: try options["--epochs"]?.last.map { try integerValue($0, of: "--epochs", atLeast: 0, "a non-negative integer") },
                          runs: runs,
                          seed: try options["--seed"]?.last.map { try integerValue($0, of: "--seed", atLeast: 0, "a non-negative integer") } ?? 0,
                          device: device, savePath: options["--save"]?.last, loadPath: options["--load"]?.last, precision: try precisionOption(options),
                          initialLossScale: try options["--loss-scale"]?.last.map { v in
                              guard let x = Float(v), x > 0 else { throw UsageError(message: "--loss-scale needs a positive number, got '\(v)'") }
                              guard x.isFinite else { throw UsageError(message: "--loss-scale \(v) is too large (at most \(Float.greatestFiniteMagnitude))") }
                              return x
                          })
    opts.settings = settings
    if let folds = options["--folds"]?.last { opts.folds = try integerValue(folds, of: "--folds", atLeast: 2, atMost: 1_000_000, "at least 2 folds") }
    opts.dumpDirectory = options["--dump-dir"]?.last
    opts.acceptModifiedData = options["--accept-modified-data"] != nil
    opts.errorLimit = try errorLimitOption(options)
    let interactive = isatty(1) != 0
    // Only where loops check the flag: elsewhere Ctrl-C keeps its default and stops at once.
    Interrupt.install()
    do {
        var report = try RunDriver.run(opts) { run, log in
            guard interactive else { return }
            print("run \(run + 1) epoch \(log.epoch): loss \(log.loss) train \(log.trainAccuracy) val \(log.valAccuracy) test \(log.testAccuracy)")
        }
        print(report.summary, terminator: "")
        printErr(render(report.warnings.map { Diagnostic(.cacheIO, $0, at: nil, severity: .warning) }))
        // The report is written even when the checkpoint is not: it records why (save_error).
        let saveFailure = opts.savePath.flatMap { RunDriver.save(&report, to: $0) }
        if let saveFailure { printErr(render([saveFailure])) }
        if let path = options["--json"]?.last, let d = Compiler.writeAtomically(report.json, to: path) {
            printErr(render([d]))
            return .failure
        }
        return saveFailure == nil ? .ok : .failure
    } catch .diagnostics(let out) {
        printDiagnostics(out.diagnostics, sources: out.sources)
        return .badInput
    } catch .badInput(let d) {
        if usageErrors.contains(d.id) { return usage([d], command: "run") }
        printErr(render([d]))
        return .badInput
    } catch .failure(let d) {
        printErr(render([d]))
        return .failure
    } catch .interrupted {
        printErr("gnnc: interrupted; no output was written\n")
        return .interrupted
    }
}

func runSelftest(_ args: [String]) throws -> Exit {
    let (positional, options) = try parseOptions(args, valued: ["--device", "--specs", "--random", "--seed", "--out", "--check", "--nodes"], flags: ["--help", "-h"])
    if options["--help"] != nil || options["-h"] != nil { print(selftestHelp, terminator: ""); return .ok }
    guard positional.isEmpty else { throw UsageError(message: "selftest takes no positional arguments") }
    let device = options["--device"]?.last ?? "cpu"
    if let path = options["--check"]?.last {
        let seed = try integerValue(options["--seed"]?.last ?? "1", of: "--seed", atLeast: UInt64(0), "a non-negative integer")
        // The graph has 3N edges: a bound far below overflow, and far above any reproducer's size.
        let nodes = try integerValue(options["--nodes"]?.last ?? "40", of: "--nodes", atLeast: 8, atMost: 1_000_000, "at least 8 nodes")
        switch SelfTestDriver.checkModel(path: path, seed: seed, nodes: nodes, faults: settings.injectedFaults) {
        case .failure(let f): printErr(render(f)); return .failure
        case .success(let (report, passed)): print(report, terminator: ""); return passed ? .ok : .failure
        }
    }
    if let count = options["--random"]?.last {
        let n = try integerValue(count, of: "--random", atLeast: 1, "a positive number of models")
        let seed = try integerValue(options["--seed"]?.last ?? "1", of: "--seed", atLeast: UInt64(0), "a non-negative integer")
        Interrupt.install()
        let (report, passed) = SelfTestDriver.runRandom(count: n, seed: seed, reproducerDirectory: options["--out"]?.last ?? "gnnc-random-failures",
                                                        faults: settings.injectedFaults)
        print(report, terminator: "")
        if Interrupt.isRequested { return .interrupted }
        return passed ? .ok : .failure
    }
    let dir = options["--specs"]?.last ?? "ModelSpecs"
    let outcome: Result<(String, Bool), SelfTestFailure>
    switch device {
    case "cpu": outcome = SelfTestDriver.runCPU(specsDirectory: dir, settings: settings)
    case "cuda": outcome = SelfTestDriver.runCUDA(specsDirectory: dir, settings: settings)
    case "nvrtc": outcome = NVRTCSelfTest.run(specsDirectory: dir, settings: settings)
    default: throw UsageError(message: "unknown selftest device '\(device)'; use cpu, cuda or nvrtc")
    }
    switch outcome {
    case .failure(let f):
        printErr(render(f))
        return .failure
    case .success(let (table, passed)):
        print(table, terminator: "")
        return passed ? .ok : .failure
    }
}

let benchHelp = """
    usage: gnnc bench [--device cpu|cuda] [--config standard|tiny] [--out DIR] [--specs DIR] [--data-dir DIR] [--accept-modified-data]
                      [--workloads A,B] [--graphs G,H] [--widths F,G] [--sweep E,E|none] [--repeats N]

    Times the fused kernels against the op-by-op program (--no-fuse, the gather/scatter path) on
    the primitives (spmm, spmm_weighted, sddmm_dot, edge_softmax, softmax_aggregate) at feature
    widths 16, 64, 256 and every ModelSpec, forward and forward+backward, on cora,
    synthetic:small and synthetic:large, plus spmm and softmax_aggregate over a sweep of synthetic
    graphs (1e5 to 2e6 edges). On cuda also the fused program with generated GEMMs instead of
    cuBLAS. Warm-up, then the median of 5 repeats (3 when the warm-up took over 0.25 s; CUDA
    events on cuda); small programs run on
    rotating copies of their buffers. Bytes that must move (inputs, parameters and graph read
    once, results written once), GB/s and the fraction of a copy bandwidth measured in the same
    run (on cpu also a random-gather bandwidth: 256-byte rows at random, one thread), each
    program's buffer bytes, and its emit and compile (or cache load) time. Writes DIR/bench.json, bench.md and bench.svg (default
    DIR: bench-results). --config tiny: seconds. --workloads, --graphs, --widths, --sweep and
    --repeats narrow or change the configuration (Benchmarks/pyg_compare.py uses them).

    """

func listOption(_ options: [String: [String]], _ name: String) -> [String]? {
    options[name]?.last.map { $0.split(separator: ",").map(String.init) }
}

func intList(_ options: [String: [String]], _ name: String) throws -> [Int]? {
    guard let items = listOption(options, name) else { return nil }
    if items == ["none"] { return [] }
    return try items.map { item in try integerValue(item, of: name, atLeast: 1, "positive integers separated by commas") }
}

let cacheHelp = """
    usage: gnnc cache info|clear

    info prints the kernel cache's directory ($GNNC_CACHE_DIR, else $XDG_CACHE_HOME/gnnc, else
    ~/.cache/gnnc), how many compiled CPU kernel libraries and PTX modules (in its ptx/ folder)
    it holds and their bytes; clear removes them. Entries are keyed by a hash of the source, the compiler and its options, so clearing
    is never needed for correctness, only to reclaim space.

    """

func runBench(_ args: [String]) throws -> Exit {
    let (positional, options) = try parseOptions(args, valued: ["--device", "--config", "--out", "--specs", "--data-dir", "--workloads",
                                                                "--graphs", "--widths", "--sweep", "--repeats"], flags: ["--help", "-h", "--accept-modified-data"])
    if options["--help"] != nil || options["-h"] != nil { print(benchHelp, terminator: ""); return .ok }
    guard positional.isEmpty else { throw UsageError(message: "bench takes no positional arguments") }
    let specs = options["--specs"]?.last ?? "ModelSpecs"
    var config: BenchConfig
    switch options["--config"]?.last ?? "standard" {
    case "standard": config = .standard(specs: specs)
    case "tiny": config = .tiny(specs: specs)
    case let other: throw UsageError(message: "unknown --config '\(other)'; use standard or tiny")
    }
    if let w = listOption(options, "--workloads") { config.workloads = Set(w) }
    if let g = listOption(options, "--graphs") { config.graphs = BenchConfig.graphList(g) }
    if let w = try intList(options, "--widths") { config.widths = w }
    if let e = try intList(options, "--sweep") { config.sweepEdges = e }
    if let r = try intList(options, "--repeats") {
        guard r.count == 1 else { throw UsageError(message: "--repeats takes one number") }
        config.repeats = r[0]
    }
    let device: ExecutionDevice, machine: String
    switch options["--device"]?.last ?? "cpu" {
    case "cpu": (device, machine) = (.cpu(CPUDevice(cache: KernelCache(settings: settings), compiler: .fromEnvironment(settings))), BenchReport.machineDescription())
    case "cuda":
        do {
            let gpu = try CUDADevice(settings: settings)
            (device, machine) = (.cuda(gpu), gpu.summary)
        } catch {
            let d = error.diagnostic
            printErr(render([Diagnostic(d.id, "cannot use --device cuda: \(d.message)", at: nil, notes: d.notes)]))
            return .failure
        }
    case let other: throw UsageError(message: "unknown --device '\(other)'; use cpu or cuda")
    }
    do {
        let (records, copy, gather) = try Bench.run(config, device: device, dataDirectory: options["--data-dir"]?.last,
                                            acceptModifiedData: options["--accept-modified-data"] != nil) { print($0) }
        printErr(render(device.cacheWarnings.map { Diagnostic(.cacheIO, $0, at: nil, severity: .warning) }))
        var report = BenchReport(records: records, copyGBps: copy, machine: machine, device: device.name)
        report.gatherGBps = gather
        let out = options["--out"]?.last ?? "bench-results"
        if let problem = report.write(to: out) { printErr(render([Diagnostic(.outputFailed, problem, at: nil)])); return .failure }
        print("wrote \(out)/bench.json, \(out)/bench.md, \(out)/bench.svg (\(records.count) records)")
        return .ok
    } catch {
        printErr(render(error))
        return .failure
    }
}

func runCache(_ args: [String]) throws -> Exit {
    let (positional, options) = try parseOptions(args, valued: [], flags: ["--help", "-h"])
    if options["--help"] != nil || options["-h"] != nil { print(cacheHelp, terminator: ""); return .ok }
    guard positional.count == 1, let action = positional.first, ["info", "clear"].contains(action) else {
        throw UsageError(message: "cache takes one action: info or clear")
    }
    if action == "info" { print(CacheAdmin.info(settings), terminator: ""); return .ok }
    do { print(try CacheAdmin.clear(settings), terminator: ""); return .ok } catch {
        printErr(render(error))
        return .failure
    }
}

func run(_ argv: [String]) -> Exit {
    guard let command = argv.first else { printErr(mainHelp); return .usage }
    let rest = Array(argv.dropFirst())
    do {
        switch command {
        case "compile": return try runCompile(rest)
        case "opt": return try runOpt(rest)
        case "selftest": return try runSelftest(rest)
        case "run": return try runRun(rest)
        case "cache": return try runCache(rest)
        case "bench": return try runBench(rest)
        case "help", "--help", "-h": print(mainHelp, terminator: ""); return .ok
        default: throw UsageError(message: "unknown command '\(command)'")
        }
    } catch let e as UsageError {
        let help = ["compile", "opt", "selftest", "run", "cache", "bench"].contains(command) ? "gnnc \(command) --help" : "gnnc --help"
        printErr("gnnc: \(e.message)\nRun '\(help)' for usage.\n")
        return .usage
    } catch {
        printErr(render(error))
        return .failure
    }
}

/// The environment, read once.
let settings = Settings.process

exit(run(Array(CommandLine.arguments.dropFirst())).rawValue)
