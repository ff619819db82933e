#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: a function gives it.
static inline sqlite3_destructor_type cs_transient(void) { return SQLITE_TRANSIENT; }
