import PartnershipCore
import PartnershipStore
import PublishedStatistics

/// A file of a programme's own local records (NRM referrals, NRPF cases, UASC counts and
/// requests): what it is, and how it is checked and stored, all or nothing. The CLI's import
/// commands and the server's upload run the same one, so a file is refused for the same reasons
/// and stored the same way whichever way it comes.
public struct RecordImport: Sendable {
    /// The outcome: a one-line summary, or every problem (nothing was changed).
    public enum Outcome: Sendable {
        case imported(String)
        case rejected([Diagnostic])
    }

    /// `referrals`, `cases`, `care`, `requests`: the last part of the upload's path.
    public let id: String
    public let title: String
    /// The columns, for the upload form and the CLI's help.
    public let columns: String
    private let body: @Sendable (_ text: String, _ file: String, _ region: Region, _ store: any SQLStore) async throws -> Outcome

    public init(
        id: String, title: String, columns: String,
        _ body: @escaping @Sendable (_ text: String, _ file: String, _ region: Region, _ store: any SQLStore) async throws -> Outcome
    ) {
        self.id = id
        self.title = title
        self.columns = columns
        self.body = body
    }

    /// Checks `text` (the file named `file`) for `region` and stores it when it has no error.
    public func run(text: String, file: String, region: Region, store: any SQLStore) async throws -> Outcome {
        try await body(text, file, region, store)
    }

    /// The records of a parsed file, or the outcome that refuses it: any error, or no records at
    /// all (which would replace what is recorded with nothing).
    public static func accepted<T>(_ parsed: ParsedRecords<T>, what: String, file: String) -> Result<[T], Refusal> {
        guard let records = parsed.accepted else { return .failure(Refusal(problems: parsed.diagnostics.errors)) }
        guard !records.isEmpty else {
            return .failure(
                Refusal(problems: [
                    Diagnostic(
                        .error, file: file, line: 2,
                        message: "the file has a header but no \(what): nothing imported, nothing changed (nothing recorded was removed)")
                ]))
        }
        return .success(records)
    }

    /// Every problem that stops a file.
    public struct Refusal: Error, Sendable {
        public let problems: [Diagnostic]
    }
}
