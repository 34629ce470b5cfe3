package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.ModuleTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transaction control at the top level of a module file is refused before anything runs, with the
 * file and line:column; a trigger body's BEGIN … END is not transaction control, and a
 * {@code -- spdb:no-transaction} migration may manage its own transactions.
 */
abstract class TransactionControlContract {
    private static final String OWN_TRANSACTION =
            "-- spdb:no-transaction\nBEGIN;\nCREATE TABLE own (a INTEGER);\nCOMMIT;\n";
    @TempDir
    Path modulesDir;
    private Database db;

    protected abstract DatabaseConfigBuilder freshConfig();

    @BeforeEach
    void open() {
        db = Database.open(freshConfig().moduleRoots(List.of(modulesDir.toString())).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private boolean tableExists(String name) {
        return db.dialect() != null && db.readOnly(tx -> {
            try {
                return db.dialect().catalog().read(tx.connection()).table(name).isPresent();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void commitInAMigrationIsRefusedBeforeAnythingRuns() {
        new ModuleTree(modulesDir).module("core/m").yaml("version: 1.0.0\n")
                .schema("CREATE TABLE base (id INTEGER PRIMARY KEY);\n")
                .migration("1_bad.sql", "CREATE TABLE a (x INTEGER);\n  COMMIT;\nINSERT INTO nope VALUES (1);\n");
        assertThatThrownBy(() -> db.migrationService().migrate().orThrow())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("1_bad.sql:2:3").hasMessageContaining("COMMIT").hasMessageContaining(
                        "Nothing was run");
        assertThat(tableExists("a")).isFalse();
        assertThat(tableExists("base")).isFalse();
    }

    @Test
    void everyFormOfTransactionControlIsRefusedInEveryKindOfFile() {
        String[] forms = {"BEGIN", "BEGIN TRANSACTION", "START TRANSACTION", "END", "ROLLBACK", "SAVEPOINT s",
            "RELEASE s", "commit /* c */"};
        int i = 0;
        for (String form : forms) {
            Path root = modulesDir.resolve("r" + (i++));
            ModuleTree.Module m = new ModuleTree(root).module("core/m").yaml("version: 1.0.0\n")
                    .schema("CREATE TABLE s (id INTEGER);\n" + form + ";\n");
            try (Database other = Database.open(freshConfig().moduleRoots(List.of(root.toString())).build())) {
                assertThatThrownBy(() -> other.migrationService().migrate().orThrow()).as(form)
                        .isInstanceOf(MigrationException.class).hasMessageContaining("schema.sql:2:1")
                        .message().containsAnyOf("transaction control", "remove transaction statements");
            }
            m.schema("CREATE TABLE s (id INTEGER);\n").init("INSERT INTO s VALUES (1);\n" + form + ";\n");
            try (Database other = Database.open(freshConfig().moduleRoots(List.of(root.toString())).build())) {
                assertThatThrownBy(() -> other.migrationService().migrate().orThrow()).as(form)
                        .hasMessageContaining("init.sql:2:1");
            }
        }
    }

    @Test
    void triggerBodiesAndNoTransactionFilesAreAllowed() {
        new ModuleTree(modulesDir).module("core/m").yaml("version: 1.0.0\n")
                .schema("CREATE TABLE t (a INTEGER, b INTEGER);\n"
                        + "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN UPDATE t SET b = 1 WHERE a = NEW.a; END;\n")
                .migration("1_own.sql", OWN_TRANSACTION)
                // PostgreSQL's translator refuses BEGIN in generic files; an engine file runs as written.
                .migration("1_own.postgres.sql", OWN_TRANSACTION);
        db.migrationService().migrate().orThrow();
        db.execute("INSERT INTO t (a) VALUES (5)");
        assertThat(db.queryValue("SELECT b FROM t WHERE a = 5", Long.class)).contains(1L);
        assertThat(tableExists("own")).isTrue();
    }
}
