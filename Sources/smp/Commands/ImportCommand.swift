import ArgumentParser
import Foundation
import PublishedStatistics

/// `smp import asylum-support FILE`: load a Home Office table as a new vintage, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import published Home Office tables.", subcommands: [AsylumSupport.self])

    struct AsylumSupport: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "asylum-support", abstract: "Import Home Office Asy_D11 (people on asylum support by LA and quarter).")
        @Argument(help: "The Asy_D11 CSV file.") var file: String
        @Option(name: .long, help: "Release name to record (default: Asy_D11 to <latest quarter>).") var release: String?
        @OptionGroup var database: DatabaseOption

        func run() throws {
            let store = try database.open()
            let started = Date()
            switch try AsylumSupportImporter(store: store).importFile(URL(fileURLWithPath: file), release: release) {
            case .imported(let vintage, let summary):
                Console.out(String(format: "Imported %@ as vintage %lld (%@): %@ in %.1fs\n", vintage.sourceFile, vintage.id, vintage.release, summary, Date().timeIntervalSince(started)))
            case .alreadyImported(let vintage):
                Console.out("Already imported: \(vintage.sourceFile) is vintage \(vintage.id) (\(vintage.release), sha256 \(vintage.sha256.prefix(12))); nothing changed\n")
            case .rejected(let diagnostics):
                Console.err(diagnostics.map(\.description).joined(separator: "\n"))
                Console.err("\(diagnostics.count) problem(s) in \(file); nothing was imported")
                throw ExitCode(1)
            }
        }
    }
}
