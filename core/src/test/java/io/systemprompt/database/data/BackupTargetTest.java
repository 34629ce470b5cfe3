package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where an archive backup may not go: over the SQLite database it is taken from (a file name without
 * {@code .db} is an archive name), over that database's WAL, shared-memory or journal file, or onto a
 * folder. Each is refused before anything is written, and the database is left as it was.
 */
class BackupTargetTest {
    @TempDir
    Path work;
    private Database db;
    private Path file;

    @BeforeEach
    void open() {
        DataFixture.modules(work.resolve("modules"));
        file = work.resolve("state");
        db = Database.open(DatabaseConfig.builder().sqlite(file.toString()).autoMigrate(false)
                .moduleRoots(List.of(work.resolve("modules").toString())).build());
        db.migrationService().migrate().orThrow();
        db.execute("INSERT INTO accounts (id, name) VALUES (2, 'kept')");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anArchiveIsNeverWrittenOverTheDatabaseOrItsCompanionFiles() throws Exception {
        Files.createSymbolicLink(work.resolve("link.zip"), file);
        DataOperations ops = new DataOperations(db);
        for (String name : List.of("state", "state-wal", "state-shm", "state-journal", "link.zip", "../"
                + work.getFileName() + "/./state")) {
            Path target = work.resolve(name);
            assertThatThrownBy(() -> ops.backup(target, ProgressListener.NONE)).as(name)
                    .isInstanceOf(DataException.class)
                    .hasMessageContaining("database")
                    .hasMessageContaining("Choose another file name");
        }
        assertThat(Files.isSymbolicLink(work.resolve("link.zip"))).isTrue();
        assertThat(db.queryValue("PRAGMA integrity_check", String.class)).contains("ok");
        assertThat(db.queryValue("SELECT count(*) FROM accounts", Long.class)).contains(2L);
        assertThat(Files.exists(work.resolve("state.part"))).isFalse();
    }

    @Test
    void aFolderIsRefusedAndAnOlderArchiveIsReplaced() throws Exception {
        DataOperations ops = new DataOperations(db);
        Path folder = Files.createDirectory(work.resolve("nightly.zip"));
        assertThatThrownBy(() -> ops.backup(folder, ProgressListener.NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining("is a folder");
        Path archive = work.resolve("today.zip");
        ops.backup(archive, ProgressListener.NONE);
        db.execute("INSERT INTO accounts (id, name) VALUES (3, 'later')");
        ops.backup(archive, ProgressListener.NONE);
        assertThat(new String(readManifest(archive))).containsPattern("\"name\": \"accounts\",\\s*\"file\": \"[^\"]+\","
                + "\\s*\"rows\": 3,");
    }

    private static byte[] readManifest(Path archive) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
            return zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes();
        }
    }
}
