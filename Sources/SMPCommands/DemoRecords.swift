import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import PartnershipServer
import PartnershipStore

/// What `smp serve --demo` loads beside the bundled tables: SYNTHETIC local records written and
/// imported by the programmes' own commands (so small counts exist to suppress), and one user per
/// role with a random one-time password.
enum DemoRecords {
    /// Runs the programmes' `synthetic` and import commands, exactly as the README does.
    static func load(into path: String, regions: RegionsOption, folder: URL) async throws {
        let common = ["--db", path, "--regions", regions.folder.path]
        let ms = folder.appendingPathComponent("ms.csv").path, nrpf = folder.appendingPathComponent("nrpf.csv").path
        let uasc = folder.appendingPathComponent("uasc").path
        let steps: [[String]] = [
            ["uasc", "synthetic", "--region", "north-east", "--out", uasc, "--seed", "7"],
            ["uasc", "care", "import", "--region", "north-east", "\(uasc)/north-east-uasc-in-care.synthetic.csv"],
            ["uasc", "request", "import", "--region", "north-east", "\(uasc)/north-east-uasc-requests.synthetic.csv"],
            ["modern-slavery", "synthetic", "--region", "east-midlands", "--out", ms, "--seed", "3"],
            ["modern-slavery", "referral", "import", "--region", "east-midlands", ms],
            ["nrpf", "synthetic", "--region", "east-midlands", "--out", nrpf, "--seed", "2"],
            ["nrpf", "case", "import", "--region", "east-midlands", nrpf],
        ]
        for step in steps {
            let arguments = step + (step.contains("synthetic") ? ["--regions", regions.folder.path] : common)
            var command = try SMP.parseAsRoot(arguments)
            if var asynchronous = command as? any AsyncParsableCommand { try await asynchronous.run() } else { try command.run() }
        }
    }

    /// An admin, a national viewer, and a manager for each active region, each with a printed
    /// one-time password (bcrypt-hashed in the store).
    static func users(_ store: any SQLStore, regions: [Region]) async throws -> [(String, String, String)] {
        let directory = UserDirectory(store: store), hasher = PasswordHasher(cost: 10)
        var made: [(String, String, String)] = []
        var roles: [(String, Role)] = [("admin", .admin), ("national", .nationalViewer)]
        roles += regions.map { ("\($0.id)-manager", Role.regionManager(region: $0.id)) }
        for (name, role) in roles {
            let password = String(SessionStore.randomToken().prefix(16))
            try await directory.add(name, role: role, passwordHash: try hasher.hash(password), by: "smp serve --demo")
            made.append((name, role.description, password))
        }
        return made
    }
}
