// swift-tools-version:6.0
// gnnc: a code-generating compiler for graph neural networks. No package dependencies.
import PackageDescription

let package = Package(
    name: "gnnc",
    products: [
        .executable(name: "gnnc", targets: ["gnnc"]),
        .library(name: "GNNCompiler", targets: ["GNNCompiler"]),
    ],
    targets: [
        .target(name: "GNNDiagnostics"),
        .target(name: "GNNIR", dependencies: ["GNNDiagnostics"]),
        .target(name: "GNNSpec", dependencies: ["GNNDiagnostics", "GNNIR"]),
        .target(name: "GNNPasses", dependencies: ["GNNDiagnostics", "GNNIR"]),
        .target(name: "GNNCodegen", dependencies: ["GNNIR"]),
        // The float64 reference interpreter: the numeric oracle of every backend's tests.
        .target(name: "GNNReference", dependencies: ["GNNIR"]),
        .target(name: "GNNRuntime", dependencies: ["GNNDiagnostics"]),
        // Datasets: the Planetoid reader (with its own small pickle reader) and synthetic graphs.
        .target(name: "GNNData", dependencies: ["GNNIR", "GNNRuntime"]),
        .target(name: "GNNCompiler", dependencies: ["GNNDiagnostics", "GNNIR", "GNNSpec", "GNNPasses", "GNNCodegen", "GNNRuntime", "GNNReference", "GNNData"]),
        .executableTarget(name: "gnnc", dependencies: ["GNNCompiler", "GNNIR", "GNNRuntime"]),
        // Test support: FileCheck-style matcher, golden-file comparison, inline-diagnostic expectations.
        .target(name: "GNNTestSupport", dependencies: ["GNNDiagnostics", "GNNIR", "GNNPasses"], path: "Tests/GNNTestSupport"),
        .testTarget(name: "GNNDiagnosticsTests", dependencies: ["GNNDiagnostics", "GNNTestSupport"]),
        .testTarget(name: "GNNIRTests", dependencies: ["GNNIR", "GNNTestSupport"]),
        .testTarget(name: "GNNSpecTests", dependencies: ["GNNSpec", "GNNIR", "GNNTestSupport"], exclude: ["Diagnostics"]),
        .testTarget(name: "GNNReferenceTests", dependencies: ["GNNReference", "GNNIR", "GNNSpec", "GNNDiagnostics", "GNNTestSupport"]),
        .testTarget(name: "GNNDataTests", dependencies: ["GNNData", "GNNIR", "GNNTestSupport"]),
        .testTarget(name: "GNNCodegenTests", dependencies: ["GNNCodegen", "GNNIR", "GNNSpec", "GNNPasses", "GNNDiagnostics", "GNNTestSupport"]),
        .testTarget(name: "GNNRuntimeTests", dependencies: ["GNNRuntime", "GNNTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GNNPassesTests", dependencies: ["GNNPasses", "GNNIR", "GNNSpec", "GNNReference", "GNNDiagnostics", "GNNTestSupport"], exclude: ["Inputs"]),
        .testTarget(name: "GNNCompilerTests", dependencies: ["GNNCompiler", "GNNCodegen", "GNNSpec", "GNNIR", "GNNDiagnostics", "GNNTestSupport"], exclude: ["golden", "Fixtures"]),
        .testTarget(name: "gnncTests", dependencies: ["gnnc", "GNNTestSupport", "GNNRuntime"]),
    ],
    swiftLanguageModes: [.v6]
)
