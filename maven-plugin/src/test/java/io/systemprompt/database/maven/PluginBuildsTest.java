package io.systemprompt.database.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

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
}
