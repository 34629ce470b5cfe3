package io.systemprompt.database.engine.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Names the sessions that hold locks on given tables, from {@code pg_locks} and {@code pg_stat_activity}:
 * their pid, state, transaction start and current (or last) query. Used when a migration gave up
 * waiting for a table lock, so the operator knows which session to wait for or end.
 */
final class PostgresLockHolders {
    private static final String SQL = "SELECT DISTINCT a.pid, a.state, a.xact_start, left(a.query, 200), a.application_name"
            + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.granted AND l.pid <> pg_backend_pid() AND l.relation IN"
            + " (SELECT to_regclass(quote_ident(n)) FROM unnest(?::text[]) n) ORDER BY a.pid";

    private PostgresLockHolders() {
    }

    static Optional<String> describe(Connection c, Collection<String> tables) throws SQLException {
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        List<String> holders = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            Array names = c.createArrayOf("text", tables.toArray());
            ps.setArray(1, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    holders.add("backend pid " + rs.getInt(1) + " (" + rs.getString(5) + ", " + rs.getString(2)
                            + ", transaction since " + rs.getString(3) + ", query: "
                            + String.valueOf(rs.getString(4)).replaceAll("\\s+", " ").strip() + ")");
                }
            }
        }
        return holders.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", holders));
    }
}
