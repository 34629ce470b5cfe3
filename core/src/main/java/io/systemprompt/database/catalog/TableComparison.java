package io.systemprompt.database.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static io.systemprompt.database.catalog.CatalogComparison.lower;
import static io.systemprompt.database.catalog.CatalogComparison.union;

/** Compares one table present on both sides, normalised as {@link CatalogComparison} describes. */
final class TableComparison {
    private final String table;
    private final String left;
    private final String right;
    private final List<String> out = new ArrayList<>();

    TableComparison(String table, String left, String right) {
        this.table = table;
        this.left = left;
        this.right = right;
    }

    List<String> differences(TableInfo l, TableInfo r) {
        columns(l, r);
        differ("primary key", list(names(l.primaryKey())), list(names(r.primaryKey())));
        presence("unique", uniques(l), uniques(r), unique -> { });
        foreignKeys(l, r);
        checks(l, r);
        indexes(l, r);
        return out;
    }

    private void columns(TableInfo l, TableInfo r) {
        Map<String, ColumnInfo> lc = columnsByName(l);
        Map<String, ColumnInfo> rc = columnsByName(r);
        presence("column", lc.keySet(), rc.keySet(), name -> {
            differ("column " + name + " type", TypeFamily.of(lc.get(name).type()), TypeFamily.of(rc.get(name).type()));
            differ("column " + name, nullability(l, lc.get(name)), nullability(r, rc.get(name)));
        });
    }

    private static Map<String, ColumnInfo> columnsByName(TableInfo t) {
        Map<String, ColumnInfo> byName = new TreeMap<>();
        t.columns().forEach(c -> byName.put(lower(c.name()), c));
        return byName;
    }

    /** A primary key column counts as NOT NULL: PostgreSQL forces it, SQLite reports it only sometimes. */
    private static String nullability(TableInfo t, ColumnInfo c) {
        boolean key = names(t.primaryKey()).contains(lower(c.name()));
        return c.nullable() && !key ? "nullable" : "NOT NULL";
    }

    private static Set<String> uniques(TableInfo t) {
        Set<String> sets = new TreeSet<>();
        t.uniques().forEach(u -> sets.add(list(new ArrayList<>(new TreeSet<>(names(u))))));
        return sets;
    }

    private void foreignKeys(TableInfo l, TableInfo r) {
        Map<String, String> lf = foreignKeys(l);
        Map<String, String> rf = foreignKeys(r);
        presence("foreign key", lf.keySet(), rf.keySet(), key -> differ("foreign key " + key, lf.get(key), rf.get(key)));
    }

    /** Keyed by columns and target, valued by the actions, so a changed action reads as one line. */
    private static Map<String, String> foreignKeys(TableInfo t) {
        Map<String, String> keys = new TreeMap<>();
        for (ForeignKeyInfo fk : t.foreignKeys()) {
            String key = list(names(fk.columns())) + " -> " + lower(fk.referencedTable()) + " "
                    + list(names(fk.referencedColumns()));
            keys.put(key, "ON DELETE " + fk.onDelete() + " ON UPDATE " + fk.onUpdate());
        }
        return keys;
    }

    private void checks(TableInfo l, TableInfo r) {
        if (l.checks().size() != r.checks().size()) {
            report(l.checks().size() + " check constraints on " + left + ", " + r.checks().size() + " on " + right);
            return;
        }
        differ("check constraints mention", CheckColumns.mentioned(l), CheckColumns.mentioned(r));
    }

    /** Indexes match by uniqueness and column list; names are only used to point at the one missing. */
    private void indexes(TableInfo l, TableInfo r) {
        List<String> rightShapes = new ArrayList<>(r.indexes().stream().map(TableComparison::shape).toList());
        List<String> leftShapes = new ArrayList<>(l.indexes().stream().map(TableComparison::shape).toList());
        for (IndexInfo index : l.indexes()) {
            if (!rightShapes.remove(shape(index))) {
                report("index " + index.name() + " " + shape(index) + " missing on " + right);
            }
        }
        for (IndexInfo index : r.indexes()) {
            if (!leftShapes.remove(shape(index))) {
                report("index " + index.name() + " " + shape(index) + " missing on " + left);
            }
        }
    }

    private static String shape(IndexInfo index) {
        List<String> columns = index.columns().stream().map(TableComparison::indexColumn).toList();
        return (index.unique() ? "unique " : "") + list(columns);
    }

    /** A plain or quoted column name, lower-cased; anything else is an expression, spelled per engine. */
    private static String indexColumn(String column) {
        String c = column.trim();
        if (c.matches("\"[^\"]+\"|`[^`]+`|\\[[^]]+]")) {
            return lower(c.substring(1, c.length() - 1));
        }
        return c.matches("[\\p{L}_][\\p{L}\\p{N}_$]*") ? lower(c) : "<expression>";
    }

    /** In key order: reports each key on one side only, and hands each key on both sides to {@code onBoth}. */
    private void presence(String what, Set<String> l, Set<String> r, Consumer<String> onBoth) {
        for (String item : union(l, r)) {
            if (!l.contains(item) || !r.contains(item)) {
                report(what + " " + item + " missing on " + (l.contains(item) ? right : left));
            } else {
                onBoth.accept(item);
            }
        }
    }

    private void differ(String what, String l, String r) {
        if (!l.equals(r)) {
            report(what + " " + l + " on " + left + ", " + r + " on " + right);
        }
    }

    private void report(String difference) {
        out.add("table " + table + ": " + difference);
    }

    private static List<String> names(List<String> names) {
        return names.stream().map(CatalogComparison::lower).toList();
    }

    static String list(List<String> names) {
        return names.isEmpty() ? "none" : "(" + String.join(", ", names) + ")";
    }
}
