package io.systemprompt.database.engine.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a catalog query and returns every row, so no cursor stays open. Values come back as text,
 * except SQL arrays, which come back as {@code List<String>}.
 */
final class PostgresRows {
    private PostgresRows() {
    }

    static List<Object[]> of(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = value(rs, i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Object value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof Array array) {
            return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
        }
        return value == null ? null : value.toString();
    }
}
