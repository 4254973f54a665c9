// Which dataset array binds to which model input: x is the node features, the one edge input the edge features.
import GNNDiagnostics
import GNNIR
import GNNData
import GNNExecution

enum DatasetInputs {
    /// The input's name as the spec declares it.
    static func name(_ op: Operation) -> String? {
        if case .string(let s)? = op.attributes["name"] { return s }
        return op.name
    }

    /// The input a dataset's edge features bind to: the model's first edge input.
    static func edgeInput(_ inputs: [Operation]) -> Operation? { inputs.first { $0.type.domain == .edge } }

    /// A diagnostic, at its declaration, for every input the dataset cannot fill: a node input other
    /// than x, an edge input when the dataset has no edge features or another width, a second edge input.
    static func problems(_ inputs: [Operation], model: String, data: Dataset) -> [Diagnostic] {
        let edge = inputs.firstIndex { $0.type.domain == .edge }
        return inputs.enumerated().compactMap { k, op -> Diagnostic? in
            guard let n = name(op) else { return nil }
            if op.type.domain == .edge {
                if let edge, edge != k {
                    return refusal(op, "input '\(n)' of \(model) is a second edge input: \(data.name)'s edge features bind to one, '\(name(inputs[edge]) ?? "")'")
                }
                return edgeProblem(op, n, model: model, data: data)
            }
            guard n != "x" else { return nil }
            return refusal(op, "input '\(n)' of \(model) is not provided by the dataset: \(data.name) provides x, its node features "
                           + "(\(data.numFeatures) per node)" + (data.numEdgeFeatures > 0 ? ", and edge features for one edge input" : "")
                           + "; '\(n)' would be zeros")
        }
    }

    static func edgeProblem(_ op: Operation, _ n: String, model: String, data: Dataset) -> Diagnostic? {
        guard data.numEdgeFeatures > 0 else {
            return refusal(op, "input '\(n)' of \(model) is edge data, but \(data.name) has no edge features "
                           + "(a directory dataset gives them as edge_features, or as CSV columns after src,dst: docs/datasets.md); '\(n)' would be zeros")
        }
        let dims = op.type.dims
        guard dims.count == 1 else {
            return refusal(op, "input '\(n)' of \(model) has type \(op.type); edge features bind to edge[D], one row of D per edge")
        }
        if let width = dims[0].constantValue, width != data.numEdgeFeatures {
            return refusal(op, "input '\(n)' of \(model) is edge[\(width)], but \(data.name)'s edges carry \(data.numEdgeFeatures) feature"
                           + (data.numEdgeFeatures == 1 ? "" : "s") + " each")
        }
        return nil
    }

    static func refusal(_ op: Operation, _ message: String) -> Diagnostic { Diagnostic(.inputNotInDataset, message, at: op.location) }

    /// Model dimensions from the data: x's dimensions are the feature count, the edge input's the
    /// edge feature count, the logits' the class count. A symbol given two values is an error.
    static func bindDims(_ m: GraphModule, features: Int, classes: Int, edgeFeatures: Int) throws -> [String: Int] {
        var dims: [String: Int] = [:]
        func bind(_ s: String, _ v: Int, _ what: String) throws {
            if let old = dims[s], old != v { throw ExecutionError("model dimension \(s) would be both \(old) and \(v) (\(what))") }
            dims[s] = v
        }
        let inputs = m.ops.filter { $0.opcode == .input }
        for op in inputs {
            let value = op.type.domain == .edge ? edgeFeatures : features
            for d in op.type.dims { if let s = d.symbols.first, d == Dim(symbol: s) { try bind(s, value, "input \(name(op) ?? "")") } }
        }
        // The logits only: the results after them are state (running statistics of any width).
        for r in m.results.prefix(1) {
            for d in m.type(of: r).dims { if let s = d.symbols.first, d == Dim(symbol: s) { try bind(s, classes, "the classes") } }
        }
        for p in m.dimParams where dims[p] == nil { throw ExecutionError("model dimension \(p) cannot be bound from the dataset") }
        return dims
    }
}
