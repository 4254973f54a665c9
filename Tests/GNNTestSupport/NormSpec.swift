// A spec that uses batch_norm and layer_norm in every way the language allows, for the kernel, NVRTC and training tests.

/// `Norms<F, C>`: layer_norm of the input (its width a model dimension, bound at run time), of an
/// edge value and of a node value; batch_norm after an aggregation and, twice through `repeat`, one
/// instance whose running statistics are updated by both calls; dropout between them, so the
/// training program's masks and the state updates meet.
public func normalizationSpec() -> String {
    """
    layer mix<FI, FO>(h: node[FI]) -> node[FO] {
      param W: [FI, FO] init glorot
      let z = h @ W
      let e = edgewise { layer_norm(z[src] * z[dst], eps = 1e-3) }
      return layer_norm(aggregate(sum) { e[edge] } + z) as out
    }
    model Norms<F, C>(x: node[F]) -> node[C] {
      graph { self_loops = add }
      param W1: [F, 8] init glorot
      let p = layer_norm(x) as ln_in @ W1
      // The residual keeps ln_in.bias's gradient off batch_norm, which cancels a shift of every
      // node alike: a gradient that is zero but for rounding cannot be compared in 16 bits.
      let h = relu(batch_norm(aggregate(mean) { p[src] }) as bn1) + p
      var g = dropout(mix<8, 8>(h), 0.2)
      repeat 2 { g = tanh(batch_norm(g, momentum = 0.2) as bn2) }
      return mix<8, C>(g)
    }
    train { optimizer = adam(lr = 0.01)  epochs = 3 }
    """
}
