package io.systemprompt.database.testing;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.SQLException;

/**
 * One scratch PostgreSQL database per test class, dropped after it:
 * {@code @RegisterExtension static final PostgresPerClass PG = new PostgresPerClass();}.
 */
public final class PostgresPerClass implements BeforeAllCallback, AfterAllCallback {
    private PostgresScratch scratch;

    @Override
    public void beforeAll(ExtensionContext context) {
        scratch = PostgresScratch.create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (scratch != null) {
            scratch.close();
        }
    }

    /** The class's database. */
    public PostgresScratch scratch() {
        return scratch;
    }

    /** Empties the database (a new {@code public} schema) and returns a configuration for it. */
    public DatabaseConfigBuilder freshConfig() {
        try (var c = scratch.connect(); var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the test database " + scratch.name(), e);
        }
        return scratch.config();
    }
}
