package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.engine.ErrorKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read-only transactions hold whatever the SQL says: every attempt to write, to lift read-only, to
 * hide a second statement or to write outside the database fails, and the data and the file system
 * are left as they were. Each engine adds its own attempts.
 */
abstract class ReadOnlyBypassContract {
    protected Database db;

    /** A configuration for a fresh, empty database of the engine under test. */
    protected abstract DatabaseConfigBuilder freshConfig();

    /** A folder the engine's process can write to, where no attempt may create a file. */
    protected abstract Path scratchFolder();

    /** Attempts of this engine only, besides the common ones. */
    protected abstract List<String> engineAttempts(Path folder);

    @BeforeEach
    void open() {
        db = Database.open(freshConfig().connectTimeoutMs(3000).build());
        db.execute("CREATE TABLE t (a INTEGER)");
        db.execute("INSERT INTO t (a) VALUES (1)");
    }

    @AfterEach
    void close() {
        assertThat(db.poolStats().active()).as("connections still borrowed").isZero();
        db.close();
    }

    private List<String> attempts(Path folder) {
        List<String> all = new ArrayList<>(List.of(
                "DELETE FROM t",
                "UPDATE t SET a = 2",
                "INSERT INTO t (a) VALUES (2)",
                "CREATE TABLE z (a INTEGER)",
                "DROP TABLE t",
                "COMMIT",
                "END",
                "ROLLBACK",
                "BEGIN",
                "SAVEPOINT s",
                "RELEASE s",
                "/* comment first */ COMMIT",
                "SELECT 1; DELETE FROM t",
                "COMMIT; DELETE FROM t",
                "ROLLBACK; DELETE FROM t",
                "SELECT 'a;b'; DELETE FROM t"));
        all.addAll(engineAttempts(folder));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyBypassIsRefusedAndChangesNothing() {
        Path folder = scratchFolder();
        return attempts(folder).stream().map(sql -> DynamicTest.dynamicTest(sql, () -> {
            assertThatThrownBy(() -> db.readOnly(tx -> tx.execute(sql)))
                    .as(sql).isInstanceOf(StatementException.class);
            assertThatThrownBy(() -> db.readOnly(tx -> tx.query(sql, r -> r.get(1))))
                    .as(sql).isInstanceOf(StatementException.class);
            assertUnchanged(folder);
            // The pooled connection that ran the attempt is still read-only for the next caller,
            // and write transactions still work.
            assertThatThrownBy(() -> db.readOnly(tx -> tx.execute("DELETE FROM t"))).isInstanceOf(
                    StatementException.class);
            Optional<Long> count = db.transaction(tx -> tx.queryValue("SELECT count(*) FROM t", Long.class));
            assertThat(count).contains(1L);
        }));
    }

    @Test
    void aRefusedStatementSaysWhyAndIsOfKindReadOnly() {
        assertThatThrownBy(() -> db.readOnly(tx -> tx.execute("COMMIT; DELETE FROM t")))
                .isInstanceOfSatisfying(StatementException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.READ_ONLY))
                .hasMessageContaining("2 statements");
    }

    @Test
    void aSemicolonInsideAStringIsOneStatement() {
        Optional<String> value = db.readOnly(tx -> tx.queryValue("SELECT 'x;y' FROM t", String.class));
        assertThat(value).contains("x;y");
    }

    private void assertUnchanged(Path folder) throws Exception {
        assertThat(db.queryValue("SELECT count(*) FROM t", Long.class)).contains(1L);
        assertThat(db.queryValue("SELECT max(a) FROM t", Long.class)).contains(1L);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("ro_")))
                    .as("files created by read-only SQL").isEmpty();
        }
    }
}
