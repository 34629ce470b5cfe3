package io.systemprompt.database.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.Database;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.ModuleSet;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The system description's "Config Schema" unit test, on both engines. */
@ModuleDatabaseTest(modules = "../src/modules")
@BothEngines
@DisplayName("Config Schema")
class ConfigSchemaTest {

    @Test
    @DisplayName("should create all required tables")
    void shouldCreateAllRequiredTables(Database db) {
        ModuleSet schemas = db.schemaService().discoverSchemas();
        Optional<DatabaseModule> configSchema = schemas.list().stream()
                .filter(s -> s.key().equals("core/config"))
                .findFirst();
        assertThat(configSchema).isPresent();
        assertThat(db.queryValue("SELECT count(*) FROM config_settings WHERE key = ?", Long.class, "no.such.key"))
                .contains(0L);
        assertThat(db.schemaService().installedSchemas()).extracting(s -> s.module()).contains("core/config");
    }
}
