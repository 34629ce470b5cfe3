package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.PostgresScratch;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move the issue is about: the example modules in {@code src/modules} on SQLite, with data, copied
 * to PostgreSQL (schemas translated), after which the application keeps working there.
 */
class ExampleModulesMoveTest {
    static final Path EXAMPLES = Path.of("..", "src", "modules").toAbsolutePath().normalize();

    @TempDir
    Path work;
    private PostgresScratch pg;
    private Database sqlite;
    private Database postgres;

    @BeforeEach
    void setUp() {
        List<String> roots = List.of(EXAMPLES.toString());
        sqlite = Database.open(TestDatabases.sqlite(work).moduleRoots(roots).build());
        pg = PostgresScratch.create();
        postgres = Database.open(pg.config().moduleRoots(roots).build());
    }

    @AfterEach
    void tearDown() {
        sqlite.close();
        postgres.close();
        pg.close();
    }

    @Test
    void sqliteToPostgresAndTheApplicationGoesOn() {
        sqlite.migrationService().migrate().orThrow();
        long alice = sqlite.insert("INSERT INTO users (username, email, display_name, active, last_login)"
                + " VALUES (?, ?, ?, ?, ?)", "alice", "alice@example.com", "Alice ☃", true,
                Instant.parse("2024-05-01T12:00:00Z"));
        long bob = sqlite.insert("INSERT INTO users (username, email, active) VALUES ('bob', 'bob@example.com', ?)",
                false);
        sqlite.execute("DELETE FROM users WHERE id = ?", bob);
        sqlite.execute("INSERT INTO auth_sessions (user_id, token_hash, expires_at) VALUES (?, 'h1', ?)", alice,
                Instant.parse("2030-01-01T00:00:00Z"));
        sqlite.execute("INSERT INTO events (type, user_id, payload) VALUES ('user.login', ?, '{\"ip\": \"::1\"}')",
                alice);
        sqlite.execute("INSERT INTO config_settings (key, value, description) VALUES ('x', '', NULL)");

        LoadResult r = DataOperations.copy(sqlite, postgres, ProgressListener.NONE);

        assertThat(r.modules()).isEqualTo(4);
        assertThat(r.migrations()).isEqualTo(4);
        assertThat(BackupRestoreContract.history(postgres)).isEqualTo(BackupRestoreContract.history(sqlite));
        assertThat(postgres.migrationService().pending()).isEmpty();
        assertThat(postgres.queryValue("SELECT display_name FROM users WHERE id = ?", String.class, alice))
                .contains("Alice ☃");
        assertThat(postgres.queryValue("SELECT value FROM config_settings WHERE key = 'x'", String.class))
                .contains("");
        long carol = postgres.insert("INSERT INTO users (username, email) VALUES ('carol', 'carol@example.com')");
        assertThat(carol).isGreaterThan(bob);
        postgres.execute("INSERT INTO events (type, user_id) VALUES ('user.created', ?)", carol);
        assertThat(postgres.queryValue("SELECT count(*) FROM events", Long.class)).contains(2L);
    }
}
