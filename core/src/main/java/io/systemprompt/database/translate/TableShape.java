package io.systemprompt.database.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the translator knows about a table: its columns in order and its keys. Built from CREATE
 * TABLE / ALTER TABLE / CREATE UNIQUE INDEX statements, or supplied by catalog introspection.
 *
 * @param name       the table name, lower case
 * @param columns    the columns in declaration order
 * @param primaryKey the primary key columns, empty if none
 * @param uniqueKeys the unique constraints and unique indexes (plain columns only)
 */
public record TableShape(String name, List<ColumnShape> columns, List<String> primaryKey,
                         List<List<String>> uniqueKeys) {

    /** Normalises names to lower case, so lookups ignore case. */
    public TableShape {
        name = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        columns = List.copyOf(columns);
        primaryKey = lower(primaryKey);
        uniqueKeys = uniqueKeys.stream().map(TableShape::lower).toList();
    }

    /** The column named {@code column}, ignoring case. */
    public Optional<ColumnShape> column(String column) {
        String wanted = column.toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.name().equals(wanted)).findFirst();
    }

    /** A copy with one more column at the end. */
    public TableShape withColumn(ColumnShape column) {
        List<ColumnShape> more = new ArrayList<>(columns);
        more.add(column);
        return new TableShape(name, more, primaryKey, uniqueKeys);
    }

    /** A copy without the named column. */
    public TableShape withoutColumn(String column) {
        String gone = column.toLowerCase(Locale.ROOT);
        List<ColumnShape> fewer = columns.stream().filter(c -> !c.name().equals(gone)).toList();
        return new TableShape(name, fewer, primaryKey, uniqueKeys);
    }

    /** A copy with one more unique key. */
    public TableShape withUniqueKey(List<String> key) {
        List<List<String>> more = new ArrayList<>(uniqueKeys);
        more.add(key);
        return new TableShape(name, columns, primaryKey, more);
    }

    /** A copy under another name. */
    public TableShape renamed(String newName) {
        return new TableShape(newName, columns, primaryKey, uniqueKeys);
    }

    /**
     * The first key (primary key first, then unique keys in order) whose columns are all in
     * {@code insertedColumns}: the conflict target an upsert of those columns can use.
     */
    public Optional<List<String>> conflictKeyWithin(List<String> insertedColumns) {
        List<String> inserted = lower(insertedColumns);
        List<List<String>> candidates = new ArrayList<>();
        if (!primaryKey.isEmpty()) {
            candidates.add(primaryKey);
        }
        candidates.addAll(uniqueKeys);
        return candidates.stream().filter(inserted::containsAll).findFirst();
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
