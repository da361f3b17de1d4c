extension Region {
    /// A lower-tier LA by ONS code, full name, or the words people use for it ("Hull" for
    /// "Kingston upon Hull, City of") when those words name exactly one of the region's LAs.
    public func lowerTierAuthority(matching text: String) -> LocalAuthority? {
        let key = NameKey.fold(text)
        if let exact = lowerTier.first(where: { $0.code.rawValue == text.uppercased() || NameKey.fold($0.name) == key }) { return exact }
        let candidates = lowerTierAuthorities(containingWordsOf: text)
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// "Did you mean …?" for an LA that did not match, or an empty string.
    public func lowerTierSuggestion(for text: String) -> String {
        let candidates = lowerTierAuthorities(containingWordsOf: text)
        if candidates.count > 1 { return " Did you mean one of \(candidates.map { "'\($0.name)'" }.joined(separator: ", "))?" }
        return NearestName.to(text, in: lowerTier.map(\.name)).map { " Did you mean '\($0)'?" } ?? ""
    }

    /// The lower-tier LAs whose names contain every word of `text`.
    func lowerTierAuthorities(containingWordsOf text: String) -> [LocalAuthority] {
        let words = Set(NameKey.fold(text).split(separator: " "))
        guard !words.isEmpty else { return [] }
        return lowerTier.filter { words.isSubset(of: Set(NameKey.fold($0.name).split(separator: " "))) }
    }
}
