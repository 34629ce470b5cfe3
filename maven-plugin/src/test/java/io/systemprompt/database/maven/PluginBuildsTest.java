package io.systemprompt.database.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads what the Maven invoker left of the projects under {@code src/it}, each built with this plugin
 * by a real Maven run in the integration-test phase.
 */
class PluginBuildsTest {
    private static final Path IT = Path.of(System.getProperty("spdb.it", "target/it"));

    @Test
    void validateMigrateAndStatusRunInAProjectBuild() throws Exception {
        Path project = IT.resolve("migrate-sqlite");
        String log = Files.readString(project.resolve("build.log"));
        assertThat(log).contains("spdb: 2 module(s) valid for SQLite and PostgreSQL: app/users, app/notes")
                .containsPattern("schema +app/users +0.0.0 +schema.sql, init.sql")
                .containsPattern("migration +app/notes +001")
                .contains("spdb: 0 schema(s) and 0 migration(s) pending, 0 changed")
                .contains("BUILD SUCCESS");
        // The SQLite file is relative to the project folder, not to where Maven was started.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("target/app.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM users WHERE name = 'ada'),"
                     + " (SELECT count(*) FROM _migrations WHERE module = 'app/notes')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }

    @Test
    void validateFailsTheBuildNamingTheFileLineAndConstruct() throws Exception {
        String log = Files.readString(IT.resolve("validate-fails/build.log"));
        assertThat(log).contains("BUILD FAILURE")
                .contains("Module app/broken")
                .contains("schema.sql:6:")
                .contains("WITHOUT ROWID")
                .contains(".postgres.sql");
        assertThat(IT.resolve("validate-fails/target/app.db")).doesNotExist();
    }

    @Test
    void generateWritesTypesThatTheProjectCompilesAgainstAndThatWork(@TempDir Path dir) throws Exception {
        Path project = IT.resolve("generate-compile");
        assertThat(Files.readString(project.resolve("build.log")))
                .contains("spdb: generated sources in target/generated-sources/spdb (5 file(s)")
                .contains("BUILD SUCCESS");
        assertThat(project.resolve("target/generated-sources/spdb/com/example/db/app/notes/Note.java")).exists();
        // The hand-written class compiled against the generated ones; run it on a real SQLite file.
        Path classes = project.resolve("target/classes");
        assertThat(classes.resolve("com/example/db/app/notes/Notes.class")).exists();
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of("DATABASE_TYPE", "sqlite",
                "DATABASE_FILE", dir.resolve("notes.db").toString(),
                "DB_MODULE_ROOTS", project.resolve("src/modules").toString(), "DB_AUTO_MIGRATE", "true"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
             Database db = Database.open(config)) {
            Object result = loader.loadClass("com.example.NoteService").getMethod("publish", Database.class, String.class)
                    .invoke(null, db, "hello");
            assertThat(result).isEqualTo("hello|PUBLISHED|false");
            assertThat(db.queryValue("SELECT status FROM notes WHERE title = ?", String.class, "hello"))
                    .contains("published");
        }
    }

    @Test
    void checkFailsNamingTheStaleFilesAndTheCommandThatRegeneratesThem() throws Exception {
        Path project = IT.resolve("check-stale");
        String log = Files.readString(project.resolve("build.log"));
        String notes = "src/main/generated/com/example/db/app/notes/";
        // The migration adds a column, which every generated type of the table mentions.
        assertThat(log).contains("BUILD FAILURE")
                .contains("spdb: 5 generated file(s) do not match the module SQL")
                .contains(notes + "Note.java", notes + "CreateNote.java", notes + "UpdateNote.java",
                        notes + "NoteFilter.java", notes + "Notes.java")
                .contains("mvn spdb:generate -Dspdb.outputDirectory=src/main/generated -Dspdb.basePackage=com.example.db");
        // check writes nothing: the stale file is still the checked-in one.
        assertThat(Files.readString(project.resolve(notes + "Note.java"))).doesNotContain("pinned");
    }
}
