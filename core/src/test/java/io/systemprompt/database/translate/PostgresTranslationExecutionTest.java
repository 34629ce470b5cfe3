package io.systemprompt.database.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the translated corpus ({@code translate/schema.sql}, {@code translate/init.sql}) on a real
 * PostgreSQL database created for this class, and the original corpus on SQLite.
 */
class PostgresTranslationExecutionTest {
    private static PostgresTestDatabase database;
    private static Connection pg;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = new PostgresTestDatabase();
        pg = database.connection();
        TranslationContext context = new TranslationContext();
        run(pg, PostgresTranslator.translate(corpus("schema.sql"), context));
        run(pg, PostgresTranslator.translate(corpus("init.sql"), context));
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    static SqlFile corpus(String name) throws IOException {
        try (InputStream in = PostgresTranslationExecutionTest.class.getResourceAsStream("/translate/" + name)) {
            return SqlFile.of("translate/" + name, in.readAllBytes());
        }
    }

    /** A file of the example {@code core/config} module, which holds the description's config schema. */
    static SqlFile configModule(String name) throws IOException {
        Path file = TestDatabases.exampleFile("core/config", name);
        return SqlFile.of(file.toString(), Files.readAllBytes(file));
    }

    static void run(Connection connection, List<SqlStatement> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (SqlStatement statement : statements) {
                s.execute(statement.sql());
            }
        }
    }

    private static String one(String sql) throws SQLException {
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row from %s", sql).isTrue();
            return rs.getString(1);
        }
    }

    private static void exec(String sqliteSql) throws SQLException {
        TranslationContext context = new TranslationContext(name -> LiveCatalog.shape(name));
        run(pg, PostgresTranslator.translate(SqlFile.of("test.sql", sqliteSql), context));
    }

    @Test
    void explicitIdThenImplicitIdContinuesAfterTheLargest() throws SQLException {
        exec("INSERT INTO users (id, email) VALUES (5000, 'explicit@example.com')");
        exec("INSERT INTO users (email) VALUES ('implicit@example.com')");
        assertThat(one("SELECT id FROM users WHERE email = 'implicit@example.com'")).isEqualTo("5001");
    }

    @Test
    void initDataKeepsBooleansAndSeedIdsDoNotBlockNewRows() throws SQLException {
        assertThat(one("SELECT is_active FROM users WHERE id = 1")).isEqualTo("t");
        assertThat(one("SELECT is_active FROM users WHERE id = 2")).isEqualTo("f");
        exec("INSERT INTO users (email, is_active) VALUES ('fresh@example.com', 0)");
        assertThat(Long.parseLong(one("SELECT id FROM users WHERE email = 'fresh@example.com'"))).isGreaterThan(2);
    }

    @Test
    void updatedAtTriggerFiresWithoutRecursion() throws SQLException {
        exec("INSERT INTO users (email, updated_at) VALUES ('touch@example.com', '2000-01-01 00:00:00')");
        exec("UPDATE users SET display_name = 'Touched' WHERE email = 'touch@example.com'");
        assertThat(one("SELECT updated_at > '2020-01-01' FROM users WHERE email = 'touch@example.com'")).isEqualTo("t");
    }

    @Test
    void insertOrIgnoreTwiceKeepsOneRow() throws SQLException {
        exec("INSERT OR IGNORE INTO app_settings (key, value) VALUES ('twice', 'first')");
        exec("INSERT OR IGNORE INTO app_settings (key, value) VALUES ('twice', 'second')");
        assertThat(one("SELECT count(*) || ':' || min(value) FROM app_settings WHERE key = 'twice'")).isEqualTo("1:first");
    }

    @Test
    void insertOrReplaceUpdatesTheExistingRow() throws SQLException {
        exec("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('site.mode', 'light')");
        assertThat(one("SELECT value FROM app_settings WHERE key = 'site.mode'")).isEqualTo("light");
        assertThat(one("SELECT value FROM app_settings WHERE key = 'site.name'")).isEqualTo("Demo; it's");
    }

    @Test
    void cascadeDeleteRemovesSessions() throws SQLException {
        exec("INSERT INTO users (id, email) VALUES (900, 'cascade@example.com')");
        exec("INSERT INTO sessions (user_id, device) VALUES (900, 'a'), (900, 'b')");
        exec("DELETE FROM users WHERE id = 900");
        assertThat(one("SELECT count(*) FROM sessions WHERE user_id = 900")).isEqualTo("0");
    }

    @Test
    void defaultsKeepTheirMeaning() throws SQLException {
        String token = one("SELECT api_token FROM users WHERE id = 1");
        assertThat(token).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(one("SELECT created_text FROM users WHERE id = 1")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(one("SELECT data_type FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'id'"))
            .isEqualTo("bigint");
        assertThat(one("SELECT count(*) FROM audit WHERE what = 'created; \"quoted\"'")).isNotEqualTo("0");
    }

    @Test
    void checkConstraintsStillApply() {
        assertThatThrownBy(() -> exec("INSERT INTO users (email, role) VALUES ('bad@example.com', 'owner')"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("check constraint");
    }

    @Test
    void droppingTheTriggerDropsItsFunction() throws SQLException {
        exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, updated_at DATETIME);"
            + "CREATE TRIGGER notes_touch AFTER UPDATE ON notes BEGIN UPDATE notes SET updated_at = CURRENT_TIMESTAMP"
            + " WHERE id = NEW.id; END;");
        exec("DROP TRIGGER IF EXISTS notes_touch");
        assertThat(one("SELECT count(*) FROM pg_proc WHERE proname = 'notes_touch_fn'")).isEqualTo("0");
        assertThat(one("SELECT count(*) FROM pg_trigger WHERE tgname = 'notes_touch'")).isEqualTo("0");
    }

    @Test
    void specConfigModuleInstallsAndItsUpsertRuns() throws SQLException, IOException {
        TranslationContext context = new TranslationContext();
        run(pg, PostgresTranslator.translate(configModule("schema.sql"), context));
        run(pg, PostgresTranslator.translate(configModule("init.sql"), context));
        run(pg, PostgresTranslator.translate(configModule("init.sql"), context));
        String upsert = PostgresTranslator.translate(SqlFile.of("query.sql", "INSERT INTO config_settings (key, value)"
            + " VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = CURRENT_TIMESTAMP"),
            context).get(0).sql();
        try (PreparedStatement ps = pg.prepareStatement(upsert)) {
            ps.setString(1, "system.debug");
            ps.setString(2, "true");
            ps.executeUpdate();
        }
        assertThat(one("SELECT count(*) || ':' || bool_or(encrypted) FROM config_settings")).isEqualTo("3:false");
        assertThat(one("SELECT value FROM config_settings WHERE key = 'system.debug'")).isEqualTo("true");
    }

    @Test
    void originalCorpusRunsOnSqlite(@TempDir Path dir) throws Exception {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("corpus.db"))) {
            run(sqlite, SqlSplitter.split(corpus("schema.sql")));
            run(sqlite, SqlSplitter.split(corpus("init.sql")));
            try (Statement s = sqlite.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM users")) {
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    /** Stands in for catalog introspection: the corpus tables' shapes, as translating schema.sql records them. */
    private static final class LiveCatalog {
        private static final TranslationContext SCHEMA = schemaContext();

        static java.util.Optional<TableShape> shape(String name) {
            return SCHEMA.table(name.toLowerCase(Locale.ROOT));
        }

        private static TranslationContext schemaContext() {
            TranslationContext context = new TranslationContext();
            try {
                PostgresTranslator.translate(corpus("schema.sql"), context);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return context;
        }
    }
}
