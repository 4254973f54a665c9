// The CPU kernels' thread count and wait policy: one thread per free core, passive waiting when others use the CPUs, the user's variables first.
import XCTest
@testable import GNNRuntime

final class ThreadPolicyTests: XCTestCase {
    let none = Settings(environment: [:])

    func testAnIdleMachineGetsAThreadPerCoreAndSpinningWaits() {
        let p = ThreadPolicy.choose(cores: 2, busyCores: 0.3, settings: none)
        XCTAssertEqual(p.threads, 2)
        XCTAssertFalse(p.passiveWait)
        XCTAssertEqual(p.source, "chosen")
        XCTAssertEqual(p.summary, "2 threads (2 cores, idle), spinning wait")
        XCTAssertEqual(ThreadPolicy.choose(cores: 2, busyCores: 0.6, settings: none).threads, 1)
        XCTAssertTrue(ThreadPolicy.choose(cores: 2, busyCores: 0.6, settings: none).passiveWait)
    }

    /// One core busy with another process: one thread, and idle threads sleep instead of spinning.
    func testBusyCoresAreLeftToTheirProcesses() {
        let p = ThreadPolicy.choose(cores: 2, busyCores: 0.97, settings: none)
        XCTAssertEqual(p.threads, 1)
        XCTAssertTrue(p.passiveWait)
        XCTAssertEqual(p.summary, "1 thread (2 cores, 1.0 busy with other processes), passive wait")
        XCTAssertEqual(ThreadPolicy.choose(cores: 16, busyCores: 5.4, settings: none).threads, 11)
        // Every core busy still leaves one thread; a negative sample counts as idle.
        XCTAssertEqual(ThreadPolicy.choose(cores: 2, busyCores: 3, settings: none).threads, 1)
        XCTAssertEqual(ThreadPolicy.choose(cores: 2, busyCores: -1, settings: none).threads, 2)
    }

    func testTheUsersVariablesWin() {
        let n = ThreadPolicy.choose(cores: 2, busyCores: 1.5, settings: Settings(environment: ["OMP_NUM_THREADS": "4"]))
        XCTAssertEqual(n.threads, 4)
        XCTAssertFalse(n.passiveWait)
        XCTAssertEqual(n.source, "OMP_NUM_THREADS")
        let w = ThreadPolicy.choose(cores: 2, busyCores: 1, settings: Settings(environment: ["OMP_WAIT_POLICY": "active"]))
        XCTAssertEqual(w.threads, 1)
        XCTAssertFalse(w.passiveWait)
        XCTAssertEqual(w.source, "OMP_WAIT_POLICY")
        // A count libgomp cannot parse leaves its default, a thread per core; gnnc sets nothing.
        let bad = ThreadPolicy.choose(cores: 3, busyCores: 0, settings: Settings(environment: ["OMP_NUM_THREADS": "many"]))
        XCTAssertEqual(bad.source, "OMP_NUM_THREADS")
        XCTAssertEqual(bad.threads, 3)
    }

    /// The sample reads /proc/stat less this process's own CPU time: a share of the machine.
    func testTheSampleIsAShareOfTheMachine() throws {
        let cpus = ThreadPolicy.affinityCPUs()
        XCTAssertFalse(cpus.isEmpty)
        try XCTSkipUnless(ThreadPolicy.busySeconds(cpus: cpus) != nil, "no /proc/stat")
        let busy = ThreadPolicy.sampleBusyCores(cpus: cpus, seconds: 0.05)
        XCTAssertGreaterThanOrEqual(busy, 0)
        XCTAssertLessThanOrEqual(busy, Double(cpus.count) + 0.5)
    }

    func testTheAffinityListIsParsedAsTheKernelWritesIt() {
        XCTAssertEqual(ThreadPolicy.parseCPUList("\t0-3,8"), [0, 1, 2, 3, 8])
        XCTAssertEqual(ThreadPolicy.parseCPUList("5"), [5])
        XCTAssertEqual(ThreadPolicy.parseCPUList("3-1"), [])
        XCTAssertEqual(ThreadPolicy.parseCPUList("x"), [])
    }
}
