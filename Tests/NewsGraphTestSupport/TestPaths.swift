import Foundation

/// Where the tests find the repository, its dictionaries and seeds, and `../shared`.
public enum TestPaths {
    /// The repository root (the folder of Package.swift).
    public static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The project's `Dictionaries/` folder.
    public static var dictionaries: String { repository + "/Dictionaries" }

    /// The project's `seeds/` folder.
    public static var seeds: String { repository + "/seeds" }

    /// `../shared` next to the repository, or `$NEWSGRAPH_SHARED`; nil when neither exists.
    public static let shared: String? = {
        let environment = ProcessInfo.processInfo.environment["NEWSGRAPH_SHARED"]
        let candidates = [environment, repository + "/../shared"].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/CONTRACT.md") }
            .map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }()

    /// The message a test prints when it skips for want of `../shared`.
    public static let sharedMissing = "skipped: ../shared (or $NEWSGRAPH_SHARED) is not present; .ci/run requires it"

    /// A new empty temporary folder.
    public static func temporaryFolder(_ name: String = "newsgraph-test") -> String {
        let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The path of an executable in the build folder next to the test bundle (`newsgraph`).
    public static func builtExecutable(_ name: String) -> String? {
        var url = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = url.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
