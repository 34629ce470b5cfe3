package io.systemprompt.database.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.config.EngineType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example modules shipped in the repository's {@code src/modules}. */
class ExampleModulesTest {
    static final Path EXAMPLES = Path.of("..", "src", "modules");

    private static ModuleSet examples() {
        return ModuleDiscovery.discover(List.of(new ModuleRoot.Directory(EXAMPLES)));
    }

    @Test
    void installOrderFollowsDependenciesThenKeys() {
        ModuleSet set = examples();
        assertThat(set.keys()).containsExactly("core/config", "core/users", "core/auth", "core/events");
        assertThat(set.get("core/auth").orElseThrow().dependencies()).containsExactly("core/users");
        assertThat(set.get("core/events").orElseThrow().dependencies()).containsExactly("core/users");
        assertThat(set.dependentsOf("core/users")).extracting(DatabaseModule::key)
                .containsExactly("core/auth", "core/events");
    }

    /** The description's "Example: Config Module Schema", copied verbatim. */
    private static final String CONFIG_SCHEMA =
            "-- Example: Config Module Schema\n"
            + "CREATE TABLE IF NOT EXISTS config_settings (\n"
            + "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
            + "  key VARCHAR(255) NOT NULL UNIQUE,\n"
            + "  value TEXT NOT NULL,\n"
            + "  type VARCHAR(50) NOT NULL DEFAULT 'string',\n"
            + "  description TEXT,\n"
            + "  encrypted BOOLEAN NOT NULL DEFAULT FALSE,\n"
            + "  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
            + "  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n"
            + ");\n"
            + "\n"
            + "-- Always include indexes for performance\n"
            + "CREATE INDEX IF NOT EXISTS idx_config_settings_key ON config_settings(key);\n"
            + "CREATE INDEX IF NOT EXISTS idx_config_settings_type ON config_settings(type);\n";

    /** The description's init.sql example, copied verbatim. */
    private static final String CONFIG_INIT =
            "-- Example: Insert default configurations\n"
            + "INSERT OR IGNORE INTO config_settings (key, value, type, description) VALUES\n"
            + "  ('system.name', 'SystemPrompt OS', 'string', 'System display name'),\n"
            + "  ('system.version', '1.0.0', 'string', 'System version'),\n"
            + "  ('system.debug', 'false', 'boolean', 'Debug mode enabled');\n";

    @Test
    void configModuleHoldsTheDescriptionsSqlVerbatim() {
        DatabaseModule config = examples().get("core/config").orElseThrow();
        assertThat(config.schema().generic().content()).isEqualTo(CONFIG_SCHEMA);
        assertThat(config.init().generic().content()).isEqualTo(CONFIG_INIT);
    }

    @Test
    void everyModuleHasSchemaAndMigrationsWithRollbacks() {
        for (DatabaseModule m : examples().list()) {
            assertThat(m.schemaFiles()).as(m.key()).isPresent();
            assertThat(m.version()).as(m.key()).isNotEqualTo(DatabaseModule.DEFAULT_VERSION);
            assertThat(m.schema().generic().content()).as(m.key()).contains("CREATE TABLE IF NOT EXISTS");
        }
        ModuleSet set = examples();
        assertThat(set.get("core/auth").orElseThrow().migrations()).extracting(Migration::fileName)
                .containsExactly("001_add_session_last_seen.sql", "002_create_auth_login_attempts.sql");
        for (String key : List.of("core/config", "core/auth", "core/events")) {
            for (Migration mig : set.get(key).orElseThrow().migrations()) {
                assertThat(mig.rollbackFor(EngineType.SQLITE)).as(mig.fileName()).isPresent();
                assertThat(mig.noTransaction(EngineType.POSTGRES)).isFalse();
            }
        }
        assertThat(set.get("core/events").orElseThrow().migrations().get(0).up().generic().content())
                .doesNotEndWith("\n");
    }

    @Test
    void usersAndAuthUseTheRealisticConstructs() {
        ModuleSet set = examples();
        String users = set.get("core/users").orElseThrow().schema().generic().content();
        assertThat(users).contains("CREATE TABLE IF NOT EXISTS users (", "active BOOLEAN", "last_login TIMESTAMP",
                "CHECK (status IN ('active', 'suspended'))", "CREATE TRIGGER IF NOT EXISTS trg_users_updated_at");
        String auth = set.get("core/auth").orElseThrow().schema().generic().content();
        assertThat(auth).contains("REFERENCES users(id) ON DELETE CASCADE", "PRIMARY KEY (user_id, role)",
                "-- the user's \"primary\" role (see auth)");
    }
}
