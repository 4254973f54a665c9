// HostBufferTests: alignment, typed round trips and zeroing of host buffers.

import XCTest
@testable import GNNRuntime

final class HostBufferTests: XCTestCase {
    func testAllocationIsSixtyFourByteAlignedForEveryType() {
        for type in HostElementType.allCases {
            for count in [0, 1, 3, 17, 1000] {
                let buffer = HostBuffer(count: count, elementType: type)
                XCTAssertEqual(Int(bitPattern: buffer.rawPointer) % 64, 0, "\(type) x \(count)")
                XCTAssertEqual(buffer.byteCount, count * type.byteSize)
            }
        }
    }

    func testElementSizes() {
        XCTAssertEqual(HostElementType.float32.byteSize, 4)
        XCTAssertEqual(HostElementType.int32.byteSize, 4)
        XCTAssertEqual(HostElementType.int64.byteSize, 8)
    }

    func testNewBufferIsZeroed() {
        let buffer = HostBuffer(count: 257, elementType: .int64)
        XCTAssertEqual(buffer.toArray(Int64.self), [Int64](repeating: 0, count: 257))
    }

    func testFloatRoundTripThroughPointer() {
        let values: [Float] = [1.5, -2.25, .pi, 0, 1e-30]
        let buffer = HostBuffer(values)
        XCTAssertEqual(buffer.elementType, .float32)
        XCTAssertEqual(buffer.count, 5)
        XCTAssertEqual(buffer.floatPointer[2], .pi)
        buffer.floatPointer[4] = 42
        XCTAssertEqual(buffer.toArray(Float.self), [1.5, -2.25, .pi, 0, 42])
    }

    func testInt32AndInt64RoundTrip() {
        let small = HostBuffer([Int32.min, -1, 0, Int32.max])
        XCTAssertEqual(small.int32Pointer[0], Int32.min)
        XCTAssertEqual(small.toArray(Int32.self), [Int32.min, -1, 0, Int32.max])
        let large = HostBuffer([Int64.min, 1 << 40, Int64.max])
        XCTAssertEqual(large.int64Pointer[1], 1 << 40)
        XCTAssertEqual(large.toArray(Int64.self), [Int64.min, 1 << 40, Int64.max])
    }

    func testCopyFromReplacesContentsAndZeroClears() {
        let buffer = HostBuffer(count: 3, elementType: .float32)
        buffer.copy(from: [Float(1), 2, 3])
        XCTAssertEqual(buffer.toArray(Float.self), [1, 2, 3])
        buffer.zero()
        XCTAssertEqual(buffer.toArray(Float.self), [0, 0, 0])
    }

    /// Before: a size from input reached posix_memalign and its failure was a fatalError (SIGILL).
    func testAllocationsTooLargeAreErrorsNotTraps() {
        XCTAssertThrowsError(try HostBuffer.allocate(count: Int.max / 2, elementType: .float32, what: "buffer h")) { error in
            XCTAssertEqual((error as? RuntimeError)?.kind, .outOfMemory)
            XCTAssertTrue("\(error)".contains("buffer h: 4611686018427387903 elements of 4 bytes do not fit a 64-bit byte count"), "\(error)")
        }
        // 4 PiB: more than any address space a process gets.
        XCTAssertThrowsError(try HostBuffer.allocate(count: 1 << 50, elementType: .float32, what: "buffer w")) { error in
            XCTAssertEqual((error as? RuntimeError)?.kind, .outOfMemory)
            XCTAssertTrue("\(error)".contains("buffer w: cannot allocate 4194304.0 GiB (4503599627370496 bytes) of host memory"), "\(error)")
        }
        let small = try? HostBuffer.allocate(count: 3, elementType: .int64, what: "x")
        XCTAssertEqual(small?.toArray(Int64.self), [0, 0, 0])
    }

    func testMemoryBudgetRefusesMoreThanIsAvailable() throws {
        let available = try XCTUnwrap(MemoryBudget.availableBytes(), "/proc/meminfo is readable on Linux")
        XCTAssertGreaterThan(available, 0)
        XCTAssertNoThrow(try MemoryBudget.check(1 << 20, for: "a small program"))
        XCTAssertThrowsError(try MemoryBudget.check(Int.max, for: "the X program", parts: [("a", 1 << 40), ("b", 1 << 30)])) { error in
            let text = "\(error)"
            XCTAssertEqual((error as? RuntimeError)?.kind, .outOfMemory)
            XCTAssertTrue(text.contains("the X program needs 8589934592.0 GiB of memory, but "), text)
            XCTAssertTrue(text.contains("(largest: a 1024.0 GiB, b 1.0 GiB)"), text)
        }
        XCTAssertEqual(MemoryBudget.gib(3 << 29), "1.5 GiB")
        XCTAssertEqual(MemoryBudget.gib(1 << 19), "0.5 MiB")
    }

    /// Resident bytes of this process now (/proc/self/statm's second field, in pages).
    func residentBytes() throws -> Int {
        let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return try XCTUnwrap(Int(statm[1])) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Large buffers are their own mappings: 2 MiB aligned, zero, and given back to the system
    /// when released, every time (through malloc the second round came from a heap that never
    /// shrinks, and ten PNA runs peaked at 2.5x one run's memory).
    func testLargeBuffersAreAlignedZeroAndReturnedOnRelease() throws {
        for round in 0..<3 {
            for mib in [3, 16, 24] {
                let before = try residentBytes()
                var buffer: HostBuffer? = try HostBuffer.allocate(count: mib << 18, elementType: .float32, what: "b")
                XCTAssertEqual(Int(bitPattern: buffer!.rawPointer) % HostBuffer.hugePageBytes, 0)
                XCTAssertEqual(buffer!.floatPointer[(mib << 18) - 1], 0)
                for i in stride(from: 0, to: mib << 18, by: 1024) { buffer!.floatPointer[i] = 1 }
                XCTAssertGreaterThan(try residentBytes() - before, (mib - 1) << 20, "round \(round), \(mib) MiB touched")
                buffer = nil
                XCTAssertLessThan(try residentBytes() - before, 2 << 20, "round \(round): \(mib) MiB still resident after release")
            }
        }
    }
}
