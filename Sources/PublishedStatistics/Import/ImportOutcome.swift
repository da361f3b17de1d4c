import PartnershipCore
import PartnershipStore

/// What an import did: wrote a new vintage, found the identical file already imported, or
/// rejected the file (writing nothing) with every bad row listed.
public enum ImportOutcome: Sendable {
    case imported(ImportVintage, summary: String, notes: [String])
    case alreadyImported(ImportVintage)
    case rejected([Diagnostic])
}
