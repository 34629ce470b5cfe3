package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.engine.AbstractValueCodec;
import io.systemprompt.database.internal.Timestamps;
import org.sqlite.core.CoreResultSet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * SQLite stores booleans as 0/1 and timestamps as UTC text in {@code CURRENT_TIMESTAMP}'s form, so
 * values written by the library and by SQL defaults compare and read back alike. Reading goes by the
 * column's declared type, which is how SQLite itself keeps the author's intent.
 */
final class SqliteValueCodec extends AbstractValueCodec {

    /**
     * sqlite-jdbc reads every column name when the query runs and keeps them on the result; asking
     * {@code getColumnLabel} again crosses into native code and decodes a new string per column.
     */
    @Override
    public String[] labels(ResultSet resultSet, ResultSetMetaData metaData) throws SQLException {
        if (resultSet.isWrapperFor(CoreResultSet.class)) {
            String[] cols = resultSet.unwrap(CoreResultSet.class).cols;
            if (cols != null && cols.length == metaData.getColumnCount()) {
                return cols;
            }
        }
        return super.labels(resultSet, metaData);
    }

    @Override
    protected void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setString(index, Timestamps.format(value));
    }

    @Override
    protected void bindLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        ps.setString(index, Timestamps.format(value));
    }

    @Override
    protected void bindLocalDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setString(index, value.toString());
    }

    @Override
    protected ColumnReader readerFor(String type) {
        switch (type) {
            case "BOOLEAN": case "BOOL":
                return SqliteValueCodec::readBoolean;
            case "TIMESTAMP": case "DATETIME": case "TIMESTAMPTZ":
                return SqliteValueCodec::readTimestamp;
            case "DATE":
                return SqliteValueCodec::readDate;
            default:
                return AbstractValueCodec::plain;
        }
    }

    private static Object readBoolean(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v instanceof Number n) {
            return n.longValue() != 0;
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        return v;
    }

    private static Object readTimestamp(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v instanceof String s) {
            try {
                return Timestamps.parseInstant(s);
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (v instanceof Long || v instanceof Integer) {
            return Instant.ofEpochMilli(((Number) v).longValue());
        }
        return v;
    }

    private static Object readDate(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v instanceof String s && s.length() >= 10) {
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        return v instanceof Integer i ? i.longValue() : v;
    }
}
