package io.systemprompt.database.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A snapshot of a database's schema, the same shape on every engine.
 *
 * @param tables   user tables sorted by name, including the tracking tables {@code _schema_versions}
 *                 and {@code _migrations} when present
 * @param views    view names, sorted
 * @param triggers triggers, sorted by name
 */
public record Catalog(List<TableInfo> tables, List<String> views, List<TriggerInfo> triggers) {

    /** Copies the lists, so a read catalog never changes. */
    public Catalog {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        triggers = List.copyOf(triggers);
    }

    /** The table with this name, compared case-insensitively. */
    public Optional<TableInfo> table(String name) {
        return ByName.find(tables, TableInfo::name, name);
    }
}
