package io.systemprompt.database.docs;

import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.ForeignKeyInfo;
import io.systemprompt.database.catalog.TableInfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Mermaid blocks (rendered by GitHub) for the module graph and a module's tables. */
final class Mermaid {
    private Mermaid() {
    }

    /** A flowchart with an arrow from each module to each module it needs, in a Markdown block. */
    static String moduleGraph(List<ModuleReference> modules) {
        return "```mermaid\n" + moduleGraphBody(modules) + "```\n";
    }

    /** The flowchart of {@link #moduleGraph} without the Markdown fence. */
    static String moduleGraphBody(List<ModuleReference> modules) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (ModuleReference m : modules) {
            out.append("    ").append(id(m.key())).append("[\"").append(m.key()).append("\"]\n");
        }
        for (ModuleReference m : modules) {
            for (String dep : m.dependencies()) {
                out.append("    ").append(id(m.key())).append(" --> ").append(id(dep)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * An ER diagram of a module's tables with their columns, plus, by name only, the tables of other
     * modules they reference.
     */
    static String tables(SchemaReference reference, ModuleReference module) {
        StringBuilder out = new StringBuilder("```mermaid\nerDiagram\n");
        Set<String> own = new LinkedHashSet<>();
        module.tables().forEach(t -> own.add(t.name()));
        Set<String> others = new LinkedHashSet<>();
        for (TableReference t : module.tables()) {
            out.append("    ").append(id(t.name())).append(" {\n");
            for (ColumnInfo c : t.table().columns()) {
                out.append("        ").append(id(typeWord(c.type()))).append(' ').append(id(c.name()));
                String keys = keys(t.table(), c);
                if (!keys.isEmpty()) {
                    out.append(' ').append(keys);
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (TableReference t : module.tables()) {
            for (ForeignKeyInfo fk : t.table().foreignKeys()) {
                if (!own.contains(fk.referencedTable())) {
                    others.add(fk.referencedTable());
                }
                out.append("    ").append(id(fk.referencedTable())).append(" ||--o{ ").append(id(t.name()))
                        .append(" : \"").append(String.join(", ", fk.columns())).append("\"\n");
            }
        }
        for (String other : others) {
            String owner = reference.ownerOf(other);
            out.append("    %% ").append(other).append(" belongs to ")
                    .append(owner.isEmpty() ? "no module" : owner).append('\n');
        }
        return out.append("```\n").toString();
    }

    private static String keys(TableInfo table, ColumnInfo column) {
        List<String> keys = new ArrayList<>();
        if (table.primaryKey().stream().anyMatch(k -> k.equalsIgnoreCase(column.name()))) {
            keys.add("PK");
        }
        if (table.foreignKeys().stream().anyMatch(fk -> fk.columns().stream().anyMatch(k -> k.equalsIgnoreCase(column.name())))) {
            keys.add("FK");
        }
        if (table.uniques().stream().anyMatch(u -> u.size() == 1 && u.get(0).equalsIgnoreCase(column.name()))) {
            keys.add("UK");
        }
        return String.join(", ", keys);
    }

    /** A declared type as one Mermaid word: {@code VARCHAR(64)} → {@code VARCHAR_64}. */
    private static String typeWord(String type) {
        String word = type == null || type.isBlank() ? "ANY" : type;
        return word;
    }

    /** A Mermaid identifier: letters, digits and underscores, starting with a letter. */
    static String id(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "t_" + id : id;
    }
}
