package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Read-only on a SQLite file: connections the driver opened read-only, plus the statement check. */
class SqliteFileReadOnlyTest extends ReadOnlyBypassContract {
    @TempDir
    Path dir;

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return TestDatabases.sqlite(dir);
    }

    @Override
    protected Path scratchFolder() {
        return dir;
    }

    @Override
    protected List<String> engineAttempts(Path folder) {
        return SqliteAttempts.list(folder);
    }

    @Test
    void readOnlyTransactionsRunOnAReadOnlyConnection() throws Exception {
        boolean driverReadOnly = db.readOnly(tx -> tx.connection().isReadOnly());
        assertThat(driverReadOnly).isTrue();
        // Even SQL given to the raw connection, past the statement check, cannot write.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.readOnly(tx -> {
            try (var s = tx.connection().createStatement()) {
                s.execute("PRAGMA query_only = OFF");
                return s.executeUpdate("DELETE FROM t");
            }
        })).hasMessageContaining("readonly");
        assertThat(db.queryValue("SELECT count(*) FROM t", Long.class)).contains(1L);
    }

    @Test
    void readingPragmasStillWork() {
        List<Object> names = db.readOnly(tx -> tx.query("PRAGMA table_info(t)", r -> r.get("name")));
        assertThat(names).containsExactly("a");
        Optional<Long> fk = db.readOnly(tx -> tx.queryValue("PRAGMA foreign_keys", Long.class));
        assertThat(fk).contains(1L);
    }

    @Test
    void pragmasThatActAreRefusedAsReadOnlyNotAsALostConnection() {
        // A write leaves frames in the WAL; a checkpoint would copy them into the database file.
        db.execute("INSERT INTO t (a) VALUES (2)");
        db.execute("DELETE FROM t WHERE a = 2");
        for (String sql : List.of("PRAGMA wal_checkpoint", "PRAGMA main.wal_checkpoint", "PRAGMA optimize",
                "PRAGMA incremental_vacuum")) {
            assertThatThrownBy(() -> db.readOnly(tx -> tx.query(sql, r -> r.get(1)))).as(sql)
                    .isInstanceOfSatisfying(StatementException.class,
                            e -> assertThat(e.kind()).isEqualTo(io.systemprompt.database.engine.ErrorKind.READ_ONLY))
                    .hasMessageContaining("PRAGMA");
        }
        assertThat(db.queryValue("SELECT count(*) FROM t", Long.class)).contains(1L);
    }
}
