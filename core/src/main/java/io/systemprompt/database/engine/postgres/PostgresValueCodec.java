package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.engine.AbstractValueCodec;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * PostgreSQL binds java.time values natively. Timestamps without a zone are read as UTC, the zone
 * every pooled session runs in, so both timestamp types read back as the same {@link Instant}.
 */
final class PostgresValueCodec extends AbstractValueCodec {

    @Override
    protected void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    protected void bindLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        ps.setObject(index, value);
    }

    @Override
    protected void bindLocalDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setObject(index, value);
    }

    @Override
    protected ColumnReader readerFor(String type) {
        switch (type) {
            case "TIMESTAMPTZ":
                return (rs, i) -> {
                    OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
                    return v == null ? null : v.toInstant();
                };
            case "TIMESTAMP":
                return (rs, i) -> {
                    Timestamp ts = rs.getTimestamp(i);
                    return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
                };
            case "BYTEA":
                return ResultSet::getBytes;
            default:
                return AbstractValueCodec::plain;
        }
    }
}
