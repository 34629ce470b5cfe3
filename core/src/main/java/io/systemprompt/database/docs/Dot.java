package io.systemprompt.database.docs;

import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.ForeignKeyInfo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Graphviz DOT files for the module graph and a module's tables; {@code dot -Tsvg} renders them. */
final class Dot {
    private Dot() {
    }

    /** The module graph: an edge from each module to each module it needs. */
    static String moduleGraph(List<ModuleReference> modules) {
        StringBuilder out = new StringBuilder("digraph modules {\n")
                .append("    graph [rankdir=LR, fontname=\"Helvetica\"];\n")
                .append("    node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        for (ModuleReference m : modules) {
            out.append("    ").append(quote(m.key())).append(" [label=")
                    .append('"' + escape(m.key()) + "\\n" + escape(m.version()) + '"').append("];\n");
        }
        for (ModuleReference m : modules) {
            for (String dep : m.dependencies()) {
                out.append("    ").append(quote(m.key())).append(" -> ").append(quote(dep)).append(";\n");
            }
        }
        return out.append("}\n").toString();
    }

    /**
     * The module's tables with their columns in one cluster, and the tables of other modules they
     * reference, by name, each in a dashed cluster of its own module.
     */
    static String tables(SchemaReference reference, ModuleReference module) {
        StringBuilder out = new StringBuilder("digraph ").append(quote(module.key())).append(" {\n")
                .append("    graph [rankdir=LR, fontname=\"Helvetica\"];\n")
                .append("    node [shape=plaintext, fontname=\"Helvetica\"];\n")
                .append("    edge [fontname=\"Helvetica\", fontsize=10];\n")
                .append("    subgraph ").append(quote("cluster_" + module.key())).append(" {\n")
                .append("        label=").append(quote(module.key())).append(";\n");
        for (TableReference t : module.tables()) {
            out.append("        ").append(quote(t.name())).append(" [label=<").append(tableLabel(t)).append(">];\n");
        }
        out.append("    }\n");
        Map<String, List<String>> others = new TreeMap<>();
        for (TableReference t : module.tables()) {
            for (ForeignKeyInfo fk : t.table().foreignKeys()) {
                boolean own = module.tables().stream().anyMatch(x -> x.name().equalsIgnoreCase(fk.referencedTable()));
                if (!own) {
                    String owner = reference.ownerOf(fk.referencedTable());
                    List<String> list = others.computeIfAbsent(owner.isEmpty() ? "(no module)" : owner, k -> new java.util.ArrayList<>());
                    if (!list.contains(fk.referencedTable())) {
                        list.add(fk.referencedTable());
                    }
                }
            }
        }
        others.forEach((owner, tables) -> {
            out.append("    subgraph ").append(quote("cluster_" + owner)).append(" {\n")
                    .append("        label=").append(quote(owner)).append("; style=dashed;\n");
            tables.stream().sorted().forEach(t -> out.append("        ").append(quote(t))
                    .append(" [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\"><TR><TD><B>").append(html(t))
                    .append("</B></TD></TR></TABLE>>];\n"));
            out.append("    }\n");
        });
        for (TableReference t : module.tables()) {
            for (ForeignKeyInfo fk : t.table().foreignKeys()) {
                out.append("    ").append(quote(t.name())).append(" -> ").append(quote(fk.referencedTable()))
                        .append(" [label=").append(quote(String.join(", ", fk.columns()))).append("];\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String tableLabel(TableReference t) {
        StringBuilder label = new StringBuilder("<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\">")
                .append("<TR><TD COLSPAN=\"2\" BGCOLOR=\"#dddddd\"><B>").append(html(t.name())).append("</B></TD></TR>");
        for (ColumnInfo c : t.table().columns()) {
            boolean pk = t.table().primaryKey().stream().anyMatch(k -> k.equalsIgnoreCase(c.name()));
            label.append("<TR><TD ALIGN=\"LEFT\">").append(pk ? "<U>" + html(c.name()) + "</U>" : html(c.name()))
                    .append("</TD><TD ALIGN=\"LEFT\">").append(html(c.type().isBlank() ? "ANY" : c.type()))
                    .append(c.nullable() ? "" : " NOT NULL").append("</TD></TR>");
        }
        return label.append("</TABLE>").toString();
    }

    /** A DOT double-quoted string. */
    static String quote(String text) {
        return '"' + escape(text) + '"';
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
