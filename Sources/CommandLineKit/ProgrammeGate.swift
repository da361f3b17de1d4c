import PartnershipCore
import PartnershipStore
import ProgrammeKit

/// The check every command makes before it writes a programme's records or shows its figures for a
/// day: is the programme on for the region then? If not, the refusal names who switched it off,
/// when and why.
public enum ProgrammeGate {
    /// Fails when `programme` is off for `region` on `day`; `purpose` ends the message.
    public static func require(
        _ programme: ProgrammeID, for region: Region, on day: Day, store: any SQLStore, purpose: String
    ) async throws {
        let switches = try await ProgrammeSwitchboard(store: store).switches(for: region)
        guard switches.isEnabled(programme, on: day) else {
            throw CommandError("\(switches.offReason(programme, on: day)); \(purpose)")
        }
    }
}
