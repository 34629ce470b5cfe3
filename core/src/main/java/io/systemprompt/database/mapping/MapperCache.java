package io.systemprompt.database.mapping;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's mappers bound to a result's columns ({@link RowMapper#specialize}), kept per SQL text and
 * mapper so that a repeated query does not match labels and choose getters again. A kept binding is used
 * only while the result has the same column labels in the same order; another column list (a
 * {@code SELECT *} over an altered table, columns reordered) binds afresh. Column types are not compared on
 * every result, because reading them allocates on SQLite (a string per column): a column whose type changes
 * while its name stays (a table rebuilt by a migration) keeps the getter chosen for the old type until
 * {@link #clear()}, which the database calls after this process migrates, rolls back, rebuilds or restores, as SQLite's per-row typing already does within one result. Only the built-in mappers of {@link RowMappers} are kept:
 * what an application's own {@code specialize} depends on is not known. At most {@link #MAX_SQL} SQL texts
 * are kept; past that an arbitrary one is dropped, so distinct SQL strings cannot grow it without bound.
 */
public final class MapperCache {
    /** SQL texts kept at most. */
    public static final int MAX_SQL = 512;
    /** Bindings kept per SQL text (one per mapper type it is read as). */
    private static final int PER_SQL = 4;

    private final ConcurrentHashMap<String, Binding> bySql = new ConcurrentHashMap<>();
    private final int maxSql;

    /** A cache of {@value #MAX_SQL} SQL texts. */
    public MapperCache() {
        this(MAX_SQL);
    }

    MapperCache(int maxSql) {
        this.maxSql = maxSql;
    }

    /** Forgets every binding, for when the schema changed under the same SQL texts. */
    public void clear() {
        bySql.clear();
    }

    /** SQL texts kept now. */
    public int size() {
        return bySql.size();
    }

    /** {@code mapper} bound to the columns of {@code row}'s result, reusing the binding made for the same SQL. */
    @SuppressWarnings("unchecked")
    public <T> RowMapper<T> bind(String sql, RowMapper<T> mapper, Row row) throws SQLException {
        if (!RowMappers.isBuiltIn(mapper)) {
            return mapper.specialize(row);
        }
        Binding first = bySql.get(sql);
        for (Binding b = first; b != null; b = b.next) {
            if (b.source == mapper && b.matches(row)) {
                return (RowMapper<T>) b.bound;
            }
        }
        RowMapper<T> bound = mapper.specialize(row);
        keep(sql, new Binding(mapper, bound, row, first));
        return bound;
    }

    private void keep(String sql, Binding binding) {
        // A new chain: this binding first, then up to PER_SQL - 1 of the others (bindings are never changed).
        Binding head = binding;
        Binding tail = binding;
        int depth = 1;
        for (Binding b = binding.next; b != null && depth < PER_SQL; b = b.next) {
            if (b.source != binding.source) {
                Binding copy = new Binding(b, null);
                tail.next = copy;
                tail = copy;
                depth++;
            }
        }
        tail.next = null;
        if (!bySql.containsKey(sql) && bySql.size() >= maxSql) {
            Iterator<String> it = bySql.keySet().iterator();
            if (it.hasNext()) {
                bySql.remove(it.next());
            }
        }
        bySql.put(sql, head);
    }

    /** One mapper bound to one column list; {@code next} is set only before the chain is published. */
    private static final class Binding {
        final RowMapper<?> source;
        final RowMapper<?> bound;
        final String[] labels;
        Binding next;

        Binding(RowMapper<?> source, RowMapper<?> bound, Row row, Binding next) {
            this.source = source;
            this.bound = bound;
            this.next = next;
            labels = new String[row.columnCount()];
            for (int c = 0; c < labels.length; c++) {
                labels[c] = row.label(c + 1);
            }
        }

        Binding(Binding other, Binding next) {
            this.source = other.source;
            this.bound = other.bound;
            this.labels = other.labels;
            this.next = next;
        }

        boolean matches(Row row) {
            if (row.columnCount() != labels.length) {
                return false;
            }
            for (int c = 0; c < labels.length; c++) {
                if (!labels[c].equals(row.label(c + 1))) {
                    return false;
                }
            }
            return true;
        }
    }
}
