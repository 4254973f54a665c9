// Bytes a program's buffers take on one graph, and the share of them that holds forward
// activations kept for the backward pass: what mixed precision saves.
import GNNIR

public struct MemoryAccount: Sendable, Equatable {
    /// Every buffer (inputs, parameters, graph arrays, intermediates, results): a program's
    /// buffers are allocated once and live for the whole run, so this is its peak.
    public var bufferBytes: Int
    /// Intermediate buffers (and results) written before the loss and read after it: the forward
    /// activations the backward pass reads back. 0 for a program without a loss.
    public var savedActivationBytes: Int

    public init(bufferBytes: Int, savedActivationBytes: Int) {
        self.bufferBytes = bufferBytes; self.savedActivationBytes = savedActivationBytes
    }

    /// The account of `p` with buffers of `counts` elements.
    public static func of(_ p: KernelProgram, counts: [Int]) -> MemoryAccount {
        // As the runtimes allocate: at least one element per buffer.
        let bytes = zip(p.buffers, counts).map { $0.dtype.byteWidth * max($1, 1) }
        let total = bytes.reduce(0, +)
        guard let loss = p.results.first(where: { p.buffers[$0].name == "loss" }),
              let lossKernel = p.kernels.firstIndex(where: { KStmt.storedBuffers($0.body).contains(loss) }) else {
            return MemoryAccount(bufferBytes: total, savedActivationBytes: 0)
        }
        var saved = 0
        for (i, b) in p.buffers.enumerated() where b.role == .temp {
            let writtenBefore = p.kernels[..<lossKernel].contains { KStmt.storedBuffers($0.body).contains(i) }
            let readAfter = p.kernels[(lossKernel + 1)...].contains { k in KStmt.loads(k.body).contains { $0.0 == i } }
            if writtenBefore && readAfter { saved += bytes[i] }
        }
        return MemoryAccount(bufferBytes: total, savedActivationBytes: saved)
    }
}
