import CommandLineKit
import Dispersal
import ModernSlavery
import NRPF
import UASCTransfer
import VCRS
import VPRS

/// The composition root's list: the one place that names every programme the platform ships.
/// Adding a programme is its module plus one line here (and its entry in Package.swift).
public enum StandardProgrammes {
    public static func all() -> [any CLIProgramme] {
        [
            DispersalProgramme(),
            VPRSProgramme(),
            VCRSProgramme(),
            UASCTransferProgramme(),
            ModernSlaveryProgramme(),
            NRPFProgramme(),
        ]
    }

    /// The registry `smp` and the tests of the whole platform run with (built on each call: no global).
    public static func registry() throws -> CLIRegistry { try CLIRegistry(all()) }
}
