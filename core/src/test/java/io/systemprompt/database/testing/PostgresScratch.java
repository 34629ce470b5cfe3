package io.systemprompt.database.testing;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test class, dropped on close. The server comes from
 * {@code SPDB_TEST_PG_HOST}, {@code SPDB_TEST_PG_PORT}, {@code SPDB_TEST_PG_USER} and
 * {@code SPDB_TEST_PG_PASSWORD} (default 127.0.0.1:5432, user postgres). When the server is
 * unreachable the tests are skipped with a loud notice, unless {@code SPDB_REQUIRE_POSTGRES=1}
 * (set by CI), which turns the skip into a failure.
 */
public final class PostgresScratch implements AutoCloseable {
    public static final String HOST = env("SPDB_TEST_PG_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(env("SPDB_TEST_PG_PORT", "5432"));
    public static final String USER = env("SPDB_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("SPDB_TEST_PG_PASSWORD", "");

    private final String name;

    private PostgresScratch(String name) {
        this.name = name;
    }

    /** Creates a database named {@code spdb_test_<random>}, or skips/fails as described above. */
    public static PostgresScratch create() {
        String name = "spdb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            unreachable(e);
        }
        return new PostgresScratch(name);
    }

    private static void unreachable(SQLException e) {
        String notice = "\n*** PostgreSQL at " + HOST + ":" + PORT + " as " + USER + " is unreachable ("
                + e.getMessage() + ").\n*** PostgreSQL TESTS ARE SKIPPED. Set SPDB_REQUIRE_POSTGRES=1 to make"
                + " this a failure (CI does).\n";
        if ("1".equals(System.getenv("SPDB_REQUIRE_POSTGRES"))) {
            throw new AssertionError(notice, e);
        }
        System.err.println(notice);
        Assumptions.abort(notice);
    }

    /** A connection to the maintenance database {@code postgres}. */
    public static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", props());
    }

    private static Properties props() {
        Properties p = new Properties();
        p.setProperty("user", USER);
        if (!PASSWORD.isEmpty()) {
            p.setProperty("password", PASSWORD);
        }
        return p;
    }

    /** The database name. */
    public String name() {
        return name;
    }

    /** A direct JDBC connection to this database (not pooled), for assertions behind the library's back. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + name, props());
    }

    /** A configuration for this database, with automatic migration off. */
    public DatabaseConfigBuilder config() {
        return DatabaseConfig.builder().postgres(HOST, PORT, name, USER, PASSWORD).autoMigrate(false);
    }

    /** Environment variables that point {@code spdb} at this database. */
    public java.util.Map<String, String> env() {
        return java.util.Map.of("DATABASE_TYPE", "postgres", "POSTGRES_HOST", HOST, "POSTGRES_PORT",
                String.valueOf(PORT), "POSTGRES_DB", name, "POSTGRES_USER", USER, "POSTGRES_PASSWORD", PASSWORD);
    }

    @Override
    public void close() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
