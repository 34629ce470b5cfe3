package io.systemprompt.database.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aCheckpointIsRefusedAsReadOnlyNotReportedAsALostServer() {
        ok("query", "--write", "--sql", "DELETE FROM notes WHERE 1 = 0");
        Spdb.Result r = fails(2, "query", "--sql", "PRAGMA wal_checkpoint");
        assertThat(r.err()).contains("refused (read-only)", "PRAGMA").doesNotContain("pg_isready");
    }
}
