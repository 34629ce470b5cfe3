package io.systemprompt.database.bench.run;

import io.systemprompt.database.DatabaseException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server the benchmarks use: {@code SPDB_TEST_PG_HOST}, {@code SPDB_TEST_PG_PORT},
 * {@code SPDB_TEST_PG_USER}, {@code SPDB_TEST_PG_PASSWORD} (default 127.0.0.1:5432, user postgres, trust).
 * Each benchmark creates its own database with a random name and drops it afterwards.
 */
public final class Pg {
    public static final String HOST = env("SPDB_TEST_PG_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(env("SPDB_TEST_PG_PORT", "5432"));
    public static final String USER = env("SPDB_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("SPDB_TEST_PG_PASSWORD", "");

    private Pg() {
    }

    /** Whether the server answers; benchmarks on PostgreSQL are skipped with a note when it does not. */
    public static boolean reachable() {
        try (Connection c = connect("postgres")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates a database named {@code spdb_bench_<random>} and returns its name. */
    public static String createDatabase() {
        String name = "spdb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        return name;
    }

    /** Drops a database created by {@link #createDatabase}, closing its remaining sessions. */
    public static void dropDatabase(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The JDBC URL of a database on this server. */
    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** A direct (unpooled) connection. */
    public static Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        if (!PASSWORD.isEmpty()) {
            p.setProperty("password", PASSWORD);
        }
        return DriverManager.getConnection(url(database), p);
    }

    private static void admin(String sql) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new DatabaseException("benchmarks: PostgreSQL at " + HOST + ":" + PORT + " refused '" + sql + "': "
                    + e.getMessage() + ". Start PostgreSQL or set SPDB_TEST_PG_* to a server you can create"
                    + " databases on.", e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
