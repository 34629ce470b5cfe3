package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.migrate.MigrationException.Reason;
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
 * Schema installs and migrations, on every engine. Fixture SQL is written so that both engines accept
 * it as is.
 *
 * <pre>
 *   modules:  base <── left  <── top        migrations:  base: 1_add_b, 2_seed, 10_add_c (+rollbacks)
 *              ^                  |                       top:  1_top_col (after base's)
 *              └──── right <──────┘  (diamond)
 * </pre>
 */
abstract class MigrationContract {
    @TempDir
    Path modulesDir;
    protected ModuleTree tree;
    protected Database db;

    protected abstract DatabaseConfigBuilder freshConfig();

    /** Holds the migration lock from another connection, as another process would, until closed. */
    protected abstract AutoCloseable holdMigrationLockElsewhere() throws Exception;

    /** A fingerprint of everything written to the database, to prove a run wrote nothing. */
    protected abstract String writeFingerprint() throws Exception;

    @BeforeEach
    void setUp() {
        tree = new ModuleTree(modulesDir);
        tree.module("core/base").yaml("version: 2.1.0\n")
                .schema("CREATE TABLE base_items (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL UNIQUE);\n"
                        + "-- seeded below; a ';' in a comment must not split\n"
                        + "CREATE INDEX base_items_name ON base_items (name);")
                .init("INSERT INTO base_items (id, name) VALUES (1, 'first'), (2, 'it''s second');\n")
                .migration("1_add_b.sql", "ALTER TABLE base_items ADD COLUMN b INTEGER;")
                .migration("1_add_b.rollback.sql", "ALTER TABLE base_items DROP COLUMN b;")
                .migration("2_seed.sql", "INSERT INTO base_items (id, name, b) VALUES (3, 'third', 3);")
                .migration("2_seed.rollback.sql", "DELETE FROM base_items WHERE id = 3;")
                .migration("10_add_c.sql", "ALTER TABLE base_items ADD COLUMN c VARCHAR(10);")
                .migration("10_add_c.rollback.sql", "ALTER TABLE base_items DROP COLUMN c;");
        tree.module("core/left").deps("core/base")
                .schema("CREATE TABLE left_refs (id BIGINT PRIMARY KEY, item_id BIGINT NOT NULL REFERENCES base_items(id));");
        tree.module("core/right").deps("core/base")
                .schema("CREATE TABLE right_refs (id BIGINT PRIMARY KEY, item_id BIGINT REFERENCES base_items(id));");
        tree.module("core/top").deps("core/left", "core/right")
                .schema("CREATE TABLE top_things (id BIGINT PRIMARY KEY);\n-- the end\n")
                .migration("1_top_col.sql", "ALTER TABLE top_things ADD COLUMN base_c VARCHAR(10);");
        db = Database.open(freshConfig().moduleRoots(List.of(modulesDir.toString())).build());
    }

    @AfterEach
    void tearDown() {
        assertThat(db.poolStats().active()).as("connections still borrowed").isZero();
        db.close();
    }

    private MigrationService migrations() {
        return db.migrationService();
    }

    @Test
    void installsInDependencyOrderThenMigrates() {
        MigrationResult r = migrations().migrate().orThrow();
        assertThat(r.applied()).extracting(s -> s.kind() + " " + s.module() + " " + s.version()).containsExactly(
                "SCHEMA core/base 2.1.0", "MIGRATION core/base 1", "MIGRATION core/base 2",
                "MIGRATION core/base 10", "SCHEMA core/left 1.0.0", "SCHEMA core/right 1.0.0",
                "SCHEMA core/top 1.0.0", "MIGRATION core/top 1");
        assertThat(db.query("SELECT name FROM base_items ORDER BY id", String.class))
                .containsExactly("first", "it's second", "third");
        AppliedSchema base = db.schemaService().installedSchemas().get(0);
        assertThat(base.module()).isEqualTo("core/base");
        assertThat(base.version()).isEqualTo("2.1.0");
        assertThat(base.statements()).isEqualTo(3);
        assertThat(base.schemaChecksum()).hasSize(64);
        assertThat(base.initChecksum()).hasSize(64);
        assertThat(db.query("SELECT applied_order FROM _migrations ORDER BY applied_order", Long.class))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(db.query("SELECT file_name FROM _migrations ORDER BY applied_order", String.class))
                .containsExactly("1_add_b.sql", "2_seed.sql", "10_add_c.sql", "1_top_col.sql");
    }

    @Test
    void aFailureInMigrationSevenOfTenKeepsOneToSixAppliedAndRecorded() {
        ModuleTree.Module ten = tree.module("core/ten").schema("CREATE TABLE ten_log (n INTEGER NOT NULL);");
        for (int i = 1; i <= 10; i++) {
            ten.migration(String.format("%02d_step.sql", i), i == 7
                    ? "INSERT INTO ten_log (n) VALUES (7);\nINSERT INTO ten_missing (n) VALUES (7);\n"
                    : "INSERT INTO ten_log (n) VALUES (" + i + ");\n");
        }
        db.schemaService().discoverSchemas();
        MigrationResult r = migrations().migrate();
        assertThat(r.failures()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(Reason.STATEMENT_FAILED);
            assertThat(e.getMessage()).contains("07_step.sql:2:1");
        });
        assertThat(db.query("SELECT n FROM ten_log ORDER BY n", Long.class)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(db.query("SELECT version FROM _migrations WHERE module = 'core/ten' ORDER BY applied_order",
                String.class)).containsExactly("01", "02", "03", "04", "05", "06");
        assertThat(r.applied()).filteredOn(s -> s.module().equals("core/ten")).extracting(AppliedStep::version)
                .containsExactly("0.0.0", "01", "02", "03", "04", "05", "06");

        tree.module("core/ten").migration("07_step.sql", "INSERT INTO ten_log (n) VALUES (7);\n");
        db.schemaService().discoverSchemas();
        migrations().migrate().orThrow();
        assertThat(db.query("SELECT n FROM ten_log ORDER BY n", Long.class)).hasSize(10);
    }

    @Test
    void aGroupRecordsTheLastCreatorOfAnObjectAndAFailedStepKeepsTheOnesBeforeIt() {
        tree.module("core/owner").schema("CREATE TABLE owner_log (n INTEGER NOT NULL);")
                .migration("01_make.sql", "CREATE TABLE owner_thing (a INTEGER NOT NULL);\n")
                .migration("02_drop.sql", "DROP TABLE owner_thing;\n")
                .migration("03_remake.sql", "CREATE TABLE owner_thing (b INTEGER NOT NULL);\n"
                        + "CREATE INDEX idx_owner_thing_b ON owner_thing (b);\n")
                .migration("04_fail.sql", "INSERT INTO owner_log (n) VALUES (4);\nINSERT INTO owner_nowhere (n) VALUES (4);\n")
                .migration("05_never.sql", "INSERT INTO owner_log (n) VALUES (5);\n");
        db.schemaService().discoverSchemas();
        MigrationResult r = migrations().migrate();
        assertThat(r.failures()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("04_fail.sql:2:1"));
        assertThat(db.query("SELECT file_name FROM _schema_objects WHERE name IN ('owner_thing', 'idx_owner_thing_b')"
                + " ORDER BY kind", String.class)).containsExactly("03_remake.sql", "03_remake.sql");
        assertThat(db.query("SELECT version FROM _migrations WHERE module = 'core/owner' ORDER BY applied_order",
                String.class)).containsExactly("01", "02", "03");
        assertThat(db.queryValue("SELECT count(*) FROM owner_log", Long.class)).contains(0L);

        tree.module("core/owner").migration("04_fail.sql", "INSERT INTO owner_log (n) VALUES (4);\n");
        db.schemaService().discoverSchemas();
        migrations().migrate().orThrow();
        assertThat(db.query("SELECT n FROM owner_log ORDER BY n", Long.class)).containsExactly(4L, 5L);
    }

    @Test
    void secondRunExecutesNoModuleSql() {
        migrations().migrate().orThrow();
        // Re-running any of these files would fail: CREATE TABLE without IF NOT EXISTS, unique rows.
        MigrationResult again = migrations().migrate().orThrow();
        assertThat(again.applied()).isEmpty();
        assertThat(again.planned()).isEmpty();
        assertThat(again.plan().upToDate()).isTrue();
        assertThat(db.queryValue("SELECT count(*) FROM base_items", Long.class)).contains(3L);
    }

    @Test
    void failingModuleLeavesNothingBehindAndSkipsDependents() {
        tree.module("core/left").schema("CREATE TABLE left_refs (id BIGINT PRIMARY KEY);\n"
                + "CREATE TABLE left_more (id BIGINT PRIMARY KEY);\n"
                + "INSERT INTO no_such_table VALUES (1);\n");
        MigrationResult r = migrations().migrate();
        assertThat(r.success()).isFalse();
        MigrationException e = r.failures().get(0);
        assertThat(e.reason()).isEqualTo(Reason.STATEMENT_FAILED);
        assertThat(e.module()).isEqualTo("core/left");
        assertThat(e.getMessage()).contains("core/left").contains("schema.sql:3:1").contains("no_such_table");
        assertThat(r.skipped()).containsExactly("core/top");
        assertThat(tables()).contains("base_items", "right_refs").doesNotContain("left_refs", "left_more",
                "top_things");
        assertThat(db.schemaService().installedSchemas()).extracting(AppliedSchema::module)
                .containsExactly("core/base", "core/right");
    }

    @Test
    void detectsDriftAndMissingModulesWithoutRerunning() throws Exception {
        migrations().migrate().orThrow();
        tree.module("core/right").schema("CREATE TABLE right_refs (id BIGINT PRIMARY KEY, extra TEXT);");
        db.schemaService().discoverSchemas();
        assertThat(db.schemaService().drift()).extracting(ModuleStatus::key).containsExactly("core/right");
        assertThat(db.schemaService().drift().get(0).detail()).contains("schema.sql changed since install");
        MigrationResult r = migrations().migrate().orThrow();
        assertThat(r.applied()).isEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.contains("core/right drifted"));
        assertThat(migrations().repair()).hasSize(1);
        assertThat(db.schemaService().drift()).isEmpty();
    }

    @Test
    void lineEndingsAndBomDoNotCountAsDrift() throws Exception {
        migrations().migrate().orThrow();
        java.nio.file.Files.writeString(tree.module("core/top").file("database/schema.sql"),
                "\uFEFFCREATE TABLE top_things (id BIGINT PRIMARY KEY);\r\n-- the end\r\n");
        db.schemaService().discoverSchemas();
        assertThat(db.schemaService().drift()).isEmpty();
    }

    @Test
    void failedMigrationLeavesEarlierOnesAppliedAndRerunsOnlyItself() {
        tree.module("core/base").migration("2_seed.sql", "INSERT INTO base_items (id, name) VALUES (3, 'x');\n"
                + "INSERT INTO base_items (id, name) VALUES (3, 'duplicate');");
        MigrationResult r = migrations().migrate();
        assertThat(r.failures()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(Reason.STATEMENT_FAILED);
            assertThat(e.getMessage()).contains("2_seed.sql:2:1");
        });
        assertThat(r.applied()).extracting(AppliedStep::version).containsExactly("2.1.0", "1");
        assertThat(db.queryValue("SELECT count(*) FROM base_items WHERE id = 3", Long.class)).contains(0L);
        assertThat(migrations().pending()).extracting(MigrationStatus::version).containsExactly("2", "10", "1");

        tree.module("core/base").migration("2_seed.sql", "INSERT INTO base_items (id, name) VALUES (3, 'x');");
        db.schemaService().discoverSchemas();
        assertThat(migrations().migrate().orThrow().applied()).extracting(AppliedStep::version)
                .startsWith("2", "10");
    }

    @Test
    void editedAppliedMigrationIsRefusedUntilRepaired() {
        migrations().migrate().orThrow();
        tree.module("core/base").migration("2_seed.sql", "INSERT INTO base_items (id, name, b) VALUES (3, 'edited', 3);");
        tree.module("core/base").migration("11_more.sql", "UPDATE base_items SET c = 'x';");
        db.schemaService().discoverSchemas();
        assertThatThrownBy(() -> migrations().migrate()).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
            assertThat(e.getMessage()).contains("2_seed.sql").contains("applied checksum").contains("file now")
                    .contains("repair");
        });
        assertThat(db.queryValue("SELECT count(*) FROM base_items WHERE c = 'x'", Long.class)).contains(0L);
        assertThat(migrations().repair()).singleElement().asString().contains("2_seed.sql");
        assertThat(migrations().migrate().orThrow().applied()).extracting(AppliedStep::version).containsExactly("11");
    }

    @Test
    void missingAppliedMigrationFileIsReported() {
        migrations().migrate().orThrow();
        tree.module("core/top").delete("database/migrations/1_top_col.sql");
        db.schemaService().discoverSchemas();
        assertThat(migrations().status().migrations(MigrationState.MISSING)).extracting(MigrationStatus::fileName)
                .containsExactly("1_top_col.sql");
        assertThat(migrations().validate()).anyMatch(w -> w.contains("1_top_col.sql is applied but its file is gone"));
    }

    @Test
    void dryRunChangesNothingAndShowsTheSql() {
        MigrationResult dry = migrations().migrate(null, true, MigrationListener.NONE);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.planned()).hasSize(8);
        assertThat(dry.planned().get(1).scripts().get(0).render()).contains("ALTER TABLE base_items ADD COLUMN b");
        assertThat(tables()).isEmpty();
    }

    @Test
    void migratesOneModuleWithItsDependencies() {
        migrations().migrate("core/left", false, MigrationListener.NONE).orThrow();
        assertThat(db.schemaService().installedSchemas()).extracting(AppliedSchema::module)
                .containsExactly("core/base", "core/left");
        assertThatThrownBy(() -> migrations().migrate("core/nope", false, MigrationListener.NONE))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void rollsBackInReverseOrderOfApplication() {
        migrations().migrate().orThrow();
        assertThat(migrations().rollback(1, null, true, false).applied()).extracting(AppliedStep::module)
                .containsExactly("core/top");
        MigrationResult r = migrations().rollback(2, "core/base", false, false);
        assertThat(r.failures()).isEmpty();
        assertThat(r.applied()).extracting(AppliedStep::version).containsExactly("10", "2");
        assertThat(db.queryValue("SELECT count(*) FROM base_items", Long.class)).contains(2L);
        assertThat(migrations().pending()).extracting(MigrationStatus::version).containsExactly("2", "10", "1");
        // core/top's rollback was forced, so its column is still there: only core/base can re-apply.
        assertThat(migrations().migrate("core/base", false, MigrationListener.NONE).orThrow().applied()).hasSize(2);
    }

    @Test
    void rollbackRefusesToBreakADependentsLaterMigration() {
        migrations().migrate().orThrow();
        assertThatThrownBy(() -> migrations().rollback(1, "core/base", false, false))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ROLLBACK_BLOCKED);
                    assertThat(e.getMessage()).contains("core/top").contains("spdb rollback --module core/top");
                });
    }

    @Test
    void rollbackWithoutFileIsRefusedUnlessForced() {
        migrations().migrate().orThrow();
        assertThatThrownBy(() -> migrations().rollback(1, "core/top", false, false))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ROLLBACK_MISSING);
                    assertThat(e.getMessage()).contains("1_top_col.rollback.sql");
                });
        MigrationResult forced = migrations().rollback(1, "core/top", true, false);
        assertThat(forced.warnings()).singleElement().asString().contains("Forgetting");
        assertThat(migrations().pending()).extracting(MigrationStatus::version).containsExactly("1");
    }

    @Test
    void failingRollbackKeepsTheHistoryRow() {
        tree.module("core/top").migration("1_top_col.rollback.sql", "ALTER TABLE top_things DROP COLUMN nope;");
        migrations().migrate().orThrow();
        MigrationResult r = migrations().rollback(1, null, false, false);
        assertThat(r.failures()).singleElement().satisfies(e ->
                assertThat(e.getMessage()).contains("1_top_col.rollback.sql:1:1"));
        assertThat(migrations().pending()).isEmpty();
    }

    @Test
    void noTransactionMigrationReportsPartialFailure() {
        tree.module("core/base").migration("11_outside.sql", "-- spdb:no-transaction\n"
                + "CREATE TABLE base_side (id BIGINT PRIMARY KEY);\nINSERT INTO nope VALUES (1);\n");
        MigrationResult r = migrations().migrate();
        assertThat(r.failures()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(Reason.PARTIALLY_APPLIED);
            assertThat(e.getMessage()).contains("1 of 2 statements before it stay applied");
        });
        assertThat(tables()).contains("base_side");
        assertThat(migrations().pending()).extracting(MigrationStatus::version).containsExactly("11", "1");
    }

    @Test
    void fastPathReadsOnceTakesNoLockAndWritesNothing() throws Exception {
        migrations().migrate().orThrow();
        String before = writeFingerprint();
        try (Database strict = Database.open(db.config().toBuilder().lockTimeoutMs(200).busyTimeoutMs(200).build());
                AutoCloseable lock = holdMigrationLockElsewhere()) {
            MigrationResult r = strict.migrationService().migrate().orThrow();
            assertThat(r.applied()).isEmpty();
            assertThat(r.plan().upToDate()).isTrue();
        }
        assertThat(writeFingerprint()).isEqualTo(before);
    }

    @Test
    void lockTimeoutFailsClearlyWhenWorkIsPending() throws Exception {
        try (Database strict = Database.open(db.config().toBuilder().lockTimeoutMs(200).busyTimeoutMs(200).build());
                AutoCloseable lock = holdMigrationLockElsewhere()) {
            assertThatThrownBy(() -> strict.migrationService().migrate().orThrow())
                    .isInstanceOfSatisfying(MigrationException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.LOCK_TIMEOUT);
                        assertThat(e.getMessage()).contains("Timed out after 200 ms").contains("lock");
                    });
        }
        assertThat(tables()).isEmpty();
    }

    @Test
    void autoMigrateOnOpenThenFastPath() {
        try (Database auto = Database.open(db.config().toBuilder().autoMigrate(true).build())) {
            assertThat(auto.schemaService().installedSchemas()).hasSize(4);
        }
        try (Database again = Database.open(db.config().toBuilder().autoMigrate(true).build())) {
            assertThat(again.migrationService().pending()).isEmpty();
        }
    }

    protected List<String> tables() {
        try (var c = db.dataSource().getConnection();
                var rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.startsWith("_") && !name.startsWith("sqlite_")) {
                    out.add(name);
                }
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
