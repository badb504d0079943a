#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs this executable again as a child (`--run-one …`) so every measured run starts from a
/// fresh process, and reads the child's own peak RSS from `wait4`.
enum ChildRun {
    struct Result {
        var status: Int32
        var stdout: String
        var wallSeconds: Double
        var peakRSSKilobytes: Int
    }

    static func run(_ arguments: [String]) throws -> Result {
        let executable = CommandLine.arguments[0].hasPrefix("/")
            ? CommandLine.arguments[0]
            : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
        let outputPath = NSTemporaryDirectory() + "newsgraph-bench-\(getpid())-\(UUID().uuidString).json"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = ContinuousClock.now
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            throw GeneratorError(description: "cannot start \(executable)")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = ContinuousClock.now - started
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: outputPath)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(status: status, stdout: output, wallSeconds: seconds, peakRSSKilobytes: Int(usage.ru_maxrss))
    }
}
