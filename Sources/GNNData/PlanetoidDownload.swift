// Fetches missing Planetoid files with curl into the user cache, checked against pinned SHA-256 digests.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNRuntime

/// Downloads the eight `ind.<name>.<part>` files of a Planetoid dataset.
///
/// Every file goes into a private temporary directory beside the cache (same filesystem, so
/// the final rename is atomic), is checked, and only then renamed into the cache, with
/// `ind.<name>.x` last: `DataDirectory.locate` looks for that file, so an interrupted run
/// never leaves a set that looks complete. Any failure removes the temporaries.
///
/// Integrity: Cora and CiteSeer are accepted only if each file matches `pinnedSHA256`.
/// PubMed has no pinned digest (its originals were not at hand when the table was made), so
/// it is accepted only after `Planetoid.load` of the downloaded files succeeds, with a
/// warning on stderr that lists the digests it got, in `sha256sum` format, for pinning.
public enum PlanetoidDownload {
    /// Where PyG downloads Planetoid from.
    public static let defaultBaseURL = "https://github.com/kimiyoung/planetoid/raw/master/data"

    /// SHA-256 of the public originals, by file name.
    public static let pinnedSHA256: [String: String] = [
        "ind.cora.x": "23cfa55d91c6f624233f5eb7b6e3f141f1bd2b2ae39608a63cf5d084bb27baab",
        "ind.cora.tx": "b9afbaa4a400df991f6f02ef677e1e44da55ffc04801fd02f9e673987829226a",
        "ind.cora.allx": "9419ba2f26f5c35243db64aba110e0f35a04851609e0dc5433450676ca6b8543",
        "ind.cora.y": "94465c14eb53e04ca262198dcbb2521ee8af60fb3f3d546cd6ca24a511b0e7d1",
        "ind.cora.ty": "41f5ac76596a1699cc33f53084a2419e92961c42bb75f36fc38e616d348532ad",
        "ind.cora.ally": "2b998f5cc7fedc86e7f97ca2498f47a1ffc1462c29e2d578b23bf3f62b6e7d71",
        "ind.cora.graph": "58f13302f39dde8852dad6fe6d15b89b077b6d7f837626bce671ef80344b383d",
        "ind.cora.test.index": "297ce89af2b51a6a194181c7dbe1796c6a1cf9cd9349a88383b1b1e227867875",
        "ind.citeseer.x": "d20de19150741e555de0ed037195630fc194114ebc7fd72ced62810148aa22f6",
        "ind.citeseer.tx": "539a8906a2da97628d212f2fdd668c109a8b3f0d36574b59e5d3fd5b5303da21",
        "ind.citeseer.allx": "2ac30345d95c9ec933a817ee0bdd6a5f077f8c184a20e696910192d534414668",
        "ind.citeseer.y": "8ba87e515d8e3ee3cf52f6d2c5b86aa73f11ecad825a808455209ec26cd54924",
        "ind.citeseer.ty": "55e5bd1ba1e733a04598753ad1a8d57957f4b8f89e74519f41f4f4938767e4ce",
        "ind.citeseer.ally": "f704b2d986dde6c2669934de1f3ae5696a6cf9455c0f6b2646a2d135ea0a1c95",
        "ind.citeseer.graph": "d79a4ef9d3e7169aee8946145f6b7306e35bc79bffad26346cfb94e10e9912a7",
        "ind.citeseer.test.index": "2af990671580b6b2df5d158d1038f8292e30c9cd821b5453f399659b25b723d4",
    ]

    /// The variables discovery and download read, from this process's environment.
    public static func processEnvironment() -> [String: String] {
        Settings.process.values
    }

    /// `$GNNC_PLANETOID_URL` (e.g. a `file://` mirror), else `defaultBaseURL`.
    public static func baseURL(_ environment: [String: String]) -> String {
        if let url = environment["GNNC_PLANETOID_URL"], !url.isEmpty { return url }
        return defaultBaseURL
    }

    /// False when `GNNC_NO_DOWNLOAD` is set to anything but empty or `0`: offline machines and
    /// tests need the plain not-found error instead of a network attempt.
    public static func isAllowed(_ environment: [String: String]) -> Bool {
        let value = environment["GNNC_NO_DOWNLOAD"] ?? ""
        return value.isEmpty || value == "0"
    }

    /// Downloads dataset `name` from `baseURL` into `cacheDirectory` (created if needed).
    /// `curl` is the program run (looked up on PATH); `log` receives the warnings.
    public static func download(name: String, into cacheDirectory: String, baseURL: String,
                                curl: String = "curl",
                                log: (String) -> Void = PlanetoidDownload.printToStandardError) throws(DatasetError) {
        let name = name.lowercased()
        try Download.makeDirectories(cacheDirectory)
        let staging = try Download.makeStagingDirectory(besides: cacheDirectory, tag: "planetoid")
        let files = Planetoid.parts.map { "ind.\(name).\($0)" }
        defer { POSIXFiles.removeTree(staging) }
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        for file in files {
            try Download.fetch(base + "/" + file, to: staging + "/" + file, file: file, staging: staging, curl: curl)
        }
        try verify(name: name, files: files, staging: staging, base: base, log: log)
        try publish(files, from: staging, to: cacheDirectory)
    }

    /// Writes one line to stderr; a plain write(2) because the C `stderr` global is not concurrency-safe in Swift 6.
    public static func printToStandardError(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    // MARK: - Steps

    private static func verify(name: String, files: [String], staging: String, base: String,
                               log: (String) -> Void) throws(DatasetError) {
        var digests: [(file: String, hex: String)] = []
        for file in files {
            let hex = SHA256.hexDigest(try FileBytes.contents(staging + "/" + file, display: file))
            if let expected = pinnedSHA256[file], expected != hex {
                throw .inFile(file, "SHA-256 mismatch for \(base)/\(file): expected \(expected), got \(hex)")
            }
            digests.append((file, hex))
        }
        if digests.contains(where: { pinnedSHA256[$0.file] == nil }) {
            _ = try Planetoid.load(name: name, directory: staging)
            log("gnnc: warning: no pinned SHA-256 for \(name); accepted the download because it loads as a Planetoid dataset. Its digests:")
            for d in digests { log("  \(d.hex)  \(d.file)") }
        }
    }

    /// Renames into place with `ind.<name>.x` last, the file whose presence means "complete".
    private static func publish(_ files: [String], from staging: String, to cacheDirectory: String) throws(DatasetError) {
        let ordered = files.filter { !$0.hasSuffix(".x") } + files.filter { $0.hasSuffix(".x") }
        for file in ordered where rename(staging + "/" + file, cacheDirectory + "/" + file) != 0 {
            throw .inFile(file, "cannot move the download into \(cacheDirectory): \(POSIXFiles.errnoText())")
        }
    }
}
