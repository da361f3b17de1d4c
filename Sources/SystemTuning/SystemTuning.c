#include "SystemTuning.h"
#include <malloc.h>
#include <sqlite3.h>

int smp_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int smp_malloc_keep_top_pad(int bytes) {
    return mallopt(M_TOP_PAD, bytes);
}
