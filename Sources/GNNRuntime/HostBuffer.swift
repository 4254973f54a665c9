// HostBuffer: 64-byte-aligned host memory of Float / Int32 / Int64 elements, the CPU kernels' operands.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The element types a host buffer can hold: the ones the kernel ABI passes around.
public enum HostElementType: String, Sendable, Equatable, CaseIterable {
    case float32
    case int32
    case int64
    /// f16 or bf16 storage, as bit patterns (see HalfPrecision).
    case uint16

    public var byteSize: Int {
        switch self {
        case .float32: return MemoryLayout<Float>.stride
        case .int32: return MemoryLayout<Int32>.stride
        case .int64: return MemoryLayout<Int64>.stride
        case .uint16: return MemoryLayout<UInt16>.stride
        }
    }
}

/// Swift scalar types that map onto a `HostElementType`, for the typed array copies.
public protocol HostScalar: Sendable {
    static var hostElementType: HostElementType { get }
}

extension Float: HostScalar { public static var hostElementType: HostElementType { .float32 } }
extension Int32: HostScalar { public static var hostElementType: HostElementType { .int32 } }
extension Int64: HostScalar { public static var hostElementType: HostElementType { .int64 } }
extension UInt16: HostScalar { public static var hostElementType: HostElementType { .uint16 } }

/// Owns `count` elements of host memory, aligned to 64 bytes (a cache line and an AVX-512
/// vector) so generated kernels may use aligned vector loads.
///
/// The class is `@unchecked Sendable` because it is a thin owner of raw memory: like any
/// tensor storage, concurrent writers must be ordered by the caller (kernel launches are).
public final class HostBuffer: @unchecked Sendable {
    public static let alignment = 64

    public let elementType: HostElementType
    public let count: Int
    public let rawPointer: UnsafeMutableRawPointer
    /// The mapping a large buffer owns (munmap'ed on release), nil for a malloc'ed one.
    private let mapping: (base: UnsafeMutableRawPointer, length: Int)?

    /// Allocates zeroed memory for `count` elements, a size the program itself chose (tests,
    /// fixed tables); sizes that come from input go through `allocate`, which throws instead.
    public convenience init(count: Int, elementType: HostElementType) {
        precondition(count >= 0, "HostBuffer: negative element count \(count)")
        guard let memory = HostBuffer.allocateAligned(byteCount: count * elementType.byteSize) else {
            fatalError("HostBuffer: allocating \(count * elementType.byteSize) bytes failed")
        }
        self.init(count: count, elementType: elementType, memory: memory)
    }

    private init(count: Int, elementType: HostElementType, memory: Allocation) {
        self.elementType = elementType
        self.count = count
        self.rawPointer = memory.pointer
        self.mapping = memory.mapping
        // Fresh anonymous mappings are zero pages already; touching them would only fault them in.
        if mapping == nil { zero() }
    }

