package io.systemprompt.database;

import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.engine.ValueCodec;
import io.systemprompt.database.mapping.MapperCache;
import io.systemprompt.database.mapping.Row;
import io.systemprompt.database.metrics.DatabaseMetrics;
import io.systemprompt.database.metrics.DatabaseObserver;
import io.systemprompt.database.mapping.RowMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs one statement on a given connection: binds, executes, maps, and translates errors. */
final class StatementRunner {
    /** Rows fetched per round trip when streaming, so PostgreSQL uses a cursor instead of buffering all. */
    private static final int STREAM_FETCH_SIZE = 1000;

    private final Dialect dialect;
    private final ValueCodec values;
    private final DatabaseObserver observer;
    private final MapperCache mappers = new MapperCache();

    StatementRunner(Dialect dialect) {
        this.dialect = dialect;
        this.values = dialect.values();
        this.observer = DatabaseMetrics.observer(dialect.type());
    }

    /** Drops the kept row mappings (the schema changed). */
    void forgetMappings() {
        mappers.clear();
    }

    <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object[] params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                if (!rs.next()) {
                    return out;
                }
                Row row = new Row(rs, values);
                RowMapper<T> bound = mappers.bind(sql, mapper, row);
                do {
                    out.add(bound.map(row));
                } while (rs.next());
                return out;
            }
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    /** The only row, mapped, or empty; more than one row is an error (no list for the usual single row). */
    <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object[] params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Row row = new Row(rs, values);
                T value = mappers.bind(sql, mapper, row).map(row);
                if (rs.next()) {
                    int rows = 2;
                    while (rs.next()) {
                        rows++;
                    }
                    throw new MappingException("Expected at most one row but the query returned " + rows
                            + ": " + StatementException.excerpt(sql) + ". Narrow the WHERE clause or use query().");
                }
                return Optional.ofNullable(value);
            }
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    void forEach(Connection c, String sql, RowConsumer consumer, Object[] params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(STREAM_FETCH_SIZE);
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                Row row = null;
                while (rs.next()) {
                    row = row == null ? new Row(rs, values) : row;
                    consumer.accept(row);
                }
            }
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    int execute(Connection c, String sql, Object[] params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    long insert(Connection c, String sql, Object[] params) {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StatementException("The INSERT generated no key: " + StatementException.excerpt(sql)
                            + ". Use execute() for statements without a generated key.", sql, null,
                            ErrorKind.OTHER, null);
                }
                return keys.getLong(keyColumn(keys));
            }
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    private static int keyColumn(ResultSet keys) throws SQLException {
        var md = keys.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            if ("id".equalsIgnoreCase(md.getColumnLabel(i))) {
                return i;
            }
        }
        return 1;
    }

    int[] batch(Connection c, String sql, List<Object[]> rows) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            return ps.executeBatch();
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    void executeRaw(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    /** Throws when {@code sql} may not run in a read-only transaction; see {@link Dialect#readOnlyRefusal}. */
    void checkReadOnly(String sql) {
        dialect.readOnlyRefusal(sql).ifPresent(reason -> {
            throw new StatementException("Refused in a read-only transaction: " + reason + ".\n  SQL: "
                    + StatementException.excerpt(sql) + "\n  " + hint(ErrorKind.READ_ONLY), sql, null,
                    ErrorKind.READ_ONLY, null);
        });
    }

    private void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            values.bind(ps, i + 1, params[i]);
        }
    }

    /** True when the engine ended the transaction on this failure; see {@link Dialect#endsTransaction}. */
    boolean endsTransaction(StatementException e) {
        return e.getCause() instanceof SQLException se && (dialect.endsTransaction(se)
                || se.getNextException() != null && dialect.endsTransaction(se.getNextException()));
    }

    /** Turns a driver error into the library's exception; the parameter values are never included. */
    StatementException translate(SQLException e, String sql) {
        SQLException cause = e.getNextException() != null && String.valueOf(e.getMessage()).contains("Batch entry")
                ? e.getNextException() : e;
        ErrorKind kind = dialect.classify(cause);
        observer.statementFailed(dialect.type(), kind);
        String message = dialect.type().id() + " rejected the statement (" + kind.name().toLowerCase()
                + (cause.getSQLState() == null ? "" : ", SQLSTATE " + cause.getSQLState()) + "): "
                + String.valueOf(cause.getMessage()).strip() + "\n  SQL: " + StatementException.excerpt(sql) + "\n  "
                + (kind == ErrorKind.CONNECTION ? dialect.connectionLostAdvice() : hint(kind));
        if (kind.isConstraintViolation()) {
            return new ConstraintViolationException(message, sql, cause.getSQLState(), kind, e);
        }
        return new StatementException(message, sql, cause.getSQLState(), kind, e);
    }

    private static String hint(ErrorKind kind) {
        return switch (kind) {
            case UNIQUE_VIOLATION -> "A row with the same key exists; update it instead, or use an upsert.";
            case FOREIGN_KEY_VIOLATION -> "The referenced row is missing, or other rows still reference this one.";
            case NOT_NULL_VIOLATION -> "Give a value for the NOT NULL column, or give it a DEFAULT.";
            case CHECK_VIOLATION -> "The value is outside what the table's CHECK constraint allows.";
            case BUSY -> "Another transaction held a lock too long (SQLite waits DB_BUSY_TIMEOUT, PostgreSQL"
                    + " DB_LOCK_TIMEOUT); retry when it has finished, or raise that setting.";
            case READ_ONLY -> "This connection is read-only; use a write transaction (spdb: --write).";
            case SYNTAX -> "Fix the SQL syntax near the quoted text.";
            case UNDEFINED_OBJECT -> "Check the table and column names; run `spdb summary` to list tables.";
            case CONNECTION -> "The connection failed; check that the database is reachable.";
            case OTHER -> "Check the statement against the engine's message above.";
        };
    }
}
