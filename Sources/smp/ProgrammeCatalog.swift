import Dispersal
import ModernSlavery
import NRPF
import PartnershipCore
import UASCTransfer
import VCRS
import VPRS

/// The programmes this executable offers. Adding a scheme means adding its module here.
enum ProgrammeCatalog {
    static let registry: ProgrammeRegistry = {
        do {
            return try ProgrammeRegistry([
                DispersalProgramme(), VPRSProgramme(), VCRSProgramme(), UASCTransferProgramme(), ModernSlaveryProgramme(), NRPFProgramme(),
            ])
        } catch {
            fatalError("programme registry is inconsistent: \(error)")
        }
    }()
}
