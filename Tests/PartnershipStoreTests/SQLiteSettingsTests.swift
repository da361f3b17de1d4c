import Testing

@testable import PartnershipStore

/// SQLite's process-wide settings are made before its first use, or they silently do nothing:
/// every store opens its first connection after them, in the tests as in `smp`.
@Suite struct SQLiteSettingsTests {
    @Test func sqliteKeepsNoMemoryStatistics() async throws {
        let store = try SQLiteStore()
        try await store.transaction { try await $0.execute("CREATE TABLE t (x INTEGER)") }
        #expect(SQLiteStore.memoryStatisticsOff)
    }
}
