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
        .target(name: "GNNCompiler", dependencies: ["GNNDiagnostics", "GNNIR", "GNNSpec", "GNNPasses"]),
        .executableTarget(name: "gnnc", dependencies: ["GNNCompiler"]),
        // Test support: FileCheck-style matcher, golden-file comparison, inline-diagnostic expectations.
        .target(name: "GNNTestSupport", dependencies: ["GNNDiagnostics"], path: "Tests/GNNTestSupport"),
        .testTarget(name: "GNNDiagnosticsTests", dependencies: ["GNNDiagnostics", "GNNTestSupport"]),
        .testTarget(name: "GNNIRTests", dependencies: ["GNNIR", "GNNTestSupport"]),
        .testTarget(name: "GNNSpecTests", dependencies: ["GNNSpec", "GNNIR", "GNNTestSupport"], exclude: ["Diagnostics"]),
        .testTarget(name: "GNNPassesTests", dependencies: ["GNNPasses", "GNNIR", "GNNTestSupport"], exclude: ["Inputs"]),
        .testTarget(name: "GNNCompilerTests", dependencies: ["GNNCompiler", "GNNSpec", "GNNIR", "GNNDiagnostics", "GNNTestSupport"], exclude: ["golden"]),
        .testTarget(name: "gnncTests", dependencies: ["gnnc", "GNNTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
