import ArgumentParser
import CommandLineKit
import Foundation
import Hummingbird
import Logging
import PartnershipCore
import PartnershipServer
import PartnershipStore
import ProgrammeKit
import RegionModules

/// `smp bench serve`: the served comparison under load, beside a minimal Hummingbird route that
/// returns a fixed body of the same size, in one process and one run. wrk (Debian's package)
/// drives each for 10 s with 64 connections on loopback, interleaved A B A B so the machine's
/// load falls on both. Targets: at least half the minimal route's throughput, p99 under 20 ms.
struct ServeBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Load on /api/compare against a minimal route of the same size (wrk, 64 connections, A B A B).")
    @Option(name: .long, help: "Seconds per wrk run.") var seconds = 10
    @Option(name: .long, help: "Connections.") var connections = 64
    @Option(name: .long, help: "Rounds (each runs the platform then the minimal route).") var rounds = 2
    @Option(name: .long, help: "First of the two loopback ports used.") var port = 18_181
    @OptionGroup var regions: RegionsOption

    struct WrkResult {
        let requestsPerSecond: Double
        let p99Milliseconds: Double
    }

    func run() async throws {
        guard let wrk = Self.which("wrk") else { throw CommandError("wrk is not installed: apt-get install wrk") }
        let registry = try Console.registry().platform
        let catalog = try Console.catalog(regions)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smp-bench-serve-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await StoreOpener.open(
            folder.appendingPathComponent("bench.sqlite").path, schema: try registry.schema(), logger: Console.logger)
        try await ImportReport.bundled(into: store, quiet: true)
        var logger = Logger(label: "smp.bench")
        logger.logLevel = .error
        let environment = ServerEnvironment(
            registry: registry, regions: catalog.activeRegions, store: store, passwords: PasswordHasher(cost: 4), logger: logger)
        try await environment.users.add(
            "bench", role: .nationalViewer, passwordHash: try PasswordHasher(cost: 4).hash("bench password 123"), by: "smp bench serve")
        let token = try await environment.sessions.open(for: "bench").token
        let platformPort = port, minimalPort = port + 1
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await PlatformServer.application(environment, host: "127.0.0.1", port: platformPort).runService(gracefulShutdownSignals: [])
            }
            let compare = "http://127.0.0.1:\(platformPort)/api/compare"
            let size = try await Self.bodySize(compare, token: token)
            let fixed = ByteBuffer(string: String(repeating: "x", count: size))
            let router = Router()
            router.get("/fixed") { _, _ in Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: fixed)) }
            let minimal = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: minimalPort)), logger: logger)
            group.addTask { try await minimal.runService(gracefulShutdownSignals: []) }
            let fixedURL = "http://127.0.0.1:\(minimalPort)/fixed"
            _ = try await Self.bodySize(fixedURL, token: token)
            Console.out(
                "smp bench serve: /api/compare (national viewer, \(size) bytes, cached per data version) against a minimal Hummingbird "
                    + "route returning \(size) fixed bytes; wrk -t2 -c\(connections) -d\(seconds)s on loopback, A B A B\n")
            var platform: [WrkResult] = [], baseline: [WrkResult] = []
            for round in 1...max(1, rounds) {
                let a = try Self.wrk(wrk, compare, token: token, seconds: seconds, connections: connections)
                Console.out(String(format: "  round %d  /api/compare  %9.0f req/s  p99 %6.2f ms\n", round, a.requestsPerSecond, a.p99Milliseconds))
                let b = try Self.wrk(wrk, fixedURL, token: token, seconds: seconds, connections: connections)
                Console.out(String(format: "  round %d  minimal       %9.0f req/s  p99 %6.2f ms\n", round, b.requestsPerSecond, b.p99Milliseconds))
                platform.append(a)
                baseline.append(b)
            }
            let ratio = platform.map(\.requestsPerSecond).median / baseline.map(\.requestsPerSecond).median
            let p99 = platform.map(\.p99Milliseconds).max() ?? 0
            Console.out(
                String(
                    format:
                        "throughput: /api/compare %.0f req/s, minimal %.0f req/s (medians): %.2f of the minimal route (target 0.50 or more: %@)\n",
                    platform.map(\.requestsPerSecond).median, baseline.map(\.requestsPerSecond).median, ratio, ratio >= 0.5 ? "met" : "NOT met"))
            Console.out(String(format: "p99 latency of /api/compare: %.2f ms at worst (target under 20 ms: %@)\n", p99, p99 < 20 ? "met" : "NOT met"))
            group.cancelAll()
        }
        await store.close()
    }

    static func which(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The body's size once the server answers 200 (waiting up to 30 s for it to start).
    static func bodySize(_ url: String, token: String) async throws -> Int {
        for _ in 0..<300 {
            let output = try run(
                "/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code} %{size_download}", "-H", "Authorization: Bearer \(token)", url])
            let parts = output.split(separator: " ")
            if parts.first == "200", let size = parts.last.flatMap({ Int($0) }) { return size }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw CommandError("\(url) did not answer 200 within 30 s")
    }

    static func wrk(_ wrk: String, _ url: String, token: String, seconds: Int, connections: Int) throws -> WrkResult {
        let output = try run(wrk, ["-t2", "-c\(connections)", "-d\(seconds)s", "--latency", "-H", "Authorization: Bearer \(token)", url])
        func number(after label: String) -> String? {
            output.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }?
                .split(separator: " ", omittingEmptySubsequences: true).dropFirst(label.split(separator: " ").count).first.map(String.init)
        }
        guard let rps = number(after: "Requests/sec:").flatMap(Double.init), let p99 = number(after: "99%").flatMap(milliseconds) else {
            throw CommandError("could not read wrk's output:\n\(output)")
        }
        if output.contains("Non-2xx") { throw CommandError("wrk saw error responses from \(url):\n\(output)") }
        return WrkResult(requestsPerSecond: rps, p99Milliseconds: p99)
    }

    /// `850.00us`, `12.34ms` or `1.20s` in milliseconds.
    static func milliseconds(_ text: String) -> Double? {
        for (suffix, scale) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(suffix) {
            return Double(text.dropLast(suffix.count)).map { $0 * scale }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
