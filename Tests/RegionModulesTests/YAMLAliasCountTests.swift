import Testing

@testable import RegionModules

/// Region files may use only a few YAML aliases; the count finds `*name` where YAML reads an
/// alias and nowhere else.
@Suite struct YAMLAliasCountTests {
    @Test(arguments: [
        ("a: *x", 1), ("*x", 1), ("- *first\n- *second", 2), ("[*a, *b]", 2), ("{k: *a}", 1),
        ("a: b*c", 0), ("a: '2*3'", 0), ("a: * not an alias", 0), ("a: 5 * 4", 0), ("a:\t*tab", 1),
    ])
    func countsAliases(_ text: String, _ expected: Int) {
        #expect(YAMLMapping.aliasCount(text) == expected)
    }
}
