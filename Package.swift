// swift-tools-version:6.0
// gnnc: a code-generating compiler for graph neural networks. No package dependencies.
import PackageDescription

/// The numeric and hashing hot paths (GNNIR's tensors and random numbers, the reference
/// interpreter, the runtime's SHA-256 and buffers, the checks' error bound) compile with -O in
/// debug builds as well: tests spend most of their time there.
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "gnnc",
    products: [
        .executable(name: "gnnc", targets: ["gnnc"]),
        .library(name: "GNNCompiler", targets: ["GNNCompiler", "GNNExecution", "GNNTraining", "GNNCheck", "GNNBench"]),
    ],
    targets: [
        .target(name: "GNNDiagnostics"),
        .target(name: "GNNIR", dependencies: ["GNNDiagnostics"], swiftSettings: optimisedInDebug),
        .target(name: "GNNSpec", dependencies: ["GNNDiagnostics", "GNNIR"]),
        .target(name: "GNNPasses", dependencies: ["GNNDiagnostics", "GNNIR"]),
        .target(name: "GNNCodegen", dependencies: ["GNNIR"]),
        // The float64 reference interpreter: the numeric oracle of every backend's tests.
        // Optimised in debug builds too (optimisedInDebug): the tests run the oracle on every spec
        // and variant, three times where the error bound needs its moved runs.
        .target(name: "GNNReference", dependencies: ["GNNIR"], swiftSettings: optimisedInDebug),
        .target(name: "GNNRuntime", dependencies: ["GNNDiagnostics"], swiftSettings: optimisedInDebug),
        // The system's zlib, for gzip-compressed dataset files (OGB's .csv.gz).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Datasets: the Planetoid reader (with its own small pickle reader), synthetic graphs, and
        // users' graph directories (.npy, CSV, OGB's layout).
        .target(name: "GNNData", dependencies: ["GNNDiagnostics", "GNNIR", "GNNRuntime", "CZlib"]),
        // Planning, the front door: load, compile, opt; the one plan every command runs (Pipeline).
        .target(name: "GNNCompiler", dependencies: ["GNNDiagnostics", "GNNIR", "GNNSpec", "GNNPasses", "GNNCodegen"]),
        // Execution: what a plan emitted, loaded on a device (CPU or CUDA), with sessions of bound buffers.
        .target(name: "GNNExecution", dependencies: ["GNNDiagnostics", "GNNIR", "GNNCodegen", "GNNRuntime"]),
        // Training: the trainer, optimizers, loss scaling, checkpoints, gnnc run and its report.
        .target(name: "GNNTraining", dependencies: ["GNNDiagnostics", "GNNIR", "GNNSpec", "GNNPasses", "GNNCodegen", "GNNRuntime", "GNNData",
                                                    "GNNCompiler", "GNNExecution"]),
        // Checking: selftest (cpu, cuda, nvrtc), random models and differential testing against the oracle.
        .target(name: "GNNCheck", dependencies: ["GNNDiagnostics", "GNNIR", "GNNSpec", "GNNPasses", "GNNCodegen", "GNNRuntime", "GNNReference",
                                                 "GNNCompiler", "GNNExecution"], swiftSettings: optimisedInDebug),
        // Benchmarks: gnnc bench and its JSON/Markdown/SVG report.
        .target(name: "GNNBench", dependencies: ["GNNDiagnostics", "GNNIR", "GNNSpec", "GNNPasses", "GNNCodegen", "GNNRuntime", "GNNData",
                                                 "GNNCompiler", "GNNExecution", "GNNTraining"]),
        .executableTarget(name: "gnnc", dependencies: ["GNNDiagnostics", "GNNCompiler", "GNNExecution", "GNNTraining", "GNNCheck", "GNNBench", "GNNIR", "GNNPasses",
                                                    "GNNRuntime"]),
        // Test support: FileCheck-style matcher, golden-file comparison, inline-diagnostic expectations.
        .target(name: "GNNTestSupport", dependencies: ["GNNDiagnostics", "GNNIR", "GNNPasses"], path: "Tests/GNNTestSupport"),
        .testTarget(name: "GNNDiagnosticsTests", dependencies: ["GNNDiagnostics", "GNNTestSupport"]),
        .testTarget(name: "GNNIRTests", dependencies: ["GNNIR", "GNNSpec", "GNNPasses", "GNNTestSupport"]),
        .testTarget(name: "GNNSpecTests", dependencies: ["GNNSpec", "GNNIR", "GNNTestSupport"], exclude: ["Diagnostics"]),
        .testTarget(name: "GNNReferenceTests", dependencies: ["GNNReference", "GNNIR", "GNNSpec", "GNNDiagnostics", "GNNTestSupport"]),
        .testTarget(name: "GNNDataTests", dependencies: ["GNNData", "GNNIR", "GNNTestSupport"]),
        .testTarget(name: "GNNCodegenTests", dependencies: ["GNNCodegen", "GNNIR", "GNNSpec", "GNNPasses", "GNNDiagnostics", "GNNTestSupport"]),
        .testTarget(name: "GNNRuntimeTests", dependencies: ["GNNRuntime", "GNNTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GNNPassesTests", dependencies: ["GNNPasses", "GNNIR", "GNNSpec", "GNNReference", "GNNDiagnostics", "GNNTestSupport"], exclude: ["Inputs"]),
        .testTarget(name: "GNNCompilerTests", dependencies: ["GNNCompiler", "GNNCodegen", "GNNSpec", "GNNIR", "GNNPasses", "GNNDiagnostics", "GNNTestSupport"],
                    exclude: ["golden"]),
        .testTarget(name: "GNNExecutionTests", dependencies: ["GNNExecution", "GNNCompiler", "GNNTraining", "GNNCheck", "GNNBench", "GNNCodegen",
                                                              "GNNData", "GNNSpec", "GNNIR", "GNNPasses", "GNNRuntime", "GNNDiagnostics", "GNNTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "GNNTrainingTests", dependencies: ["GNNTraining", "GNNCompiler", "GNNExecution", "GNNData", "GNNSpec", "GNNIR", "GNNPasses",
                                                             "GNNRuntime", "GNNReference", "GNNDiagnostics", "GNNTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "GNNCheckTests", dependencies: ["GNNCheck", "GNNCompiler", "GNNExecution", "GNNCodegen", "GNNSpec", "GNNIR", "GNNPasses",
                                                          "GNNRuntime", "GNNDiagnostics", "GNNTestSupport"], exclude: ["Inputs"]),
        .testTarget(name: "GNNBenchTests", dependencies: ["GNNBench", "GNNCompiler", "GNNExecution", "GNNData", "GNNRuntime", "GNNTestSupport"]),
        .testTarget(name: "gnncTests", dependencies: ["gnnc", "GNNTestSupport", "GNNRuntime"]),
    ],
    swiftLanguageModes: [.v6]
)
