#ifndef JIXIAO_SQLITE_CONFIG_H
#define JIXIAO_SQLITE_CONFIG_H

/// Turns on SQLite's query planner stability guarantee for the connection `db` (a
/// `sqlite3 *` of SQLiteNIO's bundled SQLite): bound values then never expire a prepared
/// statement. `sqlite3_db_config` is variadic, which Swift cannot call. Returns the SQLite status.
int jixiao_sqlite_enable_qpsg(void *db);

#endif
