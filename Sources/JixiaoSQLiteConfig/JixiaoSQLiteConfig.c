#include "JixiaoSQLiteConfig.h"

/* SQLiteNIO's bundled SQLite, with its prefixed names (declared here: its header is not a product). */
extern int sqlite_nio_sqlite3_db_config(void *db, int op, ...);

/* SQLITE_DBCONFIG_ENABLE_QPSG */
#define JIXIAO_DBCONFIG_ENABLE_QPSG 1007

int jixiao_sqlite_enable_qpsg(void *db) {
    int enabled = 0;
    return sqlite_nio_sqlite3_db_config(db, JIXIAO_DBCONFIG_ENABLE_QPSG, 1, &enabled);
}
