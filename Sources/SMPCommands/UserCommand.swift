import ArgumentParser
import CommandLineKit
import Foundation
import PartnershipCore
import PartnershipServer
import PartnershipStore
import ProgrammeKit
import Reporting

/// `smp user add|list|disable|reset-password`: the server's users, in the same store. A new or
/// reset password is generated and printed once (or read from `SMP_PASSWORD` for scripts); only
/// its bcrypt hash is stored.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Users of the server: add, list, disable, reset a password (audited).",
        subcommands: [Add.self, List.self, Disable.self, ResetPassword.self])

    struct Common: ParsableArguments {
        @Option(name: .long, help: "Who is making the change (goes into the audit log).") var by: String = NSUserName()
        @OptionGroup var database: DatabaseOption
    }

    /// The password from SMP_PASSWORD, or a random one that is printed once.
    static func password() -> (value: String, generated: Bool) {
        if let given = ProcessInfo.processInfo.environment["SMP_PASSWORD"], !given.isEmpty { return (given, false) }
        return (String(SessionStore.randomToken().prefix(20)), true)
    }

    static func run(_ body: () async throws -> Void) async throws {
        do { try await body() } catch let refusal as UserDirectory.Refusal { throw CommandError(refusal.description) }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user with a role.")
        @Argument(help: "Login name (3-40 lower-case letters, digits, . - _).") var username: String
        @Option(name: .long, help: "national-viewer, region-manager, programme-lead or admin.") var role: String
        @Option(name: .long, help: "The region (region-manager, programme-lead).") var region: String?
        @Option(name: .long, help: "The programme (programme-lead).") var programme: String?
        @OptionGroup var regions: RegionsOption
        @OptionGroup var common: Common

        func run() async throws {
            let made: Role
            switch Role.make(kind: role, region: region, programme: programme) {
            case .success(let value): made = value
            case .failure(let problem): throw CommandError(problem.description)
            }
            if let region = made.region { _ = try Console.region(region, regions) }
            if let programme = made.programme, try Console.registry().platform[programme] == nil {
                throw CommandError("no programme '\(programme)'; `smp programmes` lists them")
            }
            let store = try await common.database.open()
            let password = UserCommand.password()
            try await UserCommand.run {
                try await UserDirectory(store: store).add(
                    username, role: made, passwordHash: try PasswordHasher().hash(password.value), by: common.by)
            }
            Console.out("Added \(username) (\(made)).\n")
            if password.generated { Console.out("One-time password (shown once): \(password.value)\n") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users and their roles.")
        @OptionGroup var common: Common
        @OptionGroup var output: FormatOption

        func run() async throws {
            let users = try await UserDirectory(store: try await common.database.open()).all()
            try output.emit(
                ReportSection(
                    title: "Users", columns: [.init("username"), .init("role"), .init("state"), .init("created")],
                    rows: users.map {
                        [.text($0.username), .text($0.role.description), .text($0.disabled ? "disabled" : "active"), .text($0.createdAt)]
                    }
                ))
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable a user and end their sessions.")
        @Argument var username: String
        @OptionGroup var common: Common

        func run() async throws {
            let store = try await common.database.open()
            try await UserCommand.run { try await UserDirectory(store: store).disable(username, by: common.by) }
            Console.out("Disabled \(username); their sessions are ended.\n")
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset-password", abstract: "Set a new password and end the user's sessions.")
        @Argument var username: String
        @OptionGroup var common: Common

        func run() async throws {
            let store = try await common.database.open()
            let password = UserCommand.password()
            try await UserCommand.run {
                try await UserDirectory(store: store).resetPassword(username, hash: try PasswordHasher().hash(password.value), by: common.by)
            }
            Console.out("Reset the password of \(username); their sessions are ended.\n")
            if password.generated { Console.out("One-time password (shown once): \(password.value)\n") }
        }
    }
}
