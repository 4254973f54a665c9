// .ci/run's apt source for NVRTC: derived from the machine's own Debian sources (mirrors, suites, keys), never a host written into the script.
import XCTest
import Foundation

final class CIScriptTests: XCTestCase {
    func derive(_ aptDirectory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Inputs.root + "/scripts/apt-nonfree-source.sh", aptDirectory.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stdout, stderr)
    }

    /// Before: .ci/run wrote a source naming deb.debian.org whatever the machine was configured with.
    func testCIRunNamesNoAptHostOfItsOwn() throws {
        let script = try String(contentsOfFile: Inputs.root + "/.ci/run", encoding: .utf8)
        XCTAssertFalse(script.contains("URIs:"), "an apt source written into .ci/run")
        XCTAssertFalse(script.contains("deb.debian.org"), "an apt host written into .ci/run")
        XCTAssertTrue(script.contains("scripts/apt-nonfree-source.sh"))
    }

    func testNonFreeIsAddedToTheConfiguredDebianSourcesOnly() throws {
        let apt = try makeTempDirectory()
        let lists = apt.appendingPathComponent("sources.list.d")
        try FileManager.default.createDirectory(at: lists, withIntermediateDirectories: true)
        try write("""
            # comment
            deb [arch=amd64 signed-by=/usr/share/keyrings/x.gpg] http://mirror.example/debian bookworm main contrib
            deb-src http://mirror.example/debian bookworm main
            deb http://mirror.example/debian bookworm-updates contrib
            deb http://snapshot.debian.org/archive/debian/20250520T000000Z bookworm main

            """, to: apt.appendingPathComponent("sources.list"))
        try write("""
            Types: deb deb-src
            # http://snapshot.debian.org/archive/debian/20250520T000000Z
            URIs: http://mirror2.example/debian
            Suites: trixie trixie-updates
            Components: main
            Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

            Types: deb
            Enabled: no
            URIs: http://off.example/debian
            Suites: trixie
            Components: main

            Types: deb
            URIs: https://deb.nodesource.com/node_20.x
            Suites: nodistro
            Components: main

            """, to: lists.appendingPathComponent("debian.sources"))
        try write("deb https://packages.cloud.google.com/apt cloud-sdk-bookworm main\n", to: lists.appendingPathComponent("google.list.disabled"))
        let r = try derive(apt)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            Types: deb
            URIs: http://mirror2.example/debian
            Suites: trixie trixie-updates
            Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
            Components: non-free

            Types: deb
            URIs: http://mirror.example/debian
            Suites: bookworm
            Signed-By: /usr/share/keyrings/x.gpg
            Components: non-free

            Types: deb
            URIs: http://snapshot.debian.org/archive/debian/20250520T000000Z
            Suites: bookworm
            Components: non-free

            """)
    }

    func testNoDebianSourceIsAnError() throws {
        let apt = try makeTempDirectory()
        try FileManager.default.createDirectory(at: apt.appendingPathComponent("sources.list.d"), withIntermediateDirectories: true)
        let r = try derive(apt)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("no enabled Debian source with the main component under \(apt.path)"), r.stderr)
    }
}
