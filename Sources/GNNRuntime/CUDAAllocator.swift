// A caching allocator for device memory: freed blocks are kept by size class and handed out
// again, so a training loop allocates from the driver only on its first step.
import Synchronization

public struct CUDAAllocatorStats: Sendable, Equatable {
    /// cuMemAlloc calls made (not counting reuses).
    public var driverAllocations = 0
    /// Requests served from a cached block.
    public var reuses = 0
    public var bytesInUse = 0
    public var peakBytesInUse = 0
    /// Bytes held from the driver (in use or cached).
    public var bytesReserved = 0
}

public final class CUDAAllocator: Sendable {
    let driver: CUDADriver
    private let state = Mutex<(free: [Int: [CUDADriver.DevicePointer]], stats: CUDAAllocatorStats)>(([:], CUDAAllocatorStats()))

    init(driver: CUDADriver) { self.driver = driver }

    public var stats: CUDAAllocatorStats { state.withLock { $0.stats } }

    /// Requests round up to a power of two of at least 512 bytes, so a freed block fits the
    /// next request of its class; at most half of a block is slack.
    public static func sizeClass(_ bytes: Int) -> Int {
        var size = 512
        while size < bytes { size <<= 1 }
        return size
    }

    public func allocate(_ bytes: Int, what: String) throws(RuntimeError) -> CUDABlock {
        // Size classes double from 512: past 2^62 the next one does not exist (the doubling would wrap to 0 and never end).
        guard bytes <= 1 << 62 else { throw RuntimeError(.outOfMemory, "\(what): \(bytes) bytes is more than any device holds") }
        let size = CUDAAllocator.sizeClass(max(bytes, 1))
        let cached: CUDADriver.DevicePointer? = state.withLock { s in
            guard let p = s.free[size]?.popLast() else { return nil }
            s.stats.reuses += 1
            s.stats.bytesInUse += size
            s.stats.peakBytesInUse = max(s.stats.peakBytesInUse, s.stats.bytesInUse)
            return p
        }
        if let p = cached { return CUDABlock(pointer: p, bytes: size) }
        var p: CUDADriver.DevicePointer = 0
        try driver.check(driver.memAlloc(&p, size), "cuMemAlloc", "allocating \(size) bytes for \(what) (\(stats.bytesReserved) bytes already reserved)")
        state.withLock { s in
            s.stats.driverAllocations += 1
            s.stats.bytesReserved += size
            s.stats.bytesInUse += size
            s.stats.peakBytesInUse = max(s.stats.peakBytesInUse, s.stats.bytesInUse)
        }
        return CUDABlock(pointer: p, bytes: size)
    }

    /// Returns a block to its size class (the memory stays reserved for the next request).
    public func release(_ block: CUDABlock) {
        state.withLock { s in
            s.free[block.bytes, default: []].append(block.pointer)
            s.stats.bytesInUse -= block.bytes
        }
    }

    /// Gives every cached block back to the driver.
    public func trim() {
        let blocks = state.withLock { s -> [(Int, CUDADriver.DevicePointer)] in
            let all = s.free.flatMap { size, ps in ps.map { (size, $0) } }
            s.free = [:]
            s.stats.bytesReserved -= all.reduce(0) { $0 + $1.0 }
            return all
        }
        for (_, p) in blocks { _ = driver.memFree(p) }
    }
}

/// A block of device memory from the allocator.
public struct CUDABlock: Sendable, Equatable {
    public let pointer: CUDADriver.DevicePointer
    public let bytes: Int
}
