extension Region {
    /// A lower-tier LA by ONS code, full name, or the words people use for it ("Hull" for
    /// "Kingston upon Hull, City of") when those words name exactly one of the region's LAs.
    public func lowerTierAuthority(matching text: String) -> LocalAuthority? { authority(matching: text, among: lowerTier) }

    /// An upper-tier LA (county, unitary, metropolitan, London borough) the same way.
    public func upperTierAuthority(matching text: String) -> LocalAuthority? { authority(matching: text, among: upperTier) }

    /// "Did you mean …?" for a lower-tier LA that did not match, or an empty string.
    public func lowerTierSuggestion(for text: String) -> String { suggestion(for: text, among: lowerTier) }

    /// "Did you mean …?" for an upper-tier LA that did not match, or an empty string.
    public func upperTierSuggestion(for text: String) -> String { suggestion(for: text, among: upperTier) }

    private func authority(matching text: String, among authorities: [LocalAuthority]) -> LocalAuthority? {
        let key = NameKey.fold(text)
        if let exact = authorities.first(where: { $0.code.rawValue == text.uppercased() || NameKey.fold($0.name) == key }) { return exact }
        let candidates = Self.authorities(authorities, containingWordsOf: text)
        return candidates.count == 1 ? candidates[0] : nil
    }

    private func suggestion(for text: String, among authorities: [LocalAuthority]) -> String {
        let candidates = Self.authorities(authorities, containingWordsOf: text)
        if candidates.count > 1 { return " Did you mean one of \(candidates.map { "'\($0.name)'" }.joined(separator: ", "))?" }
        return NearestName.to(text, in: authorities.map(\.name)).map { " Did you mean '\($0)'?" } ?? ""
    }

    /// The LAs whose names contain every word of `text`.
    static func authorities(_ authorities: [LocalAuthority], containingWordsOf text: String) -> [LocalAuthority] {
        let words = Set(NameKey.fold(text).split(separator: " "))
        guard !words.isEmpty else { return [] }
        return authorities.filter { words.isSubset(of: Set(NameKey.fold($0.name).split(separator: " "))) }
    }
}

extension Region {
    /// The module's LA codes and the earlier codes whose areas lie wholly within them (e.g. a
    /// county abolished since, all of whose successors the module lists): what a published table
    /// from before a reorganisation counts towards the region's totals.
    public var codesForRegionalTotals: [ONSCode] {
        let codes = Set(localAuthorities.map(\.code))
        return localAuthorities.map(\.code) + BoundaryChanges.england.historicCodes(within: codes).sorted { $0.rawValue < $1.rawValue }
    }
}
