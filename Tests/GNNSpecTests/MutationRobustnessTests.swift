// Seeded token-level mutation test: every mutated ModelSpec compiles cleanly or is rejected with well-located diagnostics.
import Foundation
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNTestSupport

/// splitmix64: tiny, fast and fully determined by its seed, so a failure is reproducible from the
/// seed and variant index printed with it.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in 0..<n (n > 0); the modulo bias is irrelevant for n this small.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// One spec as token pieces: the text before the first token, then each token's text with the
/// original bytes (whitespace and comments) that follow it.
struct TokenizedSpec {
    struct Piece { var token: [UInt8]; var gap: [UInt8] }
    var lead: [UInt8]
    var pieces: [Piece]

    init(_ file: SourceFile) {
        let tokens = Lexer.tokenize(file).tokens.filter { $0.kind != .eof }
        let bytes = file.bytes
        lead = Array(bytes[0..<(tokens.first?.start ?? bytes.count)])
        pieces = tokens.enumerated().map { i, t in
            let gapEnd = i + 1 < tokens.count ? tokens[i + 1].start : bytes.count
            return Piece(token: Array(bytes[t.start..<t.end]), gap: Array(bytes[t.end..<gapEnd]))
        }
    }

    /// The text: original gaps between tokens, except that two word-like tokens that a mutation made
    /// adjacent get one space, so that `5e-4` and `weight_decay_on` do not fuse into one bad number.
    var bytes: [UInt8] {
        var out = lead
        for (i, p) in pieces.enumerated() {
            out += p.token
            if p.gap.isEmpty, i + 1 < pieces.count, let a = p.token.last, let b = pieces[i + 1].token.first,
               TokenizedSpec.isWordByte(a), TokenizedSpec.isWordByte(b) || b == UInt8(ascii: ".") {
                out.append(UInt8(ascii: " "))
            }
            out += p.gap
        }
        return out
    }

    static func isWordByte(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "_") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z"))
    }

    /// A coarse class of a token's spelling: 0 number, 1 word, 2 punctuation.
    static func kind(of token: [UInt8]) -> Int {
        guard let c = token.first else { return 2 }
        if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { return 0 }
        if c == UInt8(ascii: "_") || (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z")) { return 1 }
        return 2
    }
}

/// Mutation operators on the token list. Each returns a short description for failure messages.
enum Mutator {
    /// Spellings a replacement may draw besides the file's own tokens: every keyword and punctuation
    /// of the language, plus a few words and numbers that reach the checks behind the parser.
    static let vocabulary: [[UInt8]] = (Keyword.allCases.map(\.rawValue) + Punct.allCases.map(\.rawValue)
        + ["src", "dst", "edge", "node", "N", "E", "0", "1", "2", "0.5", "1e9", "99999999999", "relu", "elu", "tanh", "sigmoid",
           "exp", "log", "rsqrt", "leaky_relu", "rowsum", "mean_heads", "edge_softmax", "in_degree", "out_degree", "concat",
           "view", "dropout", "sum", "mean", "max", "min", "x", "h", "glorot", "ones", "constant", "none", "add", "sgd",
           "f16", "bf16", "true", "false", "momentum"])
        .map { Array($0.utf8) }

