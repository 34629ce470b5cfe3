package io.systemprompt.database;

import io.systemprompt.database.config.ConfigurationException;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.SslMode;
import io.systemprompt.database.testing.PostgresPerClass;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connection settings are values, never URL text, and lock waits end. */
class PostgresConnectionSafetyTest {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    /** A database name full of URL syntax reaches the server as the name it is. */
    @Test
    void aDatabaseNameWithUrlSyntaxIsJustAName() throws Exception {
        String odd = PG.scratch().name() + "?sslmode=disable&options=-c x=y/#";
        try (Connection c = PostgresScratch.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + odd + "\"");
        }
        try (Database db = Database.open(PG.scratch().config().postgresDatabase(odd).build())) {
            Optional<String> name = db.queryValue("SELECT current_database()", String.class);
            assertThat(name).contains(odd);
        } finally {
            try (Connection c = PostgresScratch.admin(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE \"" + odd + "\" WITH (FORCE)");
            }
        }
    }

    /** {@code db?sslmode=disable} cannot turn off the TLS that POSTGRES_SSL=require asks for. */
    @Test
    void sslModeCannotBeOverriddenThroughTheDatabaseName() {
        var config = PG.scratch().config().postgresDatabase(PG.scratch().name() + "?sslmode=disable")
                .postgresSsl(SslMode.REQUIRE).build();
        // Either the server has no TLS (refused: SSL) or the name, taken whole, names no database.
        assertThatThrownBy(() -> Database.open(config).close()).isInstanceOf(UnableToConnectException.class)
                .message().containsAnyOf("SSL", "does not exist");
    }

    @Test
    void aHostWithUrlSyntaxIsRefusedBeforeConnecting() {
        for (String host : new String[] {"127.0.0.1/other?sslmode=disable", "a,", "h?x=1", "h&ssl=false", "h#"}) {
            assertThatThrownBy(() -> DatabaseConfig.builder().postgres(host, 5432, "db", "u", "").build())
                    .as(host).isInstanceOf(ConfigurationException.class).hasMessageContaining("POSTGRES_HOST");
        }
        assertThat(DatabaseConfig.builder().postgres("::1", 5432, "db", "u", "").build().postgresHost())
                .isEqualTo("::1");
        assertThat(DatabaseConfig.builder().postgres("db-1.internal_x", 5432, "db", "u", "").build()
                .postgresHost()).isEqualTo("db-1.internal_x");
    }

    /** A statement that waits on another session's lock fails after DB_LOCK_TIMEOUT, naming the lock. */
    @Test
    void aLockWaitEndsAfterTheLockTimeout() throws Exception {
        try (Database db = Database.open(PG.freshConfig().lockTimeoutMs(500).build());
                Connection holder = PG.scratch().connect()) {
            db.execute("CREATE TABLE held (a INTEGER)");
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE held IN ACCESS EXCLUSIVE MODE");
            }
            assertThatThrownBy(() -> db.execute("DROP TABLE held")).isInstanceOf(StatementException.class)
                    .hasMessageContaining("lock timeout").hasMessageContaining("DB_LOCK_TIMEOUT");
            holder.rollback();
        }
    }
}
