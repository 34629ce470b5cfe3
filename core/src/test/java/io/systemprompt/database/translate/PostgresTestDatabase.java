package io.systemprompt.database.translate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away PostgreSQL database {@code spdb_tr_<random>} on 127.0.0.1:5432 (user postgres,
 * trust auth), with sessions in UTC. Unreachable server: the calling test class is skipped with a
 * loud notice, or fails when {@code SPDB_REQUIRE_POSTGRES=1}.
 */
final class PostgresTestDatabase implements AutoCloseable {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private final String name = "spdb_tr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Connection connection;

    PostgresTestDatabase() throws SQLException {
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            skipOrFail(e);
        }
        connection = DriverManager.getConnection(SERVER + name + "?options=-c%20TimeZone%3DUTC", "postgres", "");
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
    }

    private static void skipOrFail(SQLException e) {
        String notice = "PostgreSQL at 127.0.0.1:5432 is unreachable (" + e.getMessage() + ")";
        if ("1".equals(System.getenv("SPDB_REQUIRE_POSTGRES"))) {
            throw new AssertionError(notice + " and SPDB_REQUIRE_POSTGRES=1", e);
        }
        System.err.println("*** SKIPPING PostgreSQL translation tests: " + notice + " ***");
        Assumptions.abort(notice);
    }
}
