package io.systemprompt.database.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.Database;
import io.systemprompt.database.junit.ModuleDatabaseTest.Lifecycle;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The system description's CRUD integration test, with a fresh database per method on both engines. */
@ModuleDatabaseTest(modules = "../src/modules", lifecycle = Lifecycle.PER_METHOD)
@BothEngines
class ConfigCrudTest {

    @Test
    @DisplayName("should handle CRUD operations")
    void shouldHandleCrudOperations(Database db) {
        long id = db.insert("INSERT INTO config_settings (key, value, type) VALUES (?, ?, ?)",
                "test.key", "test value", "string");
        assertThat(id).isPositive();

        Map<String, Object> setting = db.query("SELECT id, key, value, type FROM config_settings WHERE id = ?", id)
                .get(0);
        assertThat(setting).containsEntry("key", "test.key").containsEntry("value", "test value");

        assertThat(db.execute("UPDATE config_settings SET value = ? WHERE id = ?", "changed", id)).isEqualTo(1);
        assertThat(db.queryValue("SELECT value FROM config_settings WHERE id = ?", String.class, id)).contains("changed");
        assertThat(db.execute("DELETE FROM config_settings WHERE id = ?", id)).isEqualTo(1);
        assertThat(db.queryValue("SELECT count(*) FROM config_settings WHERE key = ?", Long.class, "test.key"))
                .contains(0L);
    }
}
