// The module graph the architecture promises, read from Package.swift and the sources' imports:
// one way (front end and IR below, execution and training above), the oracle only under checking.
import XCTest
import GNNTestSupport

final class ArchitectureTests: XCTestCase {
    /// Production targets and their declared dependencies, from Package.swift.
    func targets() throws -> [String: Set<String>] {
        let text = try String(contentsOfFile: repoRoot() + "/Package.swift", encoding: .utf8)
        var out: [String: Set<String>] = [:]
        let pattern = try NSRegularExpression(pattern: #"\.(?:executableTarget|target)\(name: "(\w+)"(?:, dependencies: \[([^\]]*)\])?"#)
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let name = String(text[Range(match.range(at: 1), in: text)!])
            let deps = match.range(at: 2).location == NSNotFound ? "" : String(text[Range(match.range(at: 2), in: text)!])
            out[name] = Set(deps.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\""))) }
                .filter { !$0.isEmpty })
        }
        return out.filter { $0.key != "GNNTestSupport" }
    }

    /// Each layer may depend only on the layers listed before it.
    static let layers: [[String]] = [
        ["GNNDiagnostics"], ["GNNIR", "GNNRuntime"], ["GNNSpec", "GNNPasses", "GNNCodegen", "GNNReference", "GNNData"],
        ["GNNCompiler", "GNNExecution"], ["GNNTraining", "GNNCheck"], ["GNNBench"], ["gnnc"],
    ]

    /// System libraries wrapped as module maps (no Swift code): any layer may use them.
    static let systemLibraries: Set<String> = ["CZlib"]

    func testDependenciesPointDownTheLayers() throws {
        let deps = try targets()
        XCTAssertEqual(Set(deps.keys), Set(Self.layers.flatMap { $0 }), "a target outside the layer list")
        for (level, layer) in Self.layers.enumerated() {
            let below = Set(Self.layers[..<level].flatMap { $0 }).union(Self.systemLibraries)
            for t in layer { XCTAssertTrue(deps[t, default: []].isSubset(of: below), "\(t) depends on \(deps[t, default: []].subtracting(below).sorted())") }
        }
    }

    /// The float64 oracle serves the checks only; planning knows nothing of devices or data, and
    /// execution nothing of the front end or the passes.
    func testTheOracleAndTheLayersStayApart() throws {
        let deps = try targets()
        XCTAssertEqual(Set(deps.filter { $0.value.contains("GNNReference") }.keys), ["GNNCheck"])
        XCTAssertTrue(deps["GNNCompiler", default: []].isDisjoint(with: ["GNNRuntime", "GNNExecution", "GNNData", "GNNReference"]))
        XCTAssertTrue(deps["GNNExecution", default: []].isDisjoint(with: ["GNNSpec", "GNNPasses", "GNNCompiler", "GNNReference"]))
        XCTAssertTrue(deps["GNNRuntime", default: []].isSubset(of: ["GNNDiagnostics"]), "the runtime knows sources, buffers and cache keys, not the IR")
    }

    /// What a source file imports is what its target declares: no module reaches another through
    /// a transitive dependency.
    func testImportsMatchTheDeclaredDependencies() throws {
        let deps = try targets()
        for (target, declared) in deps {
            let dir = repoRoot() + "/Sources/" + target
            for file in try FileManager.default.contentsOfDirectory(atPath: dir) where file.hasSuffix(".swift") {
                let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import GNN") {
                    let module = String(line.dropFirst("import ".count))
                    XCTAssertNotEqual(module, target, "\(target)/\(file) imports its own module")
                    XCTAssertTrue(module == target || declared.contains(module), "\(target)/\(file) imports \(module), which \(target) does not declare")
                }
            }
        }
    }

    /// The executable only parses arguments, calls the library and prints.
    func testTheExecutableIsThin() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: repoRoot() + "/Sources/gnnc")
        XCTAssertEqual(files, ["main.swift"])
    }
}
