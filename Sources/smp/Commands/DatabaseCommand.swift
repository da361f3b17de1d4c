import ArgumentParser

/// `smp db migrate`: create or upgrade the store's schema (also done on first use).
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "db", abstract: "Manage the store.", subcommands: [Migrate.self])

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply pending migrations and list those applied.")
        @OptionGroup var database: DatabaseOption

        func run() throws {
            let store = try database.open()
            Console.out("\(database.path): \(try store.appliedMigrations().joined(separator: ", "))\n")
        }
    }
}
