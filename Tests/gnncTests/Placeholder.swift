import XCTest
final class gnncTestsPlaceholder: XCTestCase { func testNothing() {} }
