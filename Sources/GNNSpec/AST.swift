// The syntax tree of a .gnn spec, with a source range on every node for diagnostics.
import GNNDiagnostics

public struct Ident: Hashable, Sendable {
    public var name: String
    public var range: SourceRange
}

public struct SpecFile: Sendable {
    public var decls: [Decl]
    /// Names of layers and constants whose declaration failed to parse (already reported); uses of
    /// them stay quiet instead of cascading into "unknown name".
    public var unparsedNames: Set<String> = []
    /// A model declaration was present but failed to parse.
    public var hasUnparsedModel = false
}

public enum Decl: Sendable {
    case const(ConstDecl)
    case layer(FunctionDecl)
    case model(FunctionDecl)
    case train(TrainDecl)
}

public struct ConstDecl: Sendable {
    public var name: Ident
    public var value: Expr
    public var range: SourceRange
}

/// A `layer` or a `model`: both have dimension parameters, typed arguments, a return type and a body.
public struct FunctionDecl: Sendable {
    public var name: Ident
    public var dimParams: [Ident]
    public var args: [ArgDecl]
    public var returnType: TypeExpr?
    public var body: [Stmt]
    /// Range of the `{` that opens the body and of the `}` that closes it (missing when unterminated).
    public var bodyOpen: SourceRange
    public var bodyClose: SourceRange?
    public var range: SourceRange
}

public struct ArgDecl: Sendable {
    public var name: Ident
    /// For a number argument, the word `number` as a type without dimensions.
    public var type: TypeExpr
    /// `beta: number`: a compile-time number bound at each call (layers only).
    public var isNumber: Bool = false
    /// `beta: number = 0.5`: used when a call does not pass the argument.
    public var defaultValue: Expr? = nil
}

/// `node[F]`, `edge[H, 1]`, or a parameter shape `[FI, FO]` (domain nil).
public struct TypeExpr: Sendable {
    public var domain: Ident?
    public var dims: [DimExpr]
    public var range: SourceRange
}

public indirect enum DimExpr: Sendable {
    case integer(Int, SourceRange)
    case name(Ident)
    case mul(DimExpr, DimExpr, SourceRange)
    case add(DimExpr, DimExpr, SourceRange)
    /// A malformed dimension already reported by the parser.
    case invalid(SourceRange)

    public var range: SourceRange {
        switch self {
        case .integer(_, let r), .mul(_, _, let r), .add(_, _, let r), .invalid(let r): return r
        case .name(let i): return i.range
        }
    }
}

public struct TrainDecl: Sendable {
    public var settings: [Setting]
    public var range: SourceRange
}

/// `key = value` inside `train {}` and `graph {}`.
public struct Setting: Sendable {
    public var key: Ident
    public var value: Expr
}

public enum Stmt: Sendable {
    case param(ParamDecl)
    /// `let x = e` (mutable false) or `var x = e` (mutable true).
    case binding(name: Ident, value: Expr, mutable: Bool, range: SourceRange)
    case assign(name: Ident, value: Expr, range: SourceRange)
    case ret(Expr, range: SourceRange)
    /// `repeat K { }`, or `repeat i in first...last { }` (count is then `last`).
    case repeatLoop(count: Expr, body: [Stmt], range: SourceRange, index: RepeatIndex?)
    case graph([Setting], range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .param(let p): return p.range
        case .binding(_, _, _, let r), .assign(_, _, let r), .ret(_, let r), .repeatLoop(_, _, let r, _), .graph(_, let r): return r
        }
    }
}

/// The loop index of `repeat i in first...last`: a number in each iteration.
public struct RepeatIndex: Sendable {
    public var name: Ident
    public var first: Expr
}

public struct ParamDecl: Sendable {
    public var name: Ident
    public var shape: TypeExpr
    public var initName: Ident
    public var initArgs: [Expr]
    public var range: SourceRange
}

public enum BinaryOperator: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", matmul = "@"
}

/// `as name`, or `as name[i]` with `i` an integer number (a loop index): the instance `name.i`,
/// so that a call in `repeat l in ...` gets one instance, and its own parameters, per iteration.
public struct InstanceName: Sendable {
    public var name: Ident
    public var index: Expr?
    public var range: SourceRange
}

public struct CallArg: Sendable {
    public var label: Ident?
    public var value: Expr
}

public enum BlockKind: Sendable {
    case edgewise
    case aggregate(Ident)
    /// `reduce(sum|mean|max|min) { node value }`: over all nodes, to a global value.
    case reduce(Ident)
    /// `readout(sum|mean|max|min) { node value }`: over each graph's nodes, to a graph value.
    case readout(Ident)
}

public indirect enum Expr: Sendable {
    case integer(Int, SourceRange)
    case float(Double, SourceRange)
    case name(Ident)
    case negate(Expr, SourceRange)
    case binary(BinaryOperator, Expr, Expr, opRange: SourceRange, range: SourceRange)
    /// `f(args)`, `layer<dims>(args) as name[i]`, and `x.view(dims)` (receiver first in args).
    case call(callee: Ident, dimArgs: [DimExpr]?, args: [CallArg], instance: InstanceName?, range: SourceRange)
    /// `x[src]`, `x[dst]`, `w[edge]`.
    case index(Expr, Ident, range: SourceRange)
    case block(BlockKind, Expr, keyword: SourceRange, range: SourceRange)
    case list([Expr], SourceRange)
    /// An expression the parser could not read; it already reported why.
    case invalid(SourceRange)

    public var range: SourceRange {
        switch self {
        case .integer(_, let r), .float(_, let r), .negate(_, let r), .list(_, let r), .invalid(let r): return r
        case .name(let i): return i.range
        case .binary(_, _, _, _, let r), .call(_, _, _, _, let r), .index(_, _, let r), .block(_, _, _, let r): return r
        }
    }
}
