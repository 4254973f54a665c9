// Concrete shapes: a type's symbolic axes (N, E and the model's dimensions) bound to a graph and data.

public struct ShapeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension TensorType {
    /// The row axis (`nodes`, `edges` or `graphs`; none for a global value), then the feature dims with the
    /// model dimensions substituted. `what` names the value in the error.
    public func concreteShape(nodes: Int, edges: Int, graphs: Int = 1, dims: [String: Int], what: String = "a value") throws(ShapeError) -> [Int] {
        var bindings: [String: Dim] = [:]
        for (k, v) in dims { bindings[k] = Dim(v) }
        var out: [Int] = []
        switch domain {
        case .node: out.append(nodes)
        case .edge: out.append(edges)
        case .graph: out.append(graphs)
        case .global: break
        }
        for d in self.dims {
            guard let v = d.substituting(bindings)?.constantValue else {
                throw ShapeError("dimension \(d) of \(what) is not bound (bound: \(dims.keys.sorted()))")
            }
            out.append(v)
        }
        return out
    }

    public func concreteShape(_ g: GraphData, dims: [String: Int], what: String = "a value") throws(ShapeError) -> [Int] {
        try concreteShape(nodes: g.numNodes, edges: g.numEdges, graphs: g.numGraphs, dims: dims, what: what)
    }
}
