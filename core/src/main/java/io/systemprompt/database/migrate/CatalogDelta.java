package io.systemprompt.database.migrate;

import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.IndexInfo;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.catalog.TriggerInfo;
import io.systemprompt.database.catalog.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one file added to a catalog (tables, columns, indexes, views, triggers), and how a live catalog
 * compares with it: columns must exist with the same type family, so a PostgreSQL {@code BIGINT} matches
 * the module SQL's {@code INTEGER}. Objects a file drops or alters otherwise are not checked.
 */
final class CatalogDelta {
    /** How a live catalog stands against the delta. */
    enum Presence { NOTHING_TO_CHECK, PRESENT, ABSENT, DIFFERS }

    private final List<TableInfo> tables = new ArrayList<>();
    private final List<String[]> columns = new ArrayList<>(); // table, column, type
    private final List<String[]> indexes = new ArrayList<>(); // table, index
    private final List<String> views = new ArrayList<>();
    private final List<String> triggers = new ArrayList<>();

    /** The difference between the catalogs before and after a file ran. */
    static CatalogDelta between(Catalog before, Catalog after) {
        CatalogDelta d = new CatalogDelta();
        for (TableInfo t : after.tables()) {
            Optional<TableInfo> old = find(before, t.name());
            if (old.isEmpty()) {
                d.tables.add(t);
                t.indexes().forEach(i -> d.indexes.add(new String[] {t.name(), i.name()}));
                continue;
            }
            for (ColumnInfo c : t.columns()) {
                if (column(old.get(), c.name()).isEmpty()) {
                    d.columns.add(new String[] {t.name(), c.name(), c.type()});
                }
            }
            for (IndexInfo i : t.indexes()) {
                if (old.get().indexes().stream().noneMatch(o -> o.name().equalsIgnoreCase(i.name()))) {
                    d.indexes.add(new String[] {t.name(), i.name()});
                }
            }
        }
        after.views().stream().filter(v -> !containsIgnoreCase(before.views(), v)).forEach(d.views::add);
        after.triggers().stream().map(TriggerInfo::name)
                .filter(n -> before.triggers().stream().noneMatch(o -> o.name().equalsIgnoreCase(n)))
                .forEach(d.triggers::add);
        return d;
    }

    /** Per object, what the live catalog lacks or has otherwise; with whether anything at all was found. */
    Presence check(Catalog live, List<String> differences) {
        int expected = 0;
        int found = 0;
        for (TableInfo t : tables) {
            expected++;
            Optional<TableInfo> l = find(live, t.name());
            if (l.isEmpty()) {
                differences.add("table " + t.name() + " missing");
                continue;
            }
            found++;
            for (ColumnInfo c : t.columns()) {
                checkColumn(l.get(), c.name(), c.type(), differences);
            }
        }
        for (String[] c : columns) {
            expected++;
            Optional<TableInfo> l = find(live, c[0]);
            if (l.isPresent() && column(l.get(), c[1]).isPresent()) {
                found++;
            }
            if (l.isEmpty()) {
                differences.add("table " + c[0] + " missing");
            } else {
                checkColumn(l.get(), c[1], c[2], differences);
            }
        }
        for (String[] i : indexes) {
            expected++;
            boolean present = find(live, i[0]).map(t -> t.indexes().stream()
                    .anyMatch(x -> x.name().equalsIgnoreCase(i[1]))).orElse(false);
            found += present ? 1 : 0;
            if (!present) {
                differences.add("index " + i[1] + " on " + i[0] + " missing");
            }
        }
        for (String v : views) {
            expected++;
            boolean present = containsIgnoreCase(live.views(), v);
            found += present ? 1 : 0;
            if (!present) {
                differences.add("view " + v + " missing");
            }
        }
        for (String tr : triggers) {
            expected++;
            boolean present = live.triggers().stream().anyMatch(t -> t.name().equalsIgnoreCase(tr));
            found += present ? 1 : 0;
            if (!present) {
                differences.add("trigger " + tr + " missing");
            }
        }
        if (expected == 0) {
            return Presence.NOTHING_TO_CHECK;
        }
        if (differences.isEmpty()) {
            return Presence.PRESENT;
        }
        return found == 0 ? Presence.ABSENT : Presence.DIFFERS;
    }

    private static void checkColumn(TableInfo live, String name, String type, List<String> differences) {
        Optional<ColumnInfo> c = column(live, name);
        if (c.isEmpty()) {
            differences.add("table " + live.name() + ": column " + name + " missing");
        } else if (!TypeFamily.of(type).equals(TypeFamily.of(c.get().type()))) {
            differences.add("table " + live.name() + ": column " + name + " is " + c.get().type()
                    + " in the database, " + type + " in the module SQL");
        }
    }

    private static Optional<TableInfo> find(Catalog catalog, String table) {
        return catalog.tables().stream().filter(t -> t.name().equalsIgnoreCase(table)).findFirst();
    }

    private static Optional<ColumnInfo> column(TableInfo table, String name) {
        return table.columns().stream().filter(c -> c.name().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }
}
