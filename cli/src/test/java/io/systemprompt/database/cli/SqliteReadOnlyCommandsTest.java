package io.systemprompt.database.cli;

import java.util.List;

/** {@link ReadOnlyCommandsContract} on a SQLite file. */
class SqliteReadOnlyCommandsTest extends ReadOnlyCommandsContract {
    @Override
    String engine() {
        return "sqlite";
    }

    @Override
    List<String> bypasses() {
        return List.of("PRAGMA query_only=OFF; DELETE FROM notes",
                "PRAGMA query_only=0; ATTACH DATABASE 'x.db' AS e; CREATE TABLE e.t(a)",
                "VACUUM INTO 'x.db'",
                "DELETE FROM notes");
    }
}
