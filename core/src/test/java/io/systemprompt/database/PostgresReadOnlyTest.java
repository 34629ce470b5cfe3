package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.PostgresPerClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Read-only on PostgreSQL: a READ ONLY transaction that has run a query, plus the statement check. */
class PostgresReadOnlyTest extends ReadOnlyBypassContract {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    /** The test user may be a superuser, so COPY … PROGRAM would run: its marker goes to /tmp. */
    private static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"));

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return PG.freshConfig();
    }

    @Override
    protected Path scratchFolder() {
        return FOLDER;
    }

    @Override
    protected List<String> engineAttempts(Path folder) {
        String marker = folder.resolve("ro_program_ran").toString();
        return List.of(
                "SET TRANSACTION READ WRITE",
                "SET transaction_read_only = off",
                "SET TRANSACTION READ WRITE; DELETE FROM t",
                "SET transaction_read_only = off; DELETE FROM t",
                "COMMIT; SET transaction_read_only = off; DELETE FROM t",
                "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
                "SET default_transaction_read_only = off",
                "RESET ALL",
                "SET ROLE postgres",
                "SET SESSION AUTHORIZATION postgres",
                "SELECT set_config('transaction_read_only', 'off', true)",
                "START TRANSACTION READ WRITE",
                "ABORT",
                "PREPARE TRANSACTION 'ro_x'",
                "COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'",
                "COPY t FROM PROGRAM 'echo 5'",
                "DO $$ BEGIN DELETE FROM t; END $$",
                "WITH d AS (DELETE FROM t RETURNING a) SELECT a FROM d",
                "SELECT a FROM t FOR UPDATE",
                "SELECT 1 FROM t; COMMIT",
                "SELECT E'\\''; DELETE FROM t; --'",
                "DISCARD ALL",
                "LOCK TABLE t IN ACCESS EXCLUSIVE MODE",
                "CALL nothing()");
    }

    @Test
    void aSemicolonInADollarQuoteOrEscapedStringIsOneStatement() {
        Optional<String> dollar = db.readOnly(tx -> tx.queryValue("SELECT $x$a; COMMIT$x$ FROM t", String.class));
        assertThat(dollar).contains("a; COMMIT");
        Optional<String> escaped = db.readOnly(tx -> tx.queryValue("SELECT E'\\'; COMMIT; --' FROM t",
                String.class));
        assertThat(escaped).contains("'; COMMIT; --");
        assertThat(db.queryValue("SELECT count(*) FROM t", Long.class)).contains(1L);
    }

    @Test
    void theRawConnectionCannotSwitchTheTransactionToReadWrite() {
        assertThatThrownBy(() -> db.readOnly(tx -> {
            try (var s = tx.connection().createStatement()) {
                s.execute("SET TRANSACTION READ WRITE");
                return s.executeUpdate("DELETE FROM t");
            }
        })).hasMessageContaining("before any query");
        assertThat(db.queryValue("SELECT count(*) FROM t", Long.class)).contains(1L);
        assertThat(Files.exists(FOLDER.resolve("ro_program_ran"))).isFalse();
    }

    @Test
    void largeObjectsCreatedByAReadOnlyQueryAreNotKept() {
        long before = db.queryValue("SELECT count(*) FROM pg_largeobject_metadata", Long.class).orElseThrow();
        // READ ONLY does not stop lo_create; the transaction ends with ROLLBACK, so nothing stays.
        db.readOnly(tx -> tx.queryValue("SELECT lo_create(0)", Long.class));
        assertThat(db.queryValue("SELECT count(*) FROM pg_largeobject_metadata", Long.class)).contains(before);
    }

    @Test
    void aSessionSettingChangedByAReadOnlyQueryDoesNotOutliveIt() {
        try (Database one = Database.open(freshConfig().poolMin(1).poolMax(1).build())) {
            one.readOnly(tx -> tx.queryValue(
                    "SELECT set_config('default_transaction_read_only', 'on', false)", String.class));
            one.readOnly(tx -> tx.queryValue("SELECT set_config('application_name', 'ro_probe', false)",
                    String.class));
            Optional<String> name = one.transaction(tx -> tx.queryValue(
                    "SELECT current_setting('application_name')", String.class));
            assertThat(name.orElse("")).isNotEqualTo("ro_probe");
            // A later write transaction on the same session still writes.
            one.execute("CREATE TABLE ro_after (a INTEGER)");
        }
    }
}
