/// The note that says where local resettlement records come from, flagging synthetic ones.
public enum ResettlementSources {
    public static func note(_ sources: [String]) -> [String] {
        guard !sources.isEmpty else { return ["Local records: none yet."] }
        let synthetic = sources.filter { $0.hasPrefix("synthetic") }
        var notes = ["Local records from: \(sources.joined(separator: "; "))."]
        if !synthetic.isEmpty {
            notes.append("SYNTHETIC: records from \(synthetic.joined(separator: ", ")) are generated test data, not real cases or pledges.")
        }
        return notes
    }
}
