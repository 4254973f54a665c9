// The kernel half of the plan for tests below GNNCompiler: the schedule, then the target's kernel
// passes from the table with the kernel verifier after each, as Pipeline runs them.
import GNNIR
import GNNPasses

public struct ScheduleTestError: Error, CustomStringConvertible {
    public var description: String
}

/// `m` (already through the graph passes) scheduled for `target`, fused or op by op; `dims`: the
/// dimensions the plan is made for, as `gnnc run` binds them from a dataset.
public func lowered(_ m: GraphModule, target: Target = .cpu, fuse: Bool = true, dims: [String: Int] = [:]) throws -> KernelProgram {
    var scheduled = try ScheduleKernels.schedule(m, fuse: fuse, libraryGEMMs: target == .cuda)
    scheduled.dimValues = dims.filter { scheduled.dimParams.contains($0.key) }
    switch KernelPassPipeline.run(scheduled, pipeline: KernelPassPipeline.passes(for: target, fuse: fuse), verifyEach: true) {
    case .success(let p): return p
    case .failure(let f): throw ScheduleTestError(description: f.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
