import XCTest
final class GNNCompilerTestsPlaceholder: XCTestCase { func testNothing() {} }
