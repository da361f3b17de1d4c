#ifndef SMP_SQLITE_TUNING_H
#define SMP_SQLITE_TUNING_H

/// Turns off SQLite's memory statistics for the whole process (SQLITE_CONFIG_MEMSTATUS = 0), so
/// that an allocation no longer takes a process-wide mutex to count itself. Must run before
/// SQLite is first used; returns SQLITE_OK (0), or SQLITE_MISUSE (21) when SQLite already was.
/// `sqlite3_config` is variadic, so Swift cannot call it: this is its one C call.
int smp_sqlite_disable_memory_statistics(void);

#endif
