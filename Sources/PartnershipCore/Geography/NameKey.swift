import Foundation

/// Folds place names for matching across publishers: case, `&`/`and`, punctuation and spacing.
/// `"Bristol, City of"` and `"City of Bristol"` are not folded together: callers that need that
/// keep an alias list.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        // ASCII names (nearly all) in one pass over their bytes; anything else through Unicode.
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count + 8)
        var space = false
        func keep(_ byte: UInt8) {
            if space && !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
            space = false
            folded.append(byte)
        }
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): keep(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): keep(byte)
            case UInt8(ascii: "&"):
                space = true
                for letter in "and".utf8 { keep(letter) }
                space = true
            case 0x80...: return foldUnicode(name)
            default: space = true
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The same folding for any text: lower case, `&` as `and`, every other character but a-z and
    /// 0-9 a space, spaces collapsed.
    static func foldUnicode(_ name: String) -> String {
        var text = name.lowercased()
        text = text.replacingOccurrences(of: "&", with: " and ")
        let kept = text.unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : " "
        }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}
