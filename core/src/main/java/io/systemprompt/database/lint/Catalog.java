package io.systemprompt.database.lint;

import io.systemprompt.database.lint.AlterAction.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables created so far by the files already linted, in module install order, so a rule can tell a
 * table created earlier (which may hold data and serve traffic) from one created in the same file.
 */
final class Catalog {
    private final Map<String, KnownTable> tables = new HashMap<>();
    private final Map<String, String> indexTable = new HashMap<>();

    /** Where a table comes from, seen from the file being linted. */
    enum Origin {
        /** Created by an earlier file: it may hold rows and serve queries. */
        EARLIER,
        /** Created by the file being linted: nobody else can be using it yet. */
        THIS_FILE,
        /** No linted file creates it: it may exist, so hazards are reported as warnings. */
        UNKNOWN
    }

    /** Every table known now, by name. */
    java.util.Collection<KnownTable> tables() {
        return new java.util.TreeMap<>(tables).values();
    }

    Optional<KnownTable> table(String name) {
        return Optional.ofNullable(name == null ? null : tables.get(name));
    }

    /** The table an index is on, when a linted file created the index. */
    String indexTable(String index) {
        return indexTable.get(index);
    }

    Origin origin(String table, String file) {
        KnownTable t = table == null ? null : tables.get(table);
        if (t == null) {
            return Origin.UNKNOWN;
        }
        return t.file.equals(file) ? Origin.THIS_FILE : Origin.EARLIER;
    }

    /** Where a column comes from; an unknown column of a known table counts as its table. */
    Origin columnOrigin(String table, String column, String file) {
        KnownTable t = table == null ? null : tables.get(table);
        if (t == null || column == null || !t.columns.containsKey(column)) {
            return origin(table, file);
        }
        return t.columns.get(column).equals(file) ? Origin.THIS_FILE : Origin.EARLIER;
    }

    /** Records what the statement changes. */
    void apply(Ddl d, FileStatement at) {
        switch (d.kind()) {
            case CREATE_TABLE -> createTable(d, at);
            case CREATE_INDEX -> table(d.table()).ifPresent(t -> {
                t.indexes.put("index " + d.name(), d.columns());
                indexTable.put(d.name(), t.name);
            });
            case DROP_TABLE -> tables.remove(d.table());
            case DROP_INDEX -> {
                String owner = indexTable.remove(d.name());
                table(owner).ifPresent(t -> t.indexes.remove("index " + d.name()));
            }
            case ALTER_TABLE -> alter(d, at);
            default -> { }
        }
    }

    private void createTable(Ddl d, FileStatement at) {
        if (tables.containsKey(d.table()) || d.definition() == null) {
            return;
        }
        KnownTable t = new KnownTable(d.table(), at.module(), at.file());
        TableSpec def = d.definition();
        def.columns().forEach(c -> t.columns.put(c.name(), at.file()));
        if (!def.primaryKey().isEmpty()) {
            t.indexes.put("primary key", def.primaryKey());
        }
        for (int i = 0; i < def.uniqueKeys().size(); i++) {
            t.indexes.put("unique " + i, def.uniqueKeys().get(i));
        }
        def.foreignKeys().forEach(fk -> t.foreignKeys.add(new KnownTable.ForeignKeyUse(fk.columns(), at)));
        tables.put(t.name, t);
    }

    private void alter(Ddl d, FileStatement at) {
        KnownTable t = tables.get(d.table());
        if (t == null) {
            return;
        }
        for (AlterAction a : d.actions()) {
            if (a.kind() == Kind.ADD_COLUMN) {
                t.columns.putIfAbsent(a.column(), at.file());
                if (a.added().references() != null) {
                    t.foreignKeys.add(new KnownTable.ForeignKeyUse(List.of(a.column()), at));
                }
            } else if (a.kind() == Kind.DROP_COLUMN) {
                t.columns.remove(a.column());
            } else if (a.kind() == Kind.RENAME_COLUMN) {
                String from = t.columns.remove(a.column());
                t.columns.put(a.newName(), from == null ? at.file() : from);
            } else if (a.kind() == Kind.RENAME_TABLE) {
                tables.remove(t.name);
                tables.put(a.newName(), t);
            }
        }
    }
}
