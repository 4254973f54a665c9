// Initialisers from the ParamInit table, drawn as the trainer draws them: PyTorch's kaiming_uniform and nn.Linear bounds, uniform, normal, and glorot unchanged.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNTraining

final class ParamInitializerTests: XCTestCase {
    static let spec = """
    layer lin<FI, FO>(h: node[FI]) -> node[FO] {
      param W: [FI, FO] init torch_linear
      param b: [FO] init torch_linear(FI)
      return h @ W + b
    }
    model M<F, C>(x: node[F]) -> node[C] {
      param K: [F, 64] init kaiming_uniform
      param K5: [F, 64] init kaiming_uniform(2.2360679774997896)
      param U: [F, 64] init uniform(-0.1, 0.3)
      param Gn: [F, 64] init normal(0.02)
      param S: [F, 64] init normal(2.0, 5.0)
      param Z: [F, 64] init glorot
      let h = x @ K + x @ K5 + x @ U + x @ Gn + x @ S + x @ Z
      return lin<64, C>(h) as out
    }
    """

    func params() throws -> [String: GNNIR.Operation] {
        let module = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "inits.gnn", text: Self.spec)).module)
        return Dictionary(uniqueKeysWithValues: module.ops.filter { $0.opcode == .param }.map { ($0.name ?? "", $0) })
    }

    func draw(_ op: GNNIR.Operation?, _ shape: [Int], dims: [String: Int] = [:]) throws -> [Float] {
        let op = try XCTUnwrap(op)
        return ParamInitializer.values(op, shape: shape, seed: 7) { $0.substituting(dims.mapValues { Dim($0) })?.constantValue }
    }

    func stats(_ v: [Float]) -> (min: Double, max: Double, mean: Double, std: Double) {
        let d = v.map(Double.init), mean = d.reduce(0, +) / Double(d.count)
        let variance = d.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(d.count)
        return (d.min() ?? 0, d.max() ?? 0, mean, variance.squareRoot())
    }

    func testBoundsAndMomentsFollowPyTorch() throws {
        let p = try params()
        let fanIn = 100, shape = [fanIn, 64]
        // kaiming_uniform(a = 0): bound sqrt(6 / fan_in); with a = sqrt(5) (nn.Linear) 1 / sqrt(fan_in).
        let k = stats(try draw(p["K"], shape))
        XCTAssertLessThanOrEqual(max(-k.min, k.max), (6.0 / 100).squareRoot())
        XCTAssertGreaterThan(max(-k.min, k.max), 0.97 * (6.0 / 100).squareRoot())
        XCTAssertEqual(k.std, (6.0 / 100).squareRoot() / 3.0.squareRoot(), accuracy: 0.01)
        let k5 = stats(try draw(p["K5"], shape))
        XCTAssertLessThanOrEqual(max(-k5.min, k5.max), 0.1 + 1e-7)
        XCTAssertGreaterThan(max(-k5.min, k5.max), 0.097)
        // nn.Linear: weight and bias both U(-1/sqrt(fan_in), 1/sqrt(fan_in)); the bias names its fan-in.
        let w = stats(try draw(p["out.W"], [64, 7]))
        XCTAssertLessThanOrEqual(max(-w.min, w.max), 0.125 + 1e-7)
        XCTAssertGreaterThan(max(-w.min, w.max), 0.11)
        let b = try draw(p["out.b"], [4096], dims: ["C": 4096])
        XCTAssertLessThanOrEqual(b.map { abs(Double($0)) }.max() ?? 1, 0.125 + 1e-7, "bound 1/sqrt(64) from fan_in = FI = 64, not from the bias's own length")
        XCTAssertGreaterThan(b.map { abs(Double($0)) }.max() ?? 0, 0.12)
        // uniform(low, high) and normal(std, mean).
        let u = stats(try draw(p["U"], shape))
        XCTAssertGreaterThanOrEqual(u.min, -0.1)
        XCTAssertLessThan(u.max, 0.3)
        XCTAssertEqual(u.mean, 0.1, accuracy: 0.005)
        let g = stats(try draw(p["Gn"], shape))
        XCTAssertEqual(g.mean, 0, accuracy: 0.001)
        XCTAssertEqual(g.std, 0.02, accuracy: 0.0005)
        let s = stats(try draw(p["S"], shape))
        XCTAssertEqual(s.mean, 5, accuracy: 0.1)
        XCTAssertEqual(s.std, 2, accuracy: 0.05)
    }

    /// Glorot is drawn from the same stream as before the table, so every trained result stays as recorded.
    func testGlorotIsUnchanged() throws {
        let op = try XCTUnwrap(try params()["Z"])
        let values = ParamInitializer.values(op, shape: [3, 4], seed: 7)
        var rng = SplitMix64(state: 7 ^ UInt64(0xCBF2_9CE4_8422_2325).fnv("Z"))
        let bound = (6.0 / 7).squareRoot()
        XCTAssertEqual(values, (0..<12).map { _ in Float(bound * rng.uniform()) })
    }

    func testTheIRCarriesTheArgumentsAndReadsBack() throws {
        let module = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "inits.gnn", text: Self.spec)).module)
        let text = IRPrinter.print(module)
        XCTAssertTrue(text.contains("{fan_in = <64>, init = torch_linear}"), text)
        XCTAssertTrue(text.contains("{high = 0.3, init = uniform, low = -0.1}"), text)
        XCTAssertTrue(text.contains("{init = normal, mean = 5.0, std = 2.0}"), text)
        let (parsed, diagnostics) = IRParser.parse(SourceFile(name: "inits.gir", text: text))
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        XCTAssertEqual(parsed.map(IRPrinter.print), text)
    }

    /// A layer's number argument sets its initializer per instance; each instance checks its own value.
    func testInitializerArgumentsFromALayersNumberArguments() throws {
        let spec = """
        layer lin<FI, FO>(h: node[FI], s: number) -> node[FO] {
          param W: [FI, FO] init normal(s)
          return h @ W
        }
        model M<F, C>(x: node[F]) -> node[C] {
          return lin<F, C>(lin<F, F>(x, 0.02) as a, 0.5) as b
        }
        """
        let module = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "n.gnn", text: spec)).module)
        let params = module.ops.filter { $0.opcode == .param }
        XCTAssertEqual(params.map { $0.attributes["std"] }, [.float(0.02), .float(0.5)])
        let bad = SpecFrontEnd.compile(SourceFile(name: "n.gnn", text: spec.replacingOccurrences(of: "0.5) as b", with: "-0.5) as b")))
        XCTAssertNil(bad.module)
        XCTAssertTrue(bad.diagnostics.contains { $0.id == .badScalarArgument && $0.message == "normal(std): std must not be negative" }, "\(bad.diagnostics)")
    }
}

private extension UInt64 {
    /// FNV-1a of `s` from this offset basis (ParamInitializer's per-parameter stream).
    func fnv(_ s: String) -> UInt64 {
        var h = self
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}
