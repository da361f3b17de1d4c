import GRDB

/// Core schema, as named migrations that are never edited once shipped: add a new one instead.
/// Table and column names are plain strings so the same SQL can serve other engines.
public enum StoreMigrations {
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("core.v1.import-ledger") { db in
            try db.execute(sql: """
                CREATE TABLE import_vintage (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    dataset TEXT NOT NULL,
                    source_file TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    publisher TEXT NOT NULL,
                    release TEXT NOT NULL,
                    row_count INTEGER NOT NULL,
                    imported_at TEXT NOT NULL,
                    UNIQUE (dataset, sha256)
                );
                """)
        }
        migrator.registerMigration("published.v1.asylum-support") { db in
            try db.execute(sql: """
                CREATE TABLE asylum_support (
                    vintage_id INTEGER NOT NULL REFERENCES import_vintage(id) ON DELETE CASCADE,
                    snapshot TEXT NOT NULL,
                    la_code TEXT,
                    la_name TEXT NOT NULL,
                    region TEXT NOT NULL,
                    support_type TEXT NOT NULL,
                    accommodation_type TEXT NOT NULL,
                    people INTEGER NOT NULL
                );
                CREATE INDEX asylum_support_lookup ON asylum_support (vintage_id, la_code, snapshot);
                """)
        }
        return migrator
    }
}
