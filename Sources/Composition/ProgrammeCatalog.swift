import Dispersal
import ModernSlavery
import NRPF
import PartnershipCore
import UASCTransfer
import VCRS
import VPRS

/// The programmes the platform's executables (and their tests) offer: the composition root, the
/// one place that names every programme. Adding a scheme means adding its module here.
public enum ProgrammeCatalog {
    public static let registry: ProgrammeRegistry = {
        do {
            return try ProgrammeRegistry([
                DispersalProgramme(), VPRSProgramme(), VCRSProgramme(), UASCTransferProgramme(), ModernSlaveryProgramme(), NRPFProgramme(),
            ])
        } catch {
            fatalError("programme registry is inconsistent: \(error)")
        }
    }()
}
