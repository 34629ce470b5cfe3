package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.migrate.MigrationException.Reason;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checksum cache of folder roots on a warm start (SQLite; the cache does not depend on the
 * engine): unchanged files are not read, an edit that changes size and time is still refused, and
 * {@code validate()} hashes in full so it catches an edit that kept both.
 */
class ChecksumCacheTest {
    private static final Instant AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path modules;
    @TempDir
    Path dbDir;

    private Path first;
    private Path second;

    @BeforeEach
    void appliedOnce() throws IOException {
        Path migrations = modules.resolve("shop/orders/database/migrations");
        Files.createDirectories(migrations);
        first = write(migrations.resolve("1_create.sql"), "CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER);\n");
        second = write(migrations.resolve("2_seed.sql"), "INSERT INTO orders (id, total) VALUES (1, 10);\n");
        try (Database db = open("test.db")) {
            assertThat(db.migrationService().migrate().orThrow().applied()).hasSize(3); // the schema step and two migrations
        }
    }

    @Test
    void warmStartTakesTheRememberedChecksums() {
        try (Database db = open("test.db")) {
            assertThat(db.migrationService().migrate().orThrow().applied()).isEmpty();
            // Checksums and the tables each file creates and references (module ordering and ownership)
            // come from the cache: no unchanged file is read, and the checksums match the recorded history.
            List<SqlFile> up = upFiles(db);
            assertThat(up).isNotEmpty().noneMatch(SqlFile::isLoaded);
            assertThat(db.migrationService().applied()).extracting(m -> m.applied().checksum())
                    .containsExactlyElementsOf(up.stream().map(SqlFile::checksum).toList());
        }
    }

    @Test
    void warmStartSeesAnEditedModuleYaml() throws IOException {
        Path yaml = write(modules.resolve("shop/orders/module.yaml"), "version: 1.0.0\n");
        try (Database db = open("test.db")) {
            assertThat(db.migrationService().discover().get("shop/orders").orElseThrow().version()).isEqualTo("1.0.0");
        }
        write(yaml, "version: 1.2.0\ndependencies: []\n");
        Files.setLastModifiedTime(yaml, FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
        try (Database db = open("test.db")) {
            assertThat(db.migrationService().discover().get("shop/orders").orElseThrow().version()).isEqualTo("1.2.0");
        }
    }

    @Test
    void warmStartStillRefusesAnAppliedMigrationWhoseSizeAndTimeChanged() throws IOException {
        write(second, "INSERT INTO orders (id, total) VALUES (1, 10), (2, 20);\n");
        Files.setLastModifiedTime(second, FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
        try (Database db = open("test.db")) {
            assertThatThrownBy(() -> db.migrationService().migrate())
                    .isInstanceOfSatisfying(MigrationException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
                        assertThat(e.getMessage()).contains("2_seed.sql");
                    });
        }
    }

    @Test
    void validateCatchesAnEditThatKeptSizeAndTime() throws IOException {
        String before = Files.readString(second);
        String edited = before.replace("10);", "99);");
        assertThat(edited).hasSameSizeAs(before).isNotEqualTo(before);
        write(second, edited);
        try (Database db = open("test.db")) {
            // The documented limit of the cache: same size and time look unchanged to a warm start.
            assertThat(db.migrationService().migrate().orThrow().applied()).isEmpty();
            assertThatThrownBy(() -> db.migrationService().validate())
                    .isInstanceOfSatisfying(MigrationException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
                        assertThat(e.getMessage()).contains("2_seed.sql");
                    });
        }
        try (Database db = open("test.db")) {
            // validate() refreshed the cache, so the next warm start refuses the edit too.
            assertThatThrownBy(() -> db.migrationService().migrate()).isInstanceOf(MigrationException.class);
        }
    }

    @Test
    void warmStartSeesAnInPlaceEditOfTheSameSizeAndNewRemovedAndRenamedFiles() throws IOException {
        Path migrations = first.getParent();
        Path third = write(migrations.resolve("3_more.sql"), "INSERT INTO orders (id, total) VALUES (3, 30);\n");
        try (Database db = open("scratch.db")) {
            assertThat(fileNames(db)).containsExactly("1_create.sql", "2_seed.sql", "3_more.sql");
        }
        // In place, same size, later time: the folder's own time stays, the file's changes.
        String before = Files.readString(third);
        write(third, before.replace("30);", "31);"));
        Files.setLastModifiedTime(third, FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
        try (Database db = open("scratch.db")) {
            SqlFile edited = upFiles(db).get(2);
            assertThat(edited.isLoaded()).isTrue();
            assertThat(edited.checksum()).isEqualTo(SqlFile.of(third.toString(), Files.readString(third)).checksum());
        }
        write(migrations.resolve("4_new.sql"), "INSERT INTO orders (id, total) VALUES (4, 40);\n");
        Files.delete(second);
        Files.move(third, migrations.resolve("5_renamed.sql"));
        try (Database db = open("scratch.db")) {
            assertThat(fileNames(db)).containsExactly("1_create.sql", "4_new.sql", "5_renamed.sql");
        }
    }

    private static List<String> fileNames(Database db) {
        return upFiles(db).stream().map(f -> Path.of(f.location()).getFileName().toString()).toList();
    }

    @Test
    void pendingMigrationWithARememberedChecksumIsReadWhenApplied() {
        try (Database other = open("other.db")) {
            assertThat(other.migrationService().migrate().orThrow().applied()).hasSize(3);
            assertThat(other.queryValue("SELECT total FROM orders WHERE id = 1", Long.class)).contains(10L);
        }
    }

    private Database open(String file) {
        return Database.open(TestDatabases.sqlite(dbDir).sqlite(dbDir.resolve(file).toString())
                .moduleRoots(List.of(modules.toString())).build());
    }

    private static List<io.systemprompt.database.script.SqlFile> upFiles(Database db) {
        return db.migrationService().discover().list().stream().flatMap(m -> m.migrations().stream())
                .map((Migration mig) -> mig.upFor(EngineType.SQLITE).orElseThrow()).toList();
    }

    /** Writes the file and dates it an hour back, old enough for the cache to remember it. */
    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO));
        return file;
    }
}
