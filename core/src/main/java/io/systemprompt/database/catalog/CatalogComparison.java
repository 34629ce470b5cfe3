package io.systemprompt.database.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two catalogs after normalisation, so that a SQLite database and its PostgreSQL twin compare
 * equal. Used by {@code spdb schema validate} (live catalog against the module SQL applied to a scratch
 * database) and by the cross-engine equivalence test.
 *
 * <p>Normalisation: names are lower-cased; types are compared by {@link TypeFamily}; primary key columns
 * count as NOT NULL (PostgreSQL forces it, SQLite only for {@code INTEGER PRIMARY KEY}); unique
 * constraints are compared as column sets; check constraints by their number and the column names they
 * mention, since each engine rewrites the expression text; indexes by their uniqueness and column list
 * (not their names), an expression column counting as {@code <expression>}.
 *
 * <p>Not compared: defaults (each engine spells them differently), column order, constraint names and
 * triggers (a SQLite trigger may become a function plus a trigger of another shape on PostgreSQL).
 *
 * <p>Each difference is one line, e.g. {@code table users: column email nullable on sqlite, NOT NULL on
 * postgres}; no line means the catalogs are equivalent.
 */
public final class CatalogComparison {
    /** The history tables the migration core keeps; {@link #ignoringTrackingTables()} leaves them out. */
    public static final Set<String> TRACKING_TABLES = Set.of("_schema_versions", "_migrations", "_schema_objects");

    private final String left;
    private final String right;
    private final boolean ignoreTracking;

    private CatalogComparison(String left, String right, boolean ignoreTracking) {
        this.left = left;
        this.right = right;
        this.ignoreTracking = ignoreTracking;
    }

    /**
     * A comparison whose messages call the two sides by these names, e.g. {@code "sqlite"} and
     * {@code "postgres"}, or {@code "database"} and {@code "module SQL"}.
     */
    public static CatalogComparison between(String leftName, String rightName) {
        return new CatalogComparison(leftName, rightName, false);
    }

    /** The same comparison, leaving out {@code _schema_versions} and {@code _migrations}. */
    public CatalogComparison ignoringTrackingTables() {
        return new CatalogComparison(left, right, true);
    }

    /** Every difference as a human-readable line, tables in name order; empty when equivalent. */
    public List<String> differences(Catalog leftCatalog, Catalog rightCatalog) {
        List<String> out = new ArrayList<>();
        Map<String, TableInfo> l = tables(leftCatalog);
        Map<String, TableInfo> r = tables(rightCatalog);
        for (String name : union(l.keySet(), r.keySet())) {
            if (!r.containsKey(name)) {
                out.add("table " + name + " missing on " + right);
            } else if (!l.containsKey(name)) {
                out.add("table " + name + " missing on " + left);
            } else {
                out.addAll(new TableComparison(name, left, right).differences(l.get(name), r.get(name)));
            }
        }
        out.addAll(views(leftCatalog, rightCatalog));
        return out;
    }

    private Map<String, TableInfo> tables(Catalog catalog) {
        Map<String, TableInfo> byName = new TreeMap<>();
        for (TableInfo table : catalog.tables()) {
            String name = lower(table.name());
            if (!(ignoreTracking && TRACKING_TABLES.contains(name))) {
                byName.put(name, table);
            }
        }
        return byName;
    }

    private List<String> views(Catalog leftCatalog, Catalog rightCatalog) {
        Set<String> l = new TreeSet<>(leftCatalog.views().stream().map(CatalogComparison::lower).toList());
        Set<String> r = new TreeSet<>(rightCatalog.views().stream().map(CatalogComparison::lower).toList());
        List<String> out = new ArrayList<>();
        for (String view : union(l, r)) {
            if (!r.contains(view) || !l.contains(view)) {
                out.add("view " + view + " missing on " + (r.contains(view) ? left : right));
            }
        }
        return out;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
