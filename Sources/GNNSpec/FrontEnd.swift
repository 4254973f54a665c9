// The front door of the spec front end: parse, check and lower a .gnn file to verified graph IR.
import GNNDiagnostics
import GNNIR

public struct FrontEndResult: Sendable {
    public var ast: SpecFile
    /// Verified graph IR, present only when there are no errors.
    public var module: GraphModule?
    /// Every diagnostic of every stage, sorted by position.
    public var diagnostics: [Diagnostic]
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

public enum SpecFrontEnd {
    public static func compile(_ file: SourceFile) -> FrontEndResult {
        let (ast, parseDiagnostics) = Parser.parse(file)
        var bag = DiagnosticBag()
        bag.report(contentsOf: parseDiagnostics)
        // Semantic checks run even after syntax errors, on what could be read, so that one run
        // reports every independent error; lowering is kept only for an error-free file.
        let elaborator = Elaborator(file: file, spec: ast)
        let module = elaborator.run()
        bag.report(contentsOf: elaborator.diagnostics)
        var result = FrontEndResult(ast: ast, module: nil, diagnostics: [])
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
        result.diagnostics = bag.sorted
        return result
    }
}
