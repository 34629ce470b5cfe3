package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.engine.BulkLoader;
import io.systemprompt.database.engine.Quoting;
import io.systemprompt.database.internal.Csv;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Rows go through pgjdbc's {@code CopyManager} as {@code COPY … FROM STDIN (FORMAT csv)}: one round
 * trip for the whole set instead of one statement per batch, sent in 64 KiB pieces as rows arrive. In CSV an unquoted empty field is NULL
 * and a quoted one the empty string; text is always quoted, so quotes, commas, newlines and
 * backslashes arrive as written. Bytes go as {@code \x} hex, booleans as {@code t}/{@code f}, points in
 * time in ISO form with their offset (sessions run in UTC, so a {@code timestamp} column stores the same
 * wall-clock time that binding would), numbers in plain decimal. Other values are sent as text and
 * parsed by the column's type, as a bound string would be ({@code stringtype=unspecified}).
 */
final class PostgresCopyLoader implements BulkLoader {
    /** Bytes sent per write to the server. */
    private static final int CHUNK = 1 << 16;

    @Override
    public long load(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        Append append = open(connection, table, columns);
        try {
            for (Object[] row : rows) {
                append.add(row);
            }
            return append.finish();
        } finally {
            append.abort();
        }
    }

    @Override
    public Append open(Connection connection, String table, List<String> columns) throws SQLException {
        String sql = "COPY " + Quoting.quote(table) + " (" + Quoting.list(columns) + ") FROM STDIN (FORMAT csv)";
        return new CopyAppend(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    /** One {@code COPY}: rows are encoded into a buffer that goes to the server whenever it fills. */
    private static final class CopyAppend implements Append {
        private final CopyIn copy;
        private final StringBuilder out = new StringBuilder(CHUNK + 1024);

        CopyAppend(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void add(Object[] row) throws SQLException {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                field(out, row[i]);
            }
            out.append('\n');
            if (out.length() >= CHUNK) {
                send();
            }
        }

        @Override
        public long finish() throws SQLException {
            send();
            return copy.endCopy();
        }

        @Override
        public void abort() {
            out.setLength(0);
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // The COPY failed already; the caller reports that failure.
                }
            }
        }

        private void send() throws SQLException {
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            out.setLength(0);
        }
    }

    /** One CSV field; nothing at all for NULL. */
    static void field(StringBuilder out, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof Double || v instanceof Float) {
            out.append(v);
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof byte[] bytes) {
            hex(out, bytes);
        } else if (v instanceof Instant i) {
            out.append(i);
        } else if (v instanceof java.util.Date d) {
            out.append(d.toInstant());
        } else if (v instanceof OffsetDateTime o) {
            out.append(o.toInstant());
        } else if (v instanceof ZonedDateTime z) {
            out.append(z.toInstant());
        } else {
            Csv.quoted(out, v instanceof Enum<?> e ? e.name() : v.toString());
        }
    }

    private static void hex(StringBuilder out, byte[] bytes) {
        final String digits = "0123456789abcdef";
        out.append("\\x");
        for (byte b : bytes) {
            out.append(digits.charAt((b >> 4) & 0xf)).append(digits.charAt(b & 0xf));
        }
    }
}
