package io.systemprompt.database.cli.command;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a JDBC result set into column names and printable values. */
final class ResultReader {

    private ResultReader() {
    }

    static List<String> columns(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            names.add(md.getColumnLabel(i));
        }
        return names;
    }

    static List<List<Object>> rows(ResultSet rs, int columns) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        boolean[] bool = new boolean[columns + 1];
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= columns; i++) {
            String type = md.getColumnTypeName(i);
            bool[i] = type != null && (type.equalsIgnoreCase("BOOLEAN") || type.equalsIgnoreCase("BOOL"));
        }
        while (rs.next()) {
            List<Object> row = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                Object v = rs.getObject(i);
                // SQLite stores a BOOLEAN column as 0/1; print it as PostgreSQL's true/false in every format.
                row.add(bool[i] && v instanceof Number n ? Boolean.valueOf(n.longValue() != 0) : value(v));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Numbers, booleans, strings, bytes and null stay; LOBs are read; anything else becomes its text. */
    private static Object value(Object v) throws SQLException {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String || v instanceof byte[]) {
            return v;
        }
        if (v instanceof Blob b) {
            return b.getBytes(1, (int) b.length());
        }
        if (v instanceof Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        return v.toString();
    }
}
