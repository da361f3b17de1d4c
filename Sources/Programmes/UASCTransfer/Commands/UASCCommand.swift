import ArgumentParser

/// `smp uasc`: the National Transfer Scheme for one region.
struct UASCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uasc", abstract: "UASC National Transfer Scheme: thresholds, transfers, requests, the rota, timeliness and funding.",
        subcommands: [
            UASCStatusCommand.self, UASCTransfersCommand.self, UASCCareCommand.self, UASCRequestCommand.self, UASCNextCommand.self,
            UASCTimelinessCommand.self, UASCFundingCommand.self, UASCSyntheticCommand.self,
        ])
}
