package io.systemprompt.database.engine.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Runs a one-parameter query and describes its first row in words, for messages about who holds a lock. */
final class PostgresFirstRow {
    private PostgresFirstRow() {
    }

    /** Turns the current row into text. */
    @FunctionalInterface
    interface Describer {
        String describe(ResultSet row) throws SQLException;
    }

    /** The first row as {@code describer} words it, or empty when the query returns none. */
    static Optional<String> describe(Connection c, String sql, Object parameter, Describer describer)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(describer.describe(rs)) : Optional.empty();
            }
        }
    }
}
