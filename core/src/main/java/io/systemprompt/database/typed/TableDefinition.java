package io.systemprompt.database.typed;

import io.systemprompt.database.engine.Quoting;
import java.util.List;
import java.util.Objects;

/**
 * What typed access needs to know about one table, written out by the code generator from the catalog.
 *
 * @param name       the table name as the catalog reports it
 * @param columns    every column, in table order
 * @param primaryKey the primary key columns in key order; empty when the table has none
 * @param rowType    the record each row maps to (through the same mapping as hand-written records)
 * @param <R>        the row record
 */
public record TableDefinition<R>(String name, List<String> columns, List<String> primaryKey, Class<R> rowType) {

    /** Copies the lists; every key column must be a column. */
    public TableDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rowType, "rowType");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        if (!columns.containsAll(primaryKey)) {
            throw new IllegalArgumentException("Primary key " + primaryKey + " is not among the columns " + columns);
        }
    }

    /** The table name quoted for SQL. */
    String quotedName() {
        return Quoting.quote(name);
    }

    /** Throws unless {@code column} is one of this table's columns. */
    String checkedColumn(String column) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException("Table " + name + " has no column '" + column + "'; its columns are "
                    + columns + ".");
        }
        return Quoting.quote(column);
    }
}
