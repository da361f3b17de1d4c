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

/// `smp serve`: the web dashboard and JSON API on the same store as the CLI. `--demo` starts on a
/// temporary store with the bundled Home Office and ONS tables, seeded SYNTHETIC local records,
/// and an admin and a user per role whose one-time passwords are printed.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the dashboard and the JSON API (users, roles and suppression enforced on the server).")
    @Option(name: .long, help: "Address to listen on.") var host = "127.0.0.1"
    @Option(name: .long, help: "Port to listen on.") var port = 8080
    @Flag(name: .long, help: "A temporary store with the bundled data, SYNTHETIC records and printed one-time passwords.") var demo = false
    @Flag(name: .customLong("behind-tls"), help: "Served behind a TLS proxy: Secure cookies and HSTS.") var behindTLS = false
    @OptionGroup var regions: RegionsOption
    @OptionGroup var database: DatabaseOption

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be 1 to 65535 (got \(port))") }
    }

    func run() async throws {
        let registry = try Console.registry().platform
        let catalog = try Console.catalog(regions)
        var logger = Logger(label: "smp.serve")
        logger.logLevel = Console.logger.logLevel < .info ? Console.logger.logLevel : .info
        let store: any SQLStore
        var passwords: [(String, String, String)] = []
        if demo {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smp-demo-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("demo.sqlite").path
            Console.err("Demo store: \(path) (temporary; SYNTHETIC local records)\n")
            store = try await StoreOpener.open(path, schema: try registry.schema(), logger: Console.logger)
            try await ImportReport.bundled(into: store, quiet: true)
            try await DemoRecords.load(into: path, regions: regions, folder: folder)
            passwords = try await DemoRecords.users(store, regions: catalog.activeRegions)
        } else {
            store = try await database.open()
        }
        let environment = ServerEnvironment(
            registry: registry, regions: catalog.activeRegions, store: store, logger: logger, behindTLS: behindTLS)
        if !demo, try await environment.users.all().isEmpty {
            Console.err("note: no users yet: add one with `smp user add NAME --role admin` (same --db), then sign in\n")
        }
        Console.out("SMP Platform serving on http://\(host):\(port)/ (store: \(store.location)); Ctrl-C or SIGTERM stops it\n")
        for (name, role, password) in passwords { Console.out("  \(name) (\(role)): one-time password \(password)\n") }
        try await PlatformServer.application(environment, host: host, port: port).runService()
        await store.close()
    }
}
