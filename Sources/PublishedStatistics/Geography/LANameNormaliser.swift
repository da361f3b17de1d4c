import Foundation
import PartnershipCore

/// Turns the LA names publishers write into one key, so tables that carry names only (NTS_01)
/// can be joined to ONS codes. The rules, each tested:
/// 1. case, `&`/`and`, punctuation and spacing fold (`St. Albans` = `St Albans`,
///    `Newcastle-under-Lyme` = `Newcastle under Lyme`): `NameKey.fold`;
/// 2. ONS's inverted suffixes go: `Bristol, City of` = `Bristol`, `Herefordshire, County of` = `Herefordshire`;
/// 3. a leading `The` and a trailing unitary marker `(U)` go: `The Vale of Glamorgan`, `Dorset (U)`;
/// 4. a short list of known other spellings (`aliases`) maps to the ONS spelling.
public enum LANameNormaliser {
    /// Other spellings seen in published tables, folded, mapped to the folded ONS name.
    public static let aliases: [String: String] = [
        "durham": "county durham"
    ]

    public static func key(_ name: String) -> String {
        var text = name.trimmingWhitespace
        if text.hasSuffix("(U)") || text.hasSuffix("(u)") { text = String(text.dropLast(3)) }
        var key = NameKey.fold(text)
        for suffix in [" city of", " county of"] where key.hasSuffix(suffix) { key = String(key.dropLast(suffix.count)) }
        if key.hasPrefix("the ") { key = String(key.dropFirst(4)) }
        return aliases[key] ?? key
    }
}
