package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.engine.MigrationLease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** The migration lease on PostgreSQL and the engines that speak its SQL (CockroachDB, YugabyteDB). */
final class PostgresLease implements MigrationLease {
    static final PostgresLease INSTANCE = new PostgresLease();
    private static final String NAME = "migrations";

    @Override
    public void ensure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try {
                s.execute("CREATE TABLE IF NOT EXISTS _migration_lease (name TEXT PRIMARY KEY, owner TEXT, host TEXT,"
                        + " pid BIGINT, acquired_at TIMESTAMPTZ, expires_at TIMESTAMPTZ)");
            } catch (SQLException e) {
                // IF NOT EXISTS does not guard against a concurrent create: of processes starting together,
                // the others fail on the catalog's unique index (23505) or as a duplicate table (42P07).
                // The table exists either way. (Autocommit: the failed statement aborts nothing else.)
                if (!"23505".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
                    throw e;
                }
            }
            s.execute("INSERT INTO _migration_lease (name) VALUES ('" + NAME + "') ON CONFLICT (name) DO NOTHING");
        }
    }

    /** Never waits: a row locked by a running step (of a holder that may be dead) counts as taken. */
    @Override
    public boolean tryTake(Connection c, String owner, String host, long pid, long leaseMs) throws SQLException {
        String sql = "UPDATE _migration_lease SET owner = ?, host = ?, pid = ?, acquired_at = now(),"
                + " expires_at = now() + ? * interval '1 millisecond'"
                + " WHERE name = (SELECT name FROM _migration_lease WHERE name = ? FOR UPDATE SKIP LOCKED)"
                + " AND (owner IS NULL OR expires_at < now() OR owner = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, owner);
            ps.setString(2, host);
            ps.setLong(3, pid);
            ps.setLong(4, leaseMs);
            ps.setString(5, NAME);
            ps.setString(6, owner);
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public boolean renew(Connection c, String owner, long leaseMs) throws SQLException {
        String sql = "UPDATE _migration_lease SET expires_at = now() + ? * interval '1 millisecond'"
                + " WHERE name = ? AND owner = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, leaseMs);
            ps.setString(2, NAME);
            ps.setString(3, owner);
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public void release(Connection c, String owner) throws SQLException {
        String sql = "UPDATE _migration_lease SET owner = NULL, host = NULL, pid = NULL, acquired_at = NULL,"
                + " expires_at = NULL WHERE name = ? AND owner = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, NAME);
            ps.setString(2, owner);
            ps.executeUpdate();
        }
    }

    @Override
    public boolean confirm(Connection tx, String owner) throws SQLException {
        String sql = "SELECT owner = ? AND expires_at > now() FROM _migration_lease WHERE name = ? FOR UPDATE";
        try (PreparedStatement ps = tx.prepareStatement(sql)) {
            ps.setString(1, owner);
            ps.setString(2, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public Optional<String> holder(Connection c) throws SQLException {
        String sql = "SELECT owner, host, pid, acquired_at, expires_at FROM _migration_lease"
                + " WHERE name = ? AND owner IS NOT NULL AND expires_at > now()";
        return PostgresFirstRow.describe(c, sql, NAME, rs -> "the lease of process " + rs.getLong(3) + " on "
                + rs.getString(2) + " (taken " + rs.getString(4) + ", expires " + rs.getString(5) + ")");
    }
}
