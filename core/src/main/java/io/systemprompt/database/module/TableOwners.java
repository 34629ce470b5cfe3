package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import io.systemprompt.database.module.SchemaObject.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which module creates each table and view, and which tables each module references, as read from the
 * module files. Two modules creating the same table or view is an error: with
 * {@code CREATE TABLE IF NOT EXISTS} the second would silently get the first one's table.
 */
final class TableOwners {
    /** Owning module key and the creating statement, by folded table name. */
    private final Map<String, Owned> owners = new HashMap<>();
    /** Every module's objects, created and referenced, in file order. */
    private final SortedMap<String, List<SchemaObject>> objects = new TreeMap<>();

    /** A table's owner and where it is created. */
    record Owned(String moduleKey, SchemaObject created) {
    }

    private TableOwners() {
    }

    /**
     * Reads every module's files.
     *
     * @throws ModuleDiscoveryException DUPLICATE_TABLE when two modules create the same table or view
     */
    static TableOwners of(SortedMap<String, DatabaseModule> byKey) {
        TableOwners t = new TableOwners();
        for (DatabaseModule m : byKey.values()) {
            List<SchemaObject> found = SchemaObjects.of(m);
            t.objects.put(m.key(), found);
            for (SchemaObject o : found) {
                if (o.kind() == Kind.TABLE || o.kind() == Kind.VIEW) {
                    t.claim(m.key(), o);
                }
            }
        }
        return t;
    }

    private void claim(String moduleKey, SchemaObject o) {
        Owned old = owners.putIfAbsent(o.folded(), new Owned(moduleKey, o));
        if (old != null && !old.moduleKey().equals(moduleKey)) {
            throw new ModuleDiscoveryException(Reason.DUPLICATE_TABLE, "Module discovery: modules '"
                    + old.moduleKey() + "' and '" + moduleKey + "' both create the " + o.kind().label() + " '"
                    + o.name() + "' (" + old.created().where() + " and " + o.where() + "). A table belongs to one "
                    + "module: rename one of them (prefix tables with the module name) or let one module use the "
                    + "other's table through a dependency.");
        }
    }

    /** The module that creates the table or view, or null when no module file does. */
    String owner(String table) {
        Owned o = owners.get(table.toLowerCase(java.util.Locale.ROOT));
        return o == null ? null : o.moduleKey();
    }

    /** The module's references to tables of other modules, in file order. */
    List<SchemaObject> foreignReferences(String moduleKey) {
        List<SchemaObject> refs = new ArrayList<>();
        for (SchemaObject o : objects.getOrDefault(moduleKey, List.of())) {
            String owner = o.kind() == Kind.REFERENCE ? owner(o.name()) : null;
            if (owner != null && !owner.equals(moduleKey)) {
                refs.add(o);
            }
        }
        return refs;
    }
}
