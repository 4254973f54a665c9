// A graph classifier that pools with every readout, for the kernel, NVRTC and autodiff tests.

/// `Pool<F, C>`: a GIN-style node layer, then `readout` with sum, mean, max and min concatenated
/// (each reduction's kernel and backward: the graph-size count, the arg-max scatter), a graph-level
/// MLP with dropout, and graph logits `graph[C]`; batch_norm over the nodes of the batch.
public func readoutSpec() -> String {
    """
    model Pool<F, C>(x: node[F]) -> graph[C] {
      graph { self_loops = none }
      param W: [F, 8] init glorot
      param V: [32, 8] init glorot
      param U: [8, C] init glorot
      let h = relu(batch_norm((x + aggregate(sum) { x[src] }) @ W) as bn)
      let g = concat(readout(sum) { h }, readout(mean) { h }, readout(max) { h }, readout(min) { tanh(h) })
      return dropout(relu(g @ V), 0.3) @ U
    }
    train { optimizer = adam(lr = 0.01)  epochs = 3 }
    """
}
