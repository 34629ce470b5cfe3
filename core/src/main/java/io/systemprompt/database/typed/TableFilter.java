package io.systemprompt.database.typed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The base of every generated {@code …Filter}: conditions joined with AND, ordering, limit and
 * offset. Generated subclasses add one typed method per column and condition and call the protected
 * methods here with the column's name from the catalog, so a caller's text never becomes SQL; every
 * value is bound. A filter with no condition matches every row. Filters are mutable builders: build
 * one, use it, and do not share it between threads.
 *
 * @param <F> the generated filter type, returned by every builder method
 */
public abstract class TableFilter<F extends TableFilter<F>> {
    private final List<Condition> conditions = new ArrayList<>();
    private final List<String> orderBy = new ArrayList<>();
    private Long limit;
    private Long offset;

    /** One condition on one column. */
    record Condition(String column, String operator, List<Object> values) {
    }

    /** Rows whose column equals the value; a null value matches NULL. */
    protected F equal(String column, Object value) {
        return value == null ? add(new Condition(column, "IS NULL", List.of()))
                : add(new Condition(column, "=", java.util.Collections.singletonList(value)));
    }

    /** Rows whose column is one of the values; no values matches no row. */
    protected F in(String column, Collection<?> values) {
        Objects.requireNonNull(values, "values");
        return add(new Condition(column, "IN", new ArrayList<>(values)));
    }

    /** Rows whose column is NULL. */
    protected F isNull(String column) {
        return add(new Condition(column, "IS NULL", List.of()));
    }

    /** Rows whose column is not NULL. */
    protected F isNotNull(String column) {
        return add(new Condition(column, "IS NOT NULL", List.of()));
    }

    /** Orders by the column, after any ordering given before; {@code descending} for largest first. */
    protected F order(String column, boolean descending) {
        orderBy.add((descending ? "-" : "+") + column);
        return self();
    }

    /** At most this many rows. */
    public F limit(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, was " + rows);
        }
        limit = rows;
        return self();
    }

    /** Skips this many rows first; use with an ordering so the rows skipped are well defined. */
    public F offset(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + rows);
        }
        offset = rows;
        return self();
    }

    private F add(Condition c) {
        conditions.add(c);
        return self();
    }

    @SuppressWarnings("unchecked")
    private F self() {
        return (F) this;
    }

    List<Condition> conditions() {
        return conditions;
    }

    /** Each entry is {@code +column} or {@code -column} (descending). */
    List<String> ordering() {
        return orderBy;
    }

    Long limitRows() {
        return limit;
    }

    Long offsetRows() {
        return offset;
    }
}
