// The front door of the spec front end: parse, check and lower a .gnn file to verified graph IR.
import GNNDiagnostics
import GNNIR

public struct FrontEndResult: Sendable {
    public var ast: SpecFile
    /// Verified graph IR, present only when there are no errors.
    public var module: GraphModule?
    /// Every diagnostic of every stage, sorted by position; with more errors than the limit, the
    /// first ones and a last one saying that the front end stopped.
    public var diagnostics: [Diagnostic]
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

public enum SpecFrontEnd {
    public static func compile(_ file: SourceFile, errorLimit: ErrorLimit = .standard) -> FrontEndResult {
        let (ast, parseDiagnostics) = Parser.parse(file, errorLimit: errorLimit)
        var bag = DiagnosticBag()
        bag.report(contentsOf: parseDiagnostics)
        var result = FrontEndResult(ast: ast, module: nil, diagnostics: [])
        // Past the limit the checks would only find errors nobody is shown.
        if errorLimit.isExceeded(by: bag.errors.count) {
            result.diagnostics = errorLimit.apply(bag.sorted)
            return result
        }
        // Semantic checks run even after syntax errors, on what could be read, so that one run
        // reports every independent error; lowering is kept only for an error-free file.
        let elaborator = Elaborator(file: file, spec: ast, errorLimit: errorLimit, errorsBefore: bag.errors.count)
        let module = elaborator.run()
        bag.report(contentsOf: elaborator.diagnostics)
        if !bag.hasErrors, let module {
            let problems = Verifier.verify(module)
            if problems.isEmpty {
                result.module = module
            } else {
                for p in problems {
                    bag.report(Diagnostic(.internalError, "internal error: lowering produced invalid IR: \(p.message)",
                                          at: p.range, notes: [Note("this is a bug in gnnc; please report it with the spec")]))
                }
            }
        }
        result.diagnostics = errorLimit.apply(bag.sorted)
        return result
    }
}
