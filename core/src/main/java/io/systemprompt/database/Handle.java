package io.systemprompt.database;

import io.systemprompt.database.mapping.RowMapper;
import io.systemprompt.database.mapping.RowMappers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations on a database: on {@link Database} each call runs on its own pooled connection (or
 * joins the calling thread's open transaction), and inside {@link #transaction} every call runs in
 * that transaction. Parameters are always bound, never spliced into the SQL; supported types are
 * String, the number types, Boolean, byte[], UUID, enums, Instant, LocalDate, LocalDateTime,
 * OffsetDateTime, java.util.Date and null.
 */
public interface Handle {

    /** Rows mapped by a {@link RowMapper}. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params);

    /** Rows as ordered column-to-value maps. */
    default List<Map<String, Object>> query(String sql, Object... params) {
        return query(sql, RowMappers.map(), params);
    }

    /** Rows mapped to a record, a class with one public constructor, or a value type (first column). */
    default <T> List<T> query(String sql, Class<T> type, Object... params) {
        return query(sql, RowMappers.forType(type), params);
    }

    /** The only row, or empty when there is none; more than one row is an error. */
    default Optional<Map<String, Object>> queryOne(String sql, Object... params) {
        return single(sql, query(sql, RowMappers.map(), params));
    }

    /** The only row mapped to {@code type}, or empty when there is none; more than one row is an error. */
    default <T> Optional<T> queryOne(String sql, Class<T> type, Object... params) {
        return single(sql, query(sql, RowMappers.forType(type), params));
    }

    /** The first column of the only row, converted; empty when there is no row or the value is NULL. */
    default <T> Optional<T> queryValue(String sql, Class<T> type, Object... params) {
        return queryOne(sql, type, params);
    }

    private static <T> Optional<T> single(String sql, List<T> rows) {
        if (rows.size() > 1) {
            throw new MappingException("Expected at most one row but the query returned " + rows.size()
                    + ": " + StatementException.excerpt(sql) + ". Narrow the WHERE clause or use query().");
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** Streams rows to the consumer without holding the whole result in memory. */
    void forEachRow(String sql, RowConsumer consumer, Object... params);

    /** Executes a write and returns the number of affected rows. */
    int execute(String sql, Object... params);

    /**
     * Executes an INSERT and returns the generated key: the {@code id} column where the engine
     * reports the inserted row, otherwise the first generated column (SQLite's rowid).
     */
    long insert(String sql, Object... params);

    /** Executes one statement for each parameter row, atomically, and returns the affected counts. */
    int[] batch(String sql, List<Object[]> rows);

    /**
     * Runs the callback in a transaction and returns its value: commits when it returns, rolls back
     * when it throws. Nested calls use a savepoint, so an inner failure rolls back only the inner work.
     */
    <T, X extends Exception> T transaction(TransactionCallback<T, X> callback) throws X;

    /** Like {@link #transaction(TransactionCallback)}, for work that returns nothing. */
    default <X extends Exception> void useTransaction(TransactionConsumer<X> callback) throws X {
        transaction(tx -> {
            callback.accept(tx);
            return null;
        });
    }
}
