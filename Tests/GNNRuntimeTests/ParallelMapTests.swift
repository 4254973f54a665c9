// ParallelMap: every index runs once, results come back in index order whatever the threads do.
import XCTest
import Synchronization
@testable import GNNRuntime

final class ParallelMapTests: XCTestCase {
    func testEveryIndexRunsOnceAndResultsKeepIndexOrder() {
        let calls = Mutex<[Int]>([])
        let out = ParallelMap.run(200, workers: 4) { i in
            calls.withLock { $0.append(i) }
            // Uneven work, so that later indices finish first on some thread.
            var x = 0
            for k in 0..<((200 - i) * 50) { x &+= k }
            return "\(i):\(x >= 0)"
        }
        XCTAssertEqual(out, (0..<200).map { "\($0):true" })
        XCTAssertEqual(calls.withLock { $0 }.sorted(), Array(0..<200))
    }

    func testNoJobsAndMoreWorkersThanJobs() {
        XCTAssertEqual(ParallelMap.run(0, workers: 8) { $0 }, [])
        XCTAssertEqual(ParallelMap.run(3, workers: 64) { $0 * $0 }, [0, 1, 4])
        XCTAssertEqual(ParallelMap.run(3, workers: 0) { $0 + 1 }, [1, 2, 3])
        XCTAssertGreaterThanOrEqual(ParallelMap.compilerWorkers, 1)
        XCTAssertLessThanOrEqual(ParallelMap.compilerWorkers, 8)
    }
}