    /// Zeroed memory for `count` elements of a size that came from input (a graph, a spec's
    /// dimensions): an overflowing byte count or a failed allocation is an `.outOfMemory` error
    /// naming `what`, never a trap.
    public static func allocate(count: Int, elementType: HostElementType, what: String) throws(RuntimeError) -> HostBuffer {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: elementType.byteSize)
        guard count >= 0, !overflow else {
            throw RuntimeError(.outOfMemory, "\(what): \(count) elements of \(elementType.byteSize) bytes do not fit a 64-bit byte count")
        }
        guard let memory = allocateAligned(byteCount: bytes) else {
            throw RuntimeError(.outOfMemory, "\(what): cannot allocate \(MemoryBudget.gib(bytes)) (\(bytes) bytes) of host memory")
        }
        return HostBuffer(count: count, elementType: elementType, memory: memory)
    }

    /// Allocates a buffer holding a copy of `values`.
    public convenience init<T: HostScalar>(_ values: [T]) {
        self.init(count: values.count, elementType: T.hostElementType)
        copy(from: values)
    }

    deinit {
        if let m = mapping { munmap(m.base, m.length) } else { free(rawPointer) }
    }

    public var byteCount: Int { count * elementType.byteSize }

    public var floatPointer: UnsafeMutablePointer<Float> { typedPointer(Float.self) }
    public var int32Pointer: UnsafeMutablePointer<Int32> { typedPointer(Int32.self) }
    public var int64Pointer: UnsafeMutablePointer<Int64> { typedPointer(Int64.self) }

    /// Sets every byte to zero (0.0 for floats, 0 for integers).
    public func zero() {
        memset(rawPointer, 0, byteCount)
    }

    /// Copies `values` into the buffer; the counts and element types must match.
    public func copy<T: HostScalar>(from values: [T]) {
        checkShape(T.self, count: values.count, op: "copy(from:)")
        values.withUnsafeBytes { source in
            guard let base = source.baseAddress else { return }
            rawPointer.copyMemory(from: base, byteCount: source.count)
        }
    }

    /// Copies `values` into the first `values.count` elements (a buffer reused for a smaller
    /// graph holds more than it is given); the rest is left as it is.
    public func copyPrefix<T: HostScalar>(from values: [T]) {
        precondition(T.hostElementType == elementType && values.count <= count,
                     "HostBuffer.copyPrefix(from:): \(values.count) \(T.hostElementType.rawValue) elements for \(count) of \(elementType.rawValue)")
        values.withUnsafeBytes { source in
            guard let base = source.baseAddress else { return }
            rawPointer.copyMemory(from: base, byteCount: source.count)
        }
    }

    /// Returns the contents as a Swift array of `T`, which must be the buffer's element type.
    public func toArray<T: HostScalar>(_ type: T.Type = T.self) -> [T] {
        checkShape(T.self, count: count, op: "toArray")
        let typed = rawPointer.assumingMemoryBound(to: T.self)
        return Array(UnsafeBufferPointer(start: typed, count: count))
    }

    private func typedPointer<T: HostScalar>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        precondition(T.hostElementType == elementType,
                     "HostBuffer: requested \(T.hostElementType.rawValue) pointer of a \(elementType.rawValue) buffer")
        return rawPointer.assumingMemoryBound(to: T.self)
    }

    private func checkShape<T: HostScalar>(_ type: T.Type, count other: Int, op: String) {
        precondition(T.hostElementType == elementType,
                     "HostBuffer.\(op): element type \(T.hostElementType.rawValue) does not match buffer's \(elementType.rawValue)")
        precondition(other == count, "HostBuffer.\(op): \(other) elements given for a buffer of \(count)")
    }

    /// Buffers at least this large are aligned to 2 MiB and asked to be backed by transparent
    /// huge pages: a 1 GiB buffer then takes 512 page faults on first touch instead of 262 144,
    /// and its accesses far fewer TLB misses (Linux only grants them where THP is `madvise` or `always`).
    public static let hugePageBytes = 2 << 20

    typealias Allocation = (pointer: UnsafeMutableRawPointer, mapping: (base: UnsafeMutableRawPointer, length: Int)?)

    /// Small buffers: posix_memalign of at least one aligned block, so that an empty buffer still
    /// has a unique, non-null address kernels can be handed. Buffers of `hugePageBytes` or more:
    /// their own anonymous mapping, 2 MiB aligned, returned to the system when released. Through
    /// malloc, glibc raises its mmap threshold after the first large free, so the next run's
    /// buffers came from the heap, which never shrinks: ten PNA runs on Cora peaked at 715 MB
    /// where one run needs 289 MB.
    private static func allocateAligned(byteCount: Int) -> Allocation? {
        let size = max(byteCount, alignment)
        guard size >= hugePageBytes else {
            var memory: UnsafeMutableRawPointer? = nil
            guard posix_memalign(&memory, alignment, size) == 0, let memory else { return nil }
            return (memory, nil)
        }
        return mapAligned(size)
    }

    /// `size` bytes at a `hugePageBytes` boundary: map the size plus one alignment, unmap the
    /// unaligned head and the tail.
    private static func mapAligned(_ size: Int) -> Allocation? {
        guard size <= Int.max - 2 * hugePageBytes else { return nil }
        // The start is 2 MiB aligned; the length only page-rounded, so a buffer just over 2 MiB
        // does not take a second huge page.
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let length = (size + page - 1) / page * page, padded = length + hugePageBytes
        guard let raw = mmap(nil, padded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              raw != MAP_FAILED else { return nil }
        let address = UInt(bitPattern: raw)
        let aligned = (address + UInt(hugePageBytes - 1)) & ~UInt(hugePageBytes - 1)
        let head = Int(aligned - address)
        let base = raw + head
        if head > 0 { munmap(raw, head) }
        let tail = padded - head - length
        if tail > 0 { munmap(base + length, tail) }
        #if os(Linux)
        // Advice only: where the kernel declines, the buffer keeps ordinary pages.
        _ = madvise(base, length, MADV_HUGEPAGE)
        #endif
        return (base, (base, length))
    }
}
