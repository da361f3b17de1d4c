extension Region {
    /// The lower-tier LA given by ONS code or by name (case, punctuation and `&`/`and` folded).
    public func lowerTierAuthority(matching text: String) -> LocalAuthority? {
        let key = NameKey.fold(text)
        return lowerTier.first { $0.code.rawValue == text || NameKey.fold($0.name) == key }
    }

    /// "Did you mean …?" for an LA that did not match, or an empty string.
    public func lowerTierSuggestion(for text: String) -> String {
        NearestName.to(text, in: lowerTier.map(\.name)).map { " Did you mean '\($0)'?" } ?? ""
    }
}
