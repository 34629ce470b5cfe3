package io.systemprompt.database.typed;

import io.systemprompt.database.Handle;
import io.systemprompt.database.MappingException;
import io.systemprompt.database.engine.Quoting;
import io.systemprompt.database.mapping.RowMapper;
import io.systemprompt.database.mapping.RowMappers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Create, find, update, delete and count on one table through a {@link Handle}: a {@code Database}
 * (each call on its own connection, or the thread's open transaction) or a {@code Transaction}.
 * Generated accessors such as {@code ConfigSettings} delegate here. Writes run in a transaction (a
 * savepoint inside an open one), so the write and the read-back of the row are one unit.
 *
 * <p>The SQL is the subset both engines share: double-quoted names, {@code RETURNING}
 * (SQLite 3.35 and later), {@code NULLS FIRST}/{@code NULLS LAST}, bound {@code LIMIT}/{@code OFFSET}.
 * Rows map to the definition's record through {@link RowMappers#forType}, the mapping hand-written
 * records use.
 *
 * @param <R> the row record
 */
public final class TableAccess<R> {
    private final Handle handle;
    private final TableDefinition<R> table;
    private final RowMapper<R> mapper;

    /** Access to {@code table} through {@code handle}. */
    public TableAccess(Handle handle, TableDefinition<R> table) {
        this.handle = Objects.requireNonNull(handle, "handle");
        this.table = Objects.requireNonNull(table, "table");
        this.mapper = RowMappers.forType(table.rowType());
    }

    /**
     * Inserts one row with the given columns (the others take their defaults) and returns it as stored,
     * with its generated key and defaults. A table with a primary key is read back by that key after
     * the insert, so what triggers changed is included on both engines.
     */
    public R insert(ColumnValues values) {
        List<Object> params = new ArrayList<>();
        String sql = "INSERT INTO " + table.quotedName() + columnsAndValues(values, params) + " RETURNING "
                + (table.primaryKey().isEmpty() ? "*" : quotedList(table.primaryKey()));
        return handle.transaction(tx -> {
            if (table.primaryKey().isEmpty()) {
                return only(tx.query(sql, mapper, params.toArray()), sql);
            }
            List<Map<String, Object>> keys = tx.query(sql, params.toArray());
            ColumnValues key = ColumnValues.empty();
            for (String column : table.primaryKey()) {
                key = key.with(column, keys.get(0).get(resultLabel(keys.get(0), column)));
            }
            ColumnValues finalKey = key;
            return new TableAccess<>(tx, table).findByKey(finalKey).orElseThrow(() -> new MappingException(
                    "The row inserted into " + table.name() + " could not be read back by its key " + finalKey));
        });
    }

    /** The row whose primary key columns have these values, or empty. */
    public Optional<R> findByKey(ColumnValues key) {
        requireKey(key);
        return findOne(key);
    }

    /** The row whose columns have these values (a unique key), or empty; more than one row is an error. */
    public Optional<R> findOne(ColumnValues values) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT * FROM " + table.quotedName() + matching(values, params);
        List<R> rows = handle.query(sql, mapper, params.toArray());
        if (rows.size() > 1) {
            throw new MappingException("Expected at most one row of " + table.name() + " for " + values + " but found "
                    + rows.size() + ". Those columns are not a unique key of the table.");
        }
        return rows.stream().findFirst();
    }

    /** The rows the filter matches, in its order (the primary key's when it gives none). */
    public List<R> find(TableFilter<?> filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT * FROM " + table.quotedName() + FilterSql.where(table, filter, params)
                + FilterSql.tail(table, filter, params);
        return handle.query(sql, mapper, params.toArray());
    }

    /** How many rows the filter's conditions match; its ordering, limit and offset are ignored. */
    public long count(TableFilter<?> filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*) FROM " + table.quotedName() + FilterSql.where(table, filter, params);
        return handle.queryValue(sql, Long.class, params.toArray()).orElse(0L);
    }

    /**
     * Writes the given columns of the row with this primary key and returns the row as stored now, or
     * empty when there is no such row. No given column writes nothing and returns the row.
     */
    public Optional<R> update(ColumnValues key, ColumnValues changes) {
        requireKey(key);
        if (changes.isEmpty()) {
            return findByKey(key);
        }
        List<Object> params = new ArrayList<>();
        StringJoiner set = new StringJoiner(", ", " SET ", "");
        for (Map.Entry<String, Object> e : inTableOrder(changes)) {
            set.add(table.checkedColumn(e.getKey()) + " = ?");
            params.add(e.getValue());
        }
        String sql = "UPDATE " + table.quotedName() + set + matching(key, params);
        return handle.transaction(tx -> tx.execute(sql, params.toArray()) == 0 ? Optional.<R>empty()
                : new TableAccess<>(tx, table).findByKey(key));
    }

    /** Deletes the row with this primary key; true when there was one. */
    public boolean delete(ColumnValues key) {
        requireKey(key);
        List<Object> params = new ArrayList<>();
        String sql = "DELETE FROM " + table.quotedName() + matching(key, params);
        return handle.transaction(tx -> tx.execute(sql, params.toArray()) > 0);
    }

    private void requireKey(ColumnValues key) {
        if (table.primaryKey().isEmpty() || !key.asMap().keySet().equals(new java.util.HashSet<>(table.primaryKey()))) {
            throw new IllegalArgumentException("Table " + table.name() + " is keyed by " + table.primaryKey()
                    + ", but the key given has " + key.asMap().keySet() + ".");
        }
    }

    private String columnsAndValues(ColumnValues values, List<Object> params) {
        if (values.isEmpty()) {
            return " DEFAULT VALUES";
        }
        StringJoiner columns = new StringJoiner(", ", " (", ")");
        for (Map.Entry<String, Object> e : inTableOrder(values)) {
            columns.add(table.checkedColumn(e.getKey()));
            params.add(e.getValue());
        }
        return columns + " VALUES (" + String.join(", ", Collections.nCopies(params.size(), "?")) + ")";
    }

    private String matching(ColumnValues values, List<Object> params) {
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "");
        for (Map.Entry<String, Object> e : inTableOrder(values)) {
            String column = table.checkedColumn(e.getKey());
            if (e.getValue() == null) {
                where.add(column + " IS NULL");
            } else {
                where.add(column + " = ?");
                params.add(e.getValue());
            }
        }
        return where.toString();
    }

    /** The entries sorted by the table's column order, so the same input always gives the same SQL. */
    private List<Map.Entry<String, Object>> inTableOrder(ColumnValues values) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(values.asMap().entrySet());
        for (Map.Entry<String, Object> e : entries) {
            table.checkedColumn(e.getKey());
        }
        entries.sort(java.util.Comparator.comparingInt(e -> table.columns().indexOf(e.getKey())));
        return entries;
    }

    private String quotedList(List<String> columns) {
        return String.join(", ", columns.stream().map(Quoting::quote).toList());
    }

    /** The result label for a column, ignoring case: engines may report names in their own case. */
    private static String resultLabel(Map<String, Object> row, String column) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst().orElse(column);
    }

    private R only(List<R> rows, String sql) {
        if (rows.size() != 1) {
            throw new MappingException("Expected one row back from " + sql + " but got " + rows.size() + ".");
        }
        return rows.get(0);
    }
}
