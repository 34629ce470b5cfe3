package io.systemprompt.database.junit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the tests create scratch databases on: JUnit configuration parameters
 * {@code spdb.test.pg.*} first, then the {@code SPDB_TEST_PG_*} environment variables, then
 * {@code 127.0.0.1:5432} as {@code postgres}.
 */
record PostgresServer(String host, int port, String user, String password, boolean required) {

    /** The server the current test run is configured for. */
    static PostgresServer of(ExtensionContext context) {
        String port = setting(context, "port", "5432");
        try {
            return new PostgresServer(setting(context, "host", "127.0.0.1"), Integer.parseInt(port),
                    setting(context, "user", "postgres"), setting(context, "password", ""), required(context));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SPDB_TEST_PG_PORT (spdb.test.pg.port) is '" + port
                    + "', not a port number; set it to the PostgreSQL server's port, e.g. 5432.", e);
        }
    }

    private static String setting(ExtensionContext context, String name, String fallback) {
        Optional<String> param = context.getConfigurationParameter("spdb.test.pg." + name);
        String env = System.getenv("SPDB_TEST_PG_" + name.toUpperCase(java.util.Locale.ROOT));
        return param.orElse(env == null || env.isBlank() ? fallback : env);
    }

    private static boolean required(ExtensionContext context) {
        return context.getConfigurationParameter("spdb.require.postgres").map(Boolean::parseBoolean)
                .orElse("1".equals(System.getenv("SPDB_REQUIRE_POSTGRES")));
    }

    /**
     * Creates a database named {@code spdb_junit_<random>} and returns its name. An unreachable server
     * skips the test with a notice on standard error, or fails it when PostgreSQL is required.
     */
    String createScratch() {
        String name = "spdb_junit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String notice = "\n*** PostgreSQL at " + host + ":" + port + " as " + user + " is unreachable ("
                    + e.getMessage() + ").\n*** THE POSTGRESQL RUN IS SKIPPED. Set SPDB_TEST_PG_HOST/PORT/USER/PASSWORD"
                    + " to a server, or SPDB_REQUIRE_POSTGRES=1 to make this a failure.\n";
            if (required) {
                throw new AssertionError(notice, e);
            }
            System.err.println(notice);
            Assumptions.abort(notice);
        }
        return name;
    }

    /** Drops a scratch database, closing any connection still open on it. */
    void drop(String name) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the scratch database " + name + " on " + host + ":"
                    + port + ": " + e.getMessage(), e);
        }
    }

    /** A connection to the maintenance database {@code postgres}. */
    Connection admin() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", p);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "PostgresServer[" + user + "@" + host + ":" + port + "]";
    }
}
