// The `low-precision-storage` pass: activations, features and saved tensors stored in f16 or
// bf16; parameters, gradients, the loss, reductions and graph-only values kept in f32.
import GNNIR

/// Chooses each float value's storage dtype for a precision. Every kernel still computes in f32
/// (loads widen, stores round to nearest even), so the choice only decides what memory holds:
///
/// - **low precision** (`f16`/`bf16`): node and edge values — input features, activations,
///   messages, attention weights, aggregation results (accumulated in f32 registers, stored once),
///   the gradients flowing through them, and so every tensor the backward pass reads back;
/// - **f32**: parameters (the master weights the optimizer updates) and every global value
///   (parameter gradients, sums over nodes), the loss, `rowsum` results (attention scores: softmax
///   statistics), `sum_to` reductions, the loss gradient (scaled before it is rounded), graph-only values (degree norms, computed once per graph),
///   and the inputs that are not features (`labels`, `train_mask`, `loss_scale`);
/// - a `view` keeps its operand's dtype (it is the same buffer).
///
/// Where a GEMM (`matmul`, `matmul_nt`, `matmul_tn`) has a low-precision operand or result and an
/// f32 operand (a parameter; the loss gradient), a `convert` of the f32 one to low precision is
/// inserted (one per value; a parameter's moves to the front of the module with the parameter),
/// so that both operands of every such GEMM share the low dtype:
/// cuBLAS's mixed-precision path takes f16/bf16 inputs with f32 accumulation, and weight-gradient
/// GEMMs still write f32 parameter gradients.
///
/// The precision is the one given, else the module's `train { precision = ... }`, else f32. With
/// f32 the pass changes nothing. Running it twice changes nothing the second time.
public struct LowPrecisionStorage: GraphPass {
    public let precision: Precision?
    public init(_ precision: Precision? = nil) { self.precision = precision }
    public var name: String { "low-precision-storage" }
    public var summary: String { "store activations in f16/bf16 (f32 for parameters, gradients, loss, statistics)" }

    /// Inputs that are not features: integers, masks, the loss scale.
    static let f32Inputs: Set<String> = ["labels", "train_mask", "loss_scale"]

    public func run(_ m: GraphModule) throws -> GraphModule {
        let low = LowPrecisionStorage.precision(of: m, override: precision).storage
        guard low != .f32 else { return m }
        let graphOnly = HoistGraphOnly.graphOnly(m)
        var r = Rewriter(m)
        var converted: [ValueID: ValueID] = [:]
        // A parameter a node or edge GEMM reads goes to the front with its convert: per step the
        // converts are kernels of one row, and placed between two row kernels they would keep
        // them from fusing.
        let gemmParams = Set(m.ops.filter { [.matmul, .matmulNT, .matmulTN].contains($0.opcode) && $0.type.domain != .global }
            .flatMap(\.operands).filter { m[$0].opcode == .param })
        for v in m.valueIDs where gemmParams.contains(v) {
            let kept = r.keep(v)
            converted[kept] = r.insert(Operation(opcode: .convert, operands: [kept], attributes: Attributes(["to": .ident(low.rawValue)]),
                                                 type: r.type(of: kept).with(dtype: low)))
        }
        for v in m.valueIDs where r.placed(v) == nil {
            var op = r.remapped(v)
            if op.type.dtype.isFloat {
                op.type.dtype = op.opcode == .view ? r.type(of: op.operands[0]).dtype : storage(op, graphOnly: graphOnly[v.index], low: low)
            }
            if [.matmul, .matmulNT, .matmulTN].contains(op.opcode),
               op.type.dtype == low || op.operands.contains(where: { r.type(of: $0).dtype == low }) {
                for (k, x) in op.operands.enumerated() where r.type(of: x).dtype != low {
                    if let c = converted[x] { op.operands[k] = c; continue }
                    let c = r.insert(Operation(opcode: .convert, operands: [x], attributes: Attributes(["to": .ident(low.rawValue)]),
                                               type: r.type(of: x).with(dtype: low)))
                    converted[x] = c
                    op.operands[k] = c
                }
            }
            r.emit(op, for: v)
        }
        return r.finish()
    }

    /// `override`, else the train block's setting, else f32.
    public static func precision(of m: GraphModule, override: Precision? = nil) -> Precision {
        override ?? m.train["precision"]?.asIdent.flatMap(Precision.init(rawValue:)) ?? .f32
    }

    func storage(_ op: Operation, graphOnly: Bool, low: DType) -> DType {
        if graphOnly || op.type.domain == .global { return op.opcode == .convert ? op.type.dtype : .f32 }
        if op.opcode.info.traits.contains(.keepsF32) { return .f32 }
        switch op.opcode {
        case .input:
            if case .string(let name)? = op.attributes["name"], LowPrecisionStorage.f32Inputs.contains(name) { return .f32 }
            return low
        default: return low
        }
    }
}
