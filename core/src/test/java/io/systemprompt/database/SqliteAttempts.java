package io.systemprompt.database;

import java.nio.file.Path;
import java.util.List;

/** SQLite-only attempts to lift or escape a read-only transaction. */
final class SqliteAttempts {
    private SqliteAttempts() {
    }

    static List<String> list(Path folder) {
        String file = folder.resolve("ro_attached.db").toString().replace("'", "''");
        String vacuum = folder.resolve("ro_vacuum.db").toString().replace("'", "''");
        return List.of(
                "PRAGMA query_only = OFF",
                "PRAGMA query_only(0)",
                "PRAGMA main.query_only = 0",
                "PRAGMA query_only = OFF; DELETE FROM t",
                "PRAGMA journal_mode = DELETE",
                "PRAGMA foreign_keys = OFF",
                "ATTACH DATABASE '" + file + "' AS e",
                "ATTACH DATABASE 'file:" + file + "?mode=rwc' AS e",
                "PRAGMA query_only = 0; ATTACH DATABASE '" + file + "' AS e; CREATE TABLE e.t(a)",
                "DETACH DATABASE e",
                "VACUUM",
                "VACUUM INTO '" + vacuum + "'",
                "REINDEX",
                "ANALYZE",
                "WITH x AS (SELECT 1) DELETE FROM t",
                "REPLACE INTO t (a) VALUES (3)",
                "INSERT INTO t SELECT a FROM t RETURNING a");
    }
}
