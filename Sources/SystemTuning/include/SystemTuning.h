#ifndef SMP_SYSTEM_TUNING_H
#define SMP_SYSTEM_TUNING_H

/// Process-wide settings that only C can make: `sqlite3_config` is variadic, and `mallopt` is
/// declared in <malloc.h>, which Swift's Glibc module leaves out.

/// Turns off SQLite's memory statistics for the whole process (SQLITE_CONFIG_MEMSTATUS = 0), so
/// that an allocation no longer takes a process-wide mutex to count itself. Must run before
/// SQLite is first used; returns SQLITE_OK (0), or SQLITE_MISUSE (21) when SQLite already was.
int smp_sqlite_disable_memory_statistics(void);

/// Has glibc keep `bytes` spare at the top of each heap (M_TOP_PAD) instead of handing free
/// memory back at once, only to ask for it again. Returns 1 on success, 0 on failure.
int smp_malloc_keep_top_pad(int bytes);

#endif
