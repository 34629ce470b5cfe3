package io.systemprompt.database.engine;

import io.systemprompt.database.mapping.StoredText;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The binding and reading rules both engines share; engines override only temporal values and the
 * choice of reader per declared column type.
 */
public abstract class AbstractValueCodec implements ValueCodec {

    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null || value instanceof Optional<?> o && o.isEmpty()) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Optional<?> o) {
            bind(ps, index, o.get());
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (value instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else if (value instanceof UUID || value instanceof Enum<?> || value instanceof Character) {
            ps.setString(index, value instanceof StoredText t ? t.storedText()
                    : value instanceof Enum<?> e ? e.name() : value.toString());
        } else if (value instanceof Instant i) {
            bindInstant(ps, index, i);
        } else if (value instanceof java.util.Date d) {
            bindInstant(ps, index, d.toInstant());
        } else if (value instanceof OffsetDateTime o) {
            bindInstant(ps, index, o.toInstant());
        } else if (value instanceof ZonedDateTime z) {
            bindInstant(ps, index, z.toInstant());
        } else if (value instanceof LocalDateTime l) {
            bindLocalDateTime(ps, index, l);
        } else if (value instanceof LocalDate d) {
            bindLocalDate(ps, index, d);
        } else if (value instanceof LocalTime t) {
            ps.setString(index, t.toString());
        } else {
            ps.setObject(index, value);
        }
    }

    /** Binds an absolute point in time; {@code java.util.Date} and offset types arrive here too. */
    protected abstract void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException;

    /** Binds a local date-time in the engine's storage form. */
    protected abstract void bindLocalDateTime(PreparedStatement ps, int index, LocalDateTime value)
            throws SQLException;

    /** Binds a date in the engine's storage form. */
    protected abstract void bindLocalDate(PreparedStatement ps, int index, LocalDate value) throws SQLException;

    @Override
    public ColumnReader reader(ResultSetMetaData md, int column) throws SQLException {
        String type = md.getColumnTypeName(column);
        return readerFor(type == null ? "" : baseType(type));
    }

    /** The reader for an upper-case base type name such as {@code BOOLEAN} or {@code VARCHAR}. */
    protected abstract ColumnReader readerFor(String baseType);

    /** {@code VARCHAR(255)} becomes {@code VARCHAR}; {@code timestamp with time zone} stays whole. */
    static String baseType(String typeName) {
        int paren = typeName.indexOf('(');
        String t = paren < 0 ? typeName : typeName.substring(0, paren);
        return t.trim().toUpperCase(Locale.ROOT);
    }

    /** The engine-neutral form of a driver value: whole numbers as Long, JDBC dates as java.time. */
    protected static Object plain(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return v;
    }
}