    static func mutate(_ spec: TokenizedSpec, _ rng: inout SplitMix64) -> (bytes: [UInt8], ops: [String]) {
        var s = spec
        var ops: [String] = []
        let count = rng.chance(65) ? 1 : (rng.chance(60) ? 2 : 3)
        for _ in 0..<count {
            let n = s.pieces.count
            let kind = rng.below(5)
            if n == 0 || kind == 4 {
                // Truncation happens on the text; it ends the series (later token edits would undo it).
                let text = s.bytes
                let at = rng.below(text.count + 1)
                ops.append("truncate at byte \(at)")
                return (Array(text[0..<at]), ops)
            }
            let i = rng.below(n)
            let shown = String(decoding: s.pieces[i].token, as: UTF8.self)
            switch kind {
            case 0:
                ops.append("delete token \(i) '\(shown)'")
                // The whitespace after the token stays (joined to the gap before it).
                let removed = s.pieces.remove(at: i)
                if i > 0 { s.pieces[i - 1].gap += removed.gap } else { s.lead += removed.gap }
            case 1:
                ops.append("duplicate token \(i) '\(shown)'")
                var copy = s.pieces[i]
                if copy.gap.isEmpty { copy.gap = Array(" ".utf8) }
                s.pieces.insert(copy, at: i + 1)
            case 2:
                let j = rng.below(n)
                ops.append("swap tokens \(i) '\(shown)' and \(j) '\(String(decoding: s.pieces[j].token, as: UTF8.self))'")
                let t = s.pieces[i].token
                s.pieces[i].token = s.pieces[j].token
                s.pieces[j].token = t
            default:
                // Mostly a token of the same kind (a number for a number, a name for a name), which
                // keeps the spec parseable and so reaches the checks and lowering behind the parser.
                let roll = rng.below(4)
                let sameKind = s.pieces.filter { TokenizedSpec.kind(of: $0.token) == TokenizedSpec.kind(of: s.pieces[i].token) }
                let replacement = roll < 2 && !sameKind.isEmpty ? sameKind[rng.below(sameKind.count)].token
                    : roll == 2 ? s.pieces[rng.below(n)].token : vocabulary[rng.below(vocabulary.count)]
                ops.append("replace token \(i) '\(shown)' by '\(String(decoding: replacement, as: UTF8.self))'")
                s.pieces[i].token = replacement
            }
        }
        return (s.bytes, ops)
    }
}

/// What one spec's run found; filled on a worker thread, asserted on the test's thread.
struct MutationReport: Sendable {
    var spec: String
    var compiled = 0
    var rejected = 0
    var slowest = 0.0
    var failures: [String] = []
}

/// A watchdog so that a hang names the variant that hangs instead of stalling the run silently.
final class MutationWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: [Int: (started: Date, what: String)] = [:]
    private var finished = false

    func begin(_ worker: Int, _ what: String) { lock.lock(); current[worker] = (Date(), what); lock.unlock() }
    func end(_ worker: Int) { lock.lock(); current[worker] = nil; lock.unlock() }
    func stop() { lock.lock(); finished = true; lock.unlock() }

    func start(limit: TimeInterval) {
        let t = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.25)
                lock.lock()
                if finished { lock.unlock(); return }
                let stuck = current.values.first { Date().timeIntervalSince($0.started) > limit }
                lock.unlock()
                if let stuck {
                    print("MutationRobustnessTests: HANG, variant still running after \(limit) s:\n\(stuck.what)")
                    fatalError("front end hangs on a mutated spec (see the variant printed above)")
                }
            }
        }
        t.start()
    }
}

final class MutationRobustnessTests: XCTestCase {
    static let specs = ["appnp", "gat", "gcn", "gin", "sage", "sgc"]
    /// GNNC_MUTATION_VARIANTS=<n> runs more (or fewer) variants per spec.
    static var variantsPerSpec: Int { Int(ProcessInfo.processInfo.environment["GNNC_MUTATION_VARIANTS"] ?? "") ?? 2000 }
    static let timeLimit = 2.0
    /// Override with GNNC_MUTATION_SEED=<decimal or 0x-hex> to explore other variants.
    static var seed: UInt64 {
        let env = ProcessInfo.processInfo.environment["GNNC_MUTATION_SEED"] ?? ""
        if env.hasPrefix("0x"), let v = UInt64(env.dropFirst(2), radix: 16) { return v }
        return UInt64(env) ?? 0x6E6E_6300_5EED_0001
    }

