// The two C-family dialects the emitter writes: C with OpenMP for CPUs, and CUDA C for NVRTC.

/// What differs between the C and CUDA output; everything else (statements, expressions, the
/// prelude's helpers) is shared.
public struct CDialect: Sendable {
    public let name: String
    public let prelude: String
    /// Written before `void` in a kernel's signature.
    let kernelQualifier: String
    let restrict: String
    /// Whether a parallel loop may sit anywhere in a kernel: OpenMP distributes each one where it
    /// is; on the GPU a kernel is one launch whose threads share a single parallel loop.
    let parallelLoopsAnywhere: Bool
    /// The head of a parallel loop over `variable` in start..<end (the body follows, then `}`).
    let parallelFor: @Sendable (_ variable: String, _ start: String, _ end: String) -> String
    /// The head of the block that runs a kernel which is not a single parallel loop.
    let serialGuard: String
    /// Whether lane statements run on real lanes (CUDA: a warp per row) or are emulated by loops
    /// over the lanes in one thread (C: how the lane mapping is checked without a GPU).
    let realLanes: Bool
    /// A statement that keeps the compiler from vectorising the loop it heads (nil: none needed).
    /// The C dialect puts it in a loop that carries a row of accumulators in locals
    /// (promote-rows-to-registers): left alone, GCC vectorises such an edge loop itself, with
    /// gathers and in-order reductions (hundreds of gathers per kernel, slower than the row in
    /// memory), where the intended code packs the unrolled features into vectors (SLP). An empty
    /// volatile asm emits nothing and is not vectorised across.
    let loopVectorizationBarrier: String?

    public static let c = CDialect(
        name: "c", prelude: CPrelude.text, kernelQualifier: "", restrict: "restrict", parallelLoopsAnywhere: true,
        parallelFor: { v, start, end in "#pragma omp parallel for schedule(static)\nfor (int64_t \(v) = \(start); \(v) < \(end); \(v)++) {" },
        serialGuard: "{", realLanes: false, loopVectorizationBarrier: "__asm__ volatile(\"\");")

    /// One thread per iteration of the kernel's parallel loop, grid-stride so any launch size covers it.
    public static let cuda = CDialect(
        name: "cuda", prelude: CPrelude.cudaText, kernelQualifier: "extern \"C\" __global__ ", restrict: "__restrict__",
        parallelLoopsAnywhere: false,
        parallelFor: { v, start, end in
            "for (int64_t \(v) = \(start) + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; \(v) < \(end); \(v) += (int64_t)blockDim.x * gridDim.x) {"
        },
        serialGuard: "if (blockIdx.x == 0 && threadIdx.x == 0) {", realLanes: true, loopVectorizationBarrier: nil)
}
