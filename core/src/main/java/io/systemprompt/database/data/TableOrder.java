package io.systemprompt.database.data;

import io.systemprompt.database.catalog.ForeignKeyInfo;
import io.systemprompt.database.catalog.TableInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orders tables so that every table comes after the tables its foreign keys reference (parents
 * first): the order to insert in, and reversed, the order to delete in. Ties are broken by name so
 * the order is stable; tables in a reference cycle come last, by name.
 */
public final class TableOrder {
    private TableOrder() {
    }

    /** Parents first. Self-references and references to tables outside the list are ignored. */
    public static List<TableInfo> parentsFirst(Collection<TableInfo> tables) {
        Map<String, TableInfo> pending = new TreeMap<>();
        tables.forEach(t -> pending.put(key(t.name()), t));
        List<TableInfo> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            TableInfo next = pending.values().stream().filter(t -> ready(t, pending)).findFirst()
                    .orElse(pending.values().iterator().next());
            out.add(next);
            pending.remove(key(next.name()));
        }
        return out;
    }

    /** Children first: the order to delete in. */
    public static List<TableInfo> childrenFirst(Collection<TableInfo> tables) {
        List<TableInfo> out = new ArrayList<>(parentsFirst(tables));
        java.util.Collections.reverse(out);
        return out;
    }

    private static boolean ready(TableInfo t, Map<String, TableInfo> pending) {
        for (ForeignKeyInfo fk : t.foreignKeys()) {
            String parent = key(fk.referencedTable());
            if (!parent.equals(key(t.name())) && pending.containsKey(parent)) {
                return false;
            }
        }
        return true;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Tables by lower-case name, in the given order. */
    static Map<String, TableInfo> byName(List<TableInfo> tables) {
        Map<String, TableInfo> m = new LinkedHashMap<>();
        tables.forEach(t -> m.put(key(t.name()), t));
        return m;
    }
}