    func testMutatedModelSpecsNeverCrashHangOrMislocate() throws {
        let seed = Self.seed
        let sources = try Self.specs.map { name -> SourceFile in
            let path = repoRoot() + "/ModelSpecs/\(name).gnn"
            return SourceFile(name: "ModelSpecs/\(name).gnn", text: try String(contentsOfFile: path, encoding: .utf8))
        }
        // The unmutated specs compile: otherwise "rejected" would be meaningless.
        for file in sources {
            let r = SpecFrontEnd.compile(file)
            XCTAssertNotNil(r.module, "\(file.name) must compile: \(r.diagnostics)")
        }

        let watchdog = MutationWatchdog()
        watchdog.start(limit: 20)
        let started = Date()
        let reports = LockedReports(count: sources.count)
        // Each spec runs on its own thread, as many at a time as there are cores (at most 4). The
        // threads get a main thread's 8 MiB stack, where gnnc itself runs the front end: smaller
        // default thread stacks would report overflows gnnc does not have, larger ones hide real ones.
        let slots = DispatchSemaphore(value: max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4)))
        let group = DispatchGroup()
        for (k, file) in sources.enumerated() {
            group.enter()
            let thread = Thread {
                slots.wait()
                let report = Self.run(file, specIndex: k, seed: seed, watchdog: watchdog)
                reports.set(k, report)
                slots.signal()
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        watchdog.stop()
        let elapsed = Date().timeIntervalSince(started)

        let all = reports.all
        let compiled = all.reduce(0) { $0 + $1.compiled }, rejected = all.reduce(0) { $0 + $1.rejected }
        let perSpec = all.map { "\($0.spec) \($0.compiled)/\($0.rejected)" }.joined(separator: ", ")
        let slowest = all.map(\.slowest).max() ?? 0
        print("MutationRobustnessTests: seed 0x\(String(seed, radix: 16)): \(compiled + rejected) variants, \(compiled) compiled, \(rejected) rejected (compiled/rejected per spec: \(perSpec)); slowest variant \(String(format: "%.3f", slowest)) s; total \(String(format: "%.1f", elapsed)) s")

        XCTAssertEqual(compiled + rejected, Self.variantsPerSpec * Self.specs.count)
        // A mutation test where nothing compiles (or nothing is rejected) tests nothing.
        XCTAssertGreaterThan(compiled, 0, "no variant compiled (seed 0x\(String(seed, radix: 16)))")
        XCTAssertGreaterThan(rejected, 0, "no variant was rejected (seed 0x\(String(seed, radix: 16)))")
        for r in all {
            for f in r.failures.prefix(10) { XCTFail(f) }
            if r.failures.count > 10 { XCTFail("\(r.spec): \(r.failures.count - 10) more failures (seed 0x\(String(seed, radix: 16)))") }
        }
    }

    /// Compile-time numbers (dimensions as numbers, folded functions, number arguments with
    /// defaults and names, repeat with an index) mutated: no trap in folding or in a conversion to
    /// a dimension or a count, every diagnostic located.
    func testMutatedCompileTimeNumberSpecNeverCrashesOrMislocates() {
        let spec = """
        const K = 4
        const LAMBDA = 0.5
        const SCALE = rsqrt(16.0) * exp(log(2.0))
        layer gcnii<F>(h: node[F], h0: node[F], beta: number, alpha: number = 0.1) -> node[F] {
          param W: [F, F] init constant(alpha / F)
          let dn = rsqrt(in_degree())
          let p = (1 - alpha) * aggregate(sum) { h[src] * dn[src] } * dn + alpha * h0
          return (1 - beta) * p + beta * (p @ W) * (1.0 / F) * leaky_relu(-F, slope = 0.2)
        }
        model M<F, C>(x: node[F]) -> node[C] {
          param W0: [F, 16] init glorot
          param W1: [16, C] init glorot
          let h0 = relu(x @ W0) * SCALE
          var h = h0
          repeat l in 1...K {
            h = relu(gcnii<16>(h, h0, log(LAMBDA / l + 1), alpha = 0.1 * l))
          }
          return dropout(h, 1.0 / K) @ W1
        }
        """
        let file = SourceFile(name: "numbers.gnn", text: spec)
        XCTAssertNotNil(SpecFrontEnd.compile(file).module, "\(SpecFrontEnd.compile(file).diagnostics.map(\.message))")
        let watchdog = MutationWatchdog()
        watchdog.start(limit: 20)
        let report = Self.run(file, specIndex: 0, seed: Self.seed ^ 0x4E55_4D42, watchdog: watchdog)
        watchdog.stop()
        print("MutationRobustnessTests: numbers.gnn \(report.compiled) compiled, \(report.rejected) rejected")
        XCTAssertGreaterThan(report.compiled, 0)
        XCTAssertGreaterThan(report.rejected, 0)
        for f in report.failures.prefix(10) { XCTFail(f) }
    }

    /// Flood inputs (runs of one bad character, a megabyte of NUL, an error on each of 50,000
    /// lines, 10^4-deep nesting, megabyte lines): each stays within the time, output and error
    /// bounds, its diagnostics located, its excerpts cut to a window. Before the error limit and
    /// merged runs, 100 KB of NUL alone made 100,000 diagnostics that each reprinted the whole line.
    func testFloodInputsStayWithinTimeOutputAndErrorBounds() {
        for input in FloodInputs.spec {
            let t0 = Date()
            let file = SourceFile(name: input.name, text: String(decoding: input.bytes, as: UTF8.self))
            let result = SpecFrontEnd.compile(file)
            let rendered = DiagnosticRenderer(sources: [file]).render(result.diagnostics)
            let dt = Date().timeIntervalSince(t0)
            let errors = result.diagnostics.filter { $0.severity == .error }
            print("flood \(input): \(String(format: "%.3f", dt)) s, \(rendered.utf8.count) bytes rendered, \(errors.count) errors")
            let limit = input.isValidProgram ? FloodBounds.validProgramSeconds : FloodBounds.seconds
            XCTAssertLessThan(dt, limit, "\(input)")
            XCTAssertLessThan(rendered.utf8.count, FloodBounds.outputBytes, "\(input)")
            XCTAssertLessThanOrEqual(errors.count, FloodBounds.maxErrors, "\(input)")
            if input.isValidProgram {
                XCTAssertNotNil(result.module, "\(input): \(rendered.prefix(2000))")
            } else {
                XCTAssertFalse(errors.isEmpty, "\(input)")
            }
            XCTAssertEqual(Self.checkDiagnostics(result.diagnostics, file), [], "\(input)")
            // Source lines are shown as a window of at most 120 columns and two "..." markers.
            for line in rendered.split(separator: "\n") where line.hasPrefix(" ") && line.contains(" | ") {
                XCTAssertLessThanOrEqual(line.unicodeScalars.count, 140, "\(input): \(line.prefix(200))")
            }
            // Nesting is one located error, not a stack overflow, and not one error per level (an
            // unclosed one adds the missing '}' and 'return'; braces are not expressions at all).
            if ["nested-(.gnn", "nested-[.gnn", "nested-repeat.gnn"].contains(input.name) {
                XCTAssertEqual(errors.map(\.id), [.nestingTooDeep], "\(input)")
            }
            if ["unclosed-(.gnn", "unclosed-[.gnn"].contains(input.name) {
                XCTAssertTrue(errors.contains { $0.id == .nestingTooDeep }, "\(input): \(errors)")
            }
            if input.name.hasPrefix("nested-") || input.name.hasPrefix("unclosed-") {
                XCTAssertLessThanOrEqual(errors.count, 3, "\(input): \(errors)")
            }
        }
    }

    /// The generator of one variant: the seed, the spec and the index are each mixed through
    /// splitmix64, so different seeds give different variants (not the same ones renumbered).
    static func variantGenerator(seed: UInt64, spec: Int, variant: Int) -> SplitMix64 {
        var g = SplitMix64(seed: seed)
        var h = SplitMix64(seed: g.next() ^ (UInt64(spec + 1) &* 0xD1B5_4A32_D192_ED03))
        var r = SplitMix64(seed: h.next() ^ (UInt64(variant) &* 0x9E37_79B9_7F4A_7C15))
        return SplitMix64(seed: r.next())
    }

    /// Mutates and checks one spec; returns counts and failure messages (never asserts itself).
    static func run(_ file: SourceFile, specIndex: Int, seed: UInt64, watchdog: MutationWatchdog) -> MutationReport {
        let base = TokenizedSpec(file)
        var report = MutationReport(spec: file.name)
        for v in 0..<variantsPerSpec {
            // Every variant has its own generator, so one can be replayed from (seed, spec, index).
            var rng = variantGenerator(seed: seed, spec: specIndex, variant: v)
            let (bytes, ops) = Mutator.mutate(base, &rng)
            let text = String(decoding: bytes, as: UTF8.self)
            let variant = SourceFile(name: file.name, text: text)
            let tag = "seed 0x\(String(seed, radix: 16)) \(file.name) variant \(v) [\(ops.joined(separator: "; "))]"
            watchdog.begin(specIndex, "\(tag)\n----\n\(text)\n----")
            let t0 = Date()
            let result = SpecFrontEnd.compile(variant)
            let dt = Date().timeIntervalSince(t0)
            watchdog.end(specIndex)
            report.slowest = max(report.slowest, dt)
            var problems: [String] = []
            if dt >= timeLimit { problems.append("took \(String(format: "%.2f", dt)) s (limit \(timeLimit) s)") }
            problems += checkDiagnostics(result.diagnostics, variant)
            if let module = result.module {
                report.compiled += 1
                problems += checkModule(module, result)
            } else {
                report.rejected += 1
                if !result.diagnostics.contains(where: { $0.severity == .error }) {
                    problems.append("no module and no error diagnostic")
                }
            }
            if !problems.isEmpty {
                report.failures.append("\(tag): \(problems.joined(separator: "; "))\n----\n\(text)\n----")
            }
        }
        return report
    }

    /// Every diagnostic (and note) is located inside the file, with line:column matching its offset;
    /// none is an internal error.
    static func checkDiagnostics(_ ds: [Diagnostic], _ file: SourceFile) -> [String] {
        var problems: [String] = []
        for d in ds {
            if d.id == .internalError { problems.append("internal error: \(d)") }
            guard let r = d.range else { problems.append("diagnostic without a location: \(d)"); continue }
            problems += checkRange(r, file, "\(d)")
            for n in d.notes { if let nr = n.range { problems += checkRange(nr, file, "note '\(n.message)' of \(d)") } }
        }
        return problems
    }

    static func checkRange(_ r: SourceRange, _ file: SourceFile, _ what: String) -> [String] {
        var problems: [String] = []
        let size = file.bytes.count
        for (which, loc) in [("start", r.start), ("end", r.end)] {
            guard (0...size).contains(loc.offset) else {
                problems.append("\(what): \(which) offset \(loc.offset) outside 0...\(size)")
                continue
            }
            let (line, column) = file.lineColumn(of: loc.offset)
            if (line, column) != (loc.line, loc.column) {
                problems.append("\(what): \(which) is \(loc.line):\(loc.column) but offset \(loc.offset) is \(line):\(column)")
            }
            if loc.file != file.name { problems.append("\(what): \(which) names file '\(loc.file)'") }
        }
        if r.end.offset < r.start.offset { problems.append("\(what): range ends before it starts") }
        return problems
    }

    /// A module comes only without errors, verifies, and prints/parses/prints to the same text.
    static func checkModule(_ module: GraphModule, _ result: FrontEndResult) -> [String] {
        var problems: [String] = []
        if result.hasErrors { problems.append("module returned together with errors: \(result.diagnostics)") }
        let verify = Verifier.verify(module)
        if !verify.isEmpty { problems.append("verifier: \(verify)") }
        let printed = IRPrinter.print(module)
        let (parsed, parseDiagnostics) = IRParser.parse(SourceFile(name: "variant.gir", text: printed))
        guard let parsed else {
            problems.append("printed IR does not parse back: \(parseDiagnostics)\n\(printed)")
            return problems
        }
        let reprinted = IRPrinter.print(parsed)
        if reprinted != printed { problems.append("print/parse/print differs:\n\(lineDiff(printed, reprinted))") }
        return problems
    }
}

/// Reports written by worker threads, read once all have finished.
final class LockedReports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [MutationReport?]
    init(count: Int) { reports = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: MutationReport) { lock.lock(); reports[i] = r; lock.unlock() }
    var all: [MutationReport] { lock.lock(); defer { lock.unlock() }; return reports.compactMap { $0 } }
}
