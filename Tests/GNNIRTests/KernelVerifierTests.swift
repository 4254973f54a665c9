// The kernel IR verifier rule by rule: each hand-built program breaks one rule and is reported with
// its id, and the valid program they are built from is reported for nothing.
import XCTest
import GNNDiagnostics
import GNNIR

final class KernelVerifierTests: XCTestCase {
    let n = KIndex.dim(Dim(symbol: "N"))

    /// `out[v] = relu(x[v])` over N rows, lanes as given.
    func program(_ body: [KStmt], lanes: Int = 1, slots: Int = 1, variants: [Kernel] = [], results: [Int] = [2]) -> KernelProgram {
        let buffers = [KBuffer(name: "x", dtype: .f32, elements: Dim(symbol: "N"), role: .input),
                       KBuffer(name: "w", dtype: .f32, elements: Dim(4), role: .param),
                       KBuffer(name: "out", dtype: .f32, elements: Dim(symbol: "N"), role: .temp)]
        let k = Kernel(name: "k0_relu", comment: "relu", body: body, lanes: lanes, slots: slots, variants: variants)
        return KernelProgram(name: "P", dimParams: [], buffers: buffers, kernels: [k], results: results)
    }

    func row(_ inner: [KStmt]) -> [KStmt] { [.loop(variable: "v", start: .zero, end: n, parallel: true, body: inner)] }

    var valid: [KStmt] { row([.letValue("a", .load(0, .v("v"))), .store(2, .v("v"), .unary(.relu, Attributes(), .local("a")))]) }

    func ids(_ p: KernelProgram) -> [DiagnosticID] { KernelVerifier.verify(p).map(\.id) }

    func testAValidProgramHasNoProblems() {
        XCTAssertEqual(KernelVerifier.verify(program(valid)), [])
        // A nested block may shadow an outer name, as C allows.
        XCTAssertEqual(ids(program(row([.letIndex("e", .v("v")), .block([.letIndex("e", .v("v")), .store(2, .v("e"), .const(1))])]))), [])
    }

    func testBuffersOutOfRange() {
        XCTAssertEqual(ids(program(row([.store(7, .v("v"), .const(1))]))), [.kirBadBuffer])
        XCTAssertEqual(ids(program(row([.store(2, .load(9, .v("v")), .const(1))]))), [.kirBadBuffer])
        XCTAssertEqual(ids(program(valid, results: [5])), [.kirBadBuffer])
        XCTAssertEqual(ids(program(valid, results: [])), [.kirBadProgram])
    }

    func testNamesMustBeInScopeAndOfTheirKind() {
        XCTAssertEqual(ids(program(row([.store(2, .v("u"), .const(1))]))), [.kirBadName], "an unbound index")
        XCTAssertEqual(ids(program(row([.store(2, .v("v"), .local("a"))]))), [.kirBadName], "an undeclared float")
        XCTAssertEqual(ids(program(row([.letValue("a", .const(0)), .assignIndex("a", .v("v")), .store(2, .v("v"), .local("a"))]))), [.kirBadName])
        XCTAssertEqual(ids(program(row([.letIndex("i", .v("v")), .assign("i", .const(1)), .store(2, .v("i"), .const(0))]))), [.kirBadName])
        XCTAssertEqual(ids(program(row([.letValue("a", .const(0)), .letValue("a", .const(1)), .store(2, .v("v"), .local("a"))]))), [.kirBadName],
                       "declared twice in one block")
        // A name declared in a loop body is gone after the loop.
        let leaked: [KStmt] = row([.loop(variable: "j", start: .zero, end: .lit(2), parallel: false, body: [.letValue("t", .const(1))]),
                                   .store(2, .v("v"), .local("t"))])
        XCTAssertEqual(ids(program(leaked)), [.kirBadName])
    }

    func testKernelsStoreOnlyIntoWhatTheyCompute() {
        XCTAssertEqual(ids(program(row([.store(0, .v("v"), .const(1))]))), [.kirBadStore], "an input")
        XCTAssertEqual(ids(program(row([.store(1, .lit(0), .const(1))]))), [.kirBadStore], "a parameter")
    }

    func testLaneStatementsNeedLanes() {
        let lanes: [KStmt] = row([.laneLoop(variable: "j", start: .zero, end: .lit(8), body: [.store(2, .v("v"), .const(1))]), .laneSync])
        XCTAssertEqual(ids(program(lanes, lanes: 4)), [])
        XCTAssertEqual(ids(program(lanes)), [.kirBadStatement, .kirBadStatement])
        let slots: [KStmt] = row([.letValue("acc", .const(0)),
                                  .slotReduce(variable: "q", start: .zero, end: .lit(4), partials: [LanePartial(name: "p", into: "acc", combine: .sum)],
                                              body: [.assign("p", .binary(.add, .local("p"), .const(1)))]),
                                  .store(2, .v("v"), .local("acc"))])
        XCTAssertEqual(ids(program(slots, lanes: 32, slots: 8)), [])
        XCTAssertEqual(ids(program(slots, lanes: 32)), [.kirBadStatement])
        XCTAssertEqual(ids(program(valid, lanes: 12)), [.kirBadKernel], "lanes a power of two")
        XCTAssertEqual(ids(program(valid, lanes: 8, slots: 3)), [.kirBadKernel], "slots divide lanes")
    }

    func testStructure() {
        let nested = row([.loop(variable: "j", start: .zero, end: .lit(2), parallel: true, body: [.store(2, .v("v"), .const(1))])])
        XCTAssertEqual(ids(program(nested)), [.kirBadStatement], "a nested parallel loop")
        XCTAssertEqual(ids(program(row([.loadVector(names: ["a", "b"], buffer: 0, index: .v("v")), .store(2, .v("v"), .local("a"))]))),
                       [.kirBadStatement])
        var p = program(valid)
        p.kernels.append(p.kernels[0])
        XCTAssertEqual(ids(p), [.kirBadProgram], "two kernels of one name")
        p = program(valid)
        p.kernels[0].name = "k 0"
        XCTAssertEqual(ids(p), [.kirBadKernel], "not a C identifier")
    }

    /// A variant stands in for its kernel: it may read only what the kernel reads and must write
    /// what the kernel writes.
    func testVariantsAreInterchangeable() {
        let same = Kernel(name: "k0_relu_split", comment: "", body: valid)
        XCTAssertEqual(ids(program(valid, variants: [same])), [])
        let other = Kernel(name: "k0_relu_split", comment: "", body: row([.store(2, .v("v"), .load(1, .lit(0)))]))
        XCTAssertEqual(ids(program(valid, variants: [other])), [.kirBadKernel])
    }
}
