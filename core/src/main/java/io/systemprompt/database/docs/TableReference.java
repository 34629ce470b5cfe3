package io.systemprompt.database.docs;

import io.systemprompt.database.catalog.ForeignKeyInfo;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.catalog.TriggerInfo;

import java.util.List;
import java.util.Map;

/**
 * One table of the reference.
 *
 * @param module         the key of the module that creates it, or {@code ""} when no module file does
 * @param table          the table as the catalog reports it
 * @param comment        the comment above its {@code CREATE TABLE}, or {@code ""}
 * @param columnComments column name (lower case) to its comment
 * @param postgresTypes  column name (lower case) to the PostgreSQL type the translation gives it
 * @param triggers       triggers that fire on it
 * @param referencedBy   foreign keys of other tables that point at it
 * @param changedBy      the migrations that change it, as {@code module version file}, in install order
 */
public record TableReference(String module, TableInfo table, String comment, Map<String, String> columnComments,
        Map<String, String> postgresTypes, List<TriggerInfo> triggers, List<IncomingKey> referencedBy,
        List<String> changedBy) {

    /** Copies the collections. */
    public TableReference {
        columnComments = Map.copyOf(columnComments);
        postgresTypes = Map.copyOf(postgresTypes);
        triggers = List.copyOf(triggers);
        referencedBy = List.copyOf(referencedBy);
        changedBy = List.copyOf(changedBy);
    }

    /** The table's name. */
    public String name() {
        return table.name();
    }

    /**
     * A foreign key of another table that points at this one.
     *
     * @param table  the referencing table
     * @param module the referencing table's module
     * @param key    the foreign key
     */
    public record IncomingKey(String table, String module, ForeignKeyInfo key) {
    }
}
