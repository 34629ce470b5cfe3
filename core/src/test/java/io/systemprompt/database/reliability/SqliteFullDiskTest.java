package io.systemprompt.database.reliability;

import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.data.DataFormat;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.ExportOptions;
import io.systemprompt.database.data.ImportOptions;
import io.systemprompt.database.data.OnConflict;
import io.systemprompt.database.data.ProgressListener;
import io.systemprompt.database.data.RestoreOptions;
import io.systemprompt.database.migrate.MigrationException;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A SQLite file on a small tmpfs that fills up: import, restore and a migration fail cleanly, leave
 * the database exactly as it was, and {@code PRAGMA integrity_check} stays ok; a failed file backup
 * leaves no partial file. Mounting needs root, so elsewhere the test is skipped with a notice.
 */
class SqliteFullDiskTest {
    private static final int BIG_ROWS = 3000;

    @TempDir
    Path dir;
    private Path mount;
    private Path modules;

    @BeforeEach
    void mountTmpfs() throws Exception {
        mount = dir.resolve("small");
        Files.createDirectories(mount);
        boolean root = "root".equals(System.getProperty("user.name"));
        int rc = root ? new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString())
                .inheritIO().start().waitFor() : -1;
        if (rc != 0) {
            String notice = "*** SqliteFullDiskTest skipped: mounting a tmpfs needs root (user "
                    + System.getProperty("user.name") + ", mount exit " + rc + ").";
            System.err.println(notice);
            Assumptions.abort(notice);
        }
        modules = dir.resolve("modules");
        new ModuleTree(modules).module("core/items").yaml("version: 1.0.0\n")
                .schema("CREATE TABLE items (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n")
                .init("INSERT INTO items (id, body) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e');\n");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor();
        }
    }

    private Database open(Path file) {
        return Database.open(TestDatabases.sqlite(file.getParent()).sqliteFile(file.toString())
                .moduleRoots(List.of(modules.toString())).autoMigrate(true).build());
    }

    /** A database outside the tmpfs with {@link #BIG_ROWS} rows of 1 KB: more than the tmpfs holds. */
    private Path bigExportAndArchive() {
        try (Database big = open(dir.resolve("big/big.db"))) {
            String body = "x".repeat(1000);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 6; i < 6 + BIG_ROWS; i++) {
                rows.add(new Object[] {i, body + i});
            }
            big.batch("INSERT INTO items (id, body) VALUES (?, ?)", rows);
            DataOperations ops = new DataOperations(big);
            ops.export(new ExportOptions(dir.resolve("export"), List.of("items"), DataFormat.JSONL, false),
                    ProgressListener.NONE);
            ops.backup(dir.resolve("big.zip"), ProgressListener.NONE);
        }
        return dir.resolve("export");
    }

    private static void assertAsBefore(Database db) {
        Optional<Long> count = db.queryValue("SELECT count(*) FROM items", Long.class);
        assertThat(count).contains(5L);
        assertThat(db.queryValue("SELECT group_concat(body, '') FROM items", String.class)).contains("abcde");
        assertThat(db.queryValue("PRAGMA integrity_check", String.class)).contains("ok");
    }

    @Test
    void importRestoreAndMigrateFailCleanlyOnAFullDisk() throws Exception {
        Path export = bigExportAndArchive();
        try (Database db = open(mount.resolve("app.db"))) {
            assertAsBefore(db);
            DataOperations ops = new DataOperations(db);
            // The imported ids do not conflict with the five rows: only the full disk can fail it.
            assertThatThrownBy(() -> ops.importData(new ImportOptions(List.of(export), OnConflict.SKIP, false),
                    ProgressListener.NONE)).isInstanceOf(DatabaseException.class);
            assertAsBefore(db);
            assertThatThrownBy(() -> ops.restore(RestoreOptions.from(dir.resolve("big.zip")).replacing(),
                    ProgressListener.NONE))
                    .isInstanceOf(DatabaseException.class);
            assertAsBefore(db);
        }
        new ModuleTree(modules).module("core/items").migration("1_fill.sql",
                "INSERT INTO items (id, body) WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n"
                        + " WHERE i < 5000) SELECT i, printf('%.1000c', 'y') FROM n;\n");
        assertThatThrownBy(() -> open(mount.resolve("app.db")).close()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("1_fill.sql");
        try (Database db = Database.open(TestDatabases.sqlite(mount).sqliteFile(mount.resolve("app.db").toString())
                .build())) {
            assertAsBefore(db);
            assertThat(db.queryValue("SELECT count(*) FROM _migrations", Long.class)).contains(0L);
        }
    }

    @Test
    void aFullDiskAtCommitNamesTheMigrationAndWhatToDo() {
        try (Database db = open(mount.resolve("app.db"))) {
            assertAsBefore(db);
        }
        // 1.5 MB: the statement fits in SQLite's page cache, so the disk fills when COMMIT writes it.
        new ModuleTree(modules).module("core/items").migration("1_commit.sql",
                "INSERT INTO items (id, body) WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n"
                        + " WHERE i < 1600) SELECT i, printf('%.1000c', 'y') FROM n;\n");
        assertThatThrownBy(() -> open(mount.resolve("app.db")).close()).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Module core/items: COMMIT failed on sqlite after applying 1_commit.sql")
                .hasMessageContaining("None of these steps was applied")
                .hasMessageContaining("Free disk space");
        try (Database db = Database.open(TestDatabases.sqlite(mount).sqliteFile(mount.resolve("app.db").toString())
                .build())) {
            assertAsBefore(db);
            assertThat(db.queryValue("SELECT count(*) FROM _migrations", Long.class)).contains(0L);
        }
    }

    @Test
    void aFailedFileBackupLeavesNoPartialFile() throws Exception {
        Path source = dir.resolve("big/big.db");
        bigExportAndArchive();
        try (Database big = open(source)) {
            assertThatThrownBy(() -> new DataOperations(big).backupSqliteFile(mount.resolve("copy.db")))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("No partial backup file");
        }
        try (var files = Files.list(mount)) {
            assertThat(files.map(p -> p.getFileName().toString())).isEmpty();
        }
    }
}
