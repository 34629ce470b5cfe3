package io.systemprompt.database.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The typed accessor of one table, e.g. {@code ConfigSettings}: create, find, count, and for a table
 * with a primary key find, update and delete by that key (all its columns, for a composite key).
 * A table without a primary key has no by-key methods: nothing identifies one of its rows. Each unique
 * key gets {@code findBy<Columns>}.
 */
final class AccessorSource {
    private final TableModel table;
    private final SourceWriter out = new SourceWriter();

    private AccessorSource(TableModel table) {
        this.table = table;
    }

    static String render(TableModel table, String header, String packageName) {
        return new AccessorSource(table).write(header, packageName);
    }

    private String write(String header, String packageName) {
        String name = table.accessor();
        String row = table.record();
        out.importing("io.systemprompt.database.Handle").importing("io.systemprompt.database.typed.TableAccess")
                .importing("io.systemprompt.database.typed.TableDefinition").importing("java.util.List");
        out.javadoc("Typed access to table {@code " + SourceWriter.escape(table.sqlName()) + "} through a"
                + " {@code Database} (each call on its own connection, or the thread's open transaction) or a"
                + " {@code Transaction}." + (table.primaryKey().isEmpty()
                        ? " The table has no primary key, so there is no find, update or delete by key." : ""));
        out.open("public final class " + name);
        out.javadoc("What typed access knows of the table: its name, columns, primary key and row record.");
        out.line("public static final TableDefinition<" + row + "> DEFINITION = new TableDefinition<>("
                + SourceWriter.literal(table.sqlName()) + ",");
        out.line("        List.of(" + literals(table.columns()) + "),");
        out.line("        List.of(" + literals(table.primaryKey()) + "), " + row + ".class);");
        out.line("");
        out.line("private final TableAccess<" + row + "> access;");
        out.line("");
        out.javadoc("Access through {@code handle}: a {@code Database} or a {@code Transaction}.", "",
                "@param handle where the statements run");
        out.open("public " + name + "(Handle handle)");
        out.line("this.access = new TableAccess<>(handle, DEFINITION);");
        out.close();
        out.line("");
        out.javadoc("Access through {@code handle}: a {@code Database} or a {@code Transaction}.", "",
                "@param handle where the statements run", "@return the accessor");
        out.open("public static " + name + " of(Handle handle)");
        out.line("return new " + name + "(handle);");
        out.close();
        out.line("");
        out.javadoc("Inserts a row and returns it as stored, with its generated key and defaults.", "",
                "@param input the columns to write", "@return the stored row");
        out.open("public " + row + " create(" + table.createName() + " input)");
        out.line("return this.access.insert(input.values());");
        out.close();
        if (!table.primaryKey().isEmpty()) {
            byKey();
        }
        for (List<ColumnModel> unique : table.uniqueKeys()) {
            findByUnique(unique);
        }
        finders();
        out.close();
        return out.render(header, packageName);
    }

    private void byKey() {
        String row = table.record();
        List<ColumnModel> key = table.primaryKey();
        out.importing("java.util.Optional");
        out.line("");
        out.javadoc(withParams("The row with this primary key, or empty.", key, "@return the row, or empty"));
        out.open("public Optional<" + row + "> findById(" + params(key) + ")");
        out.line("return this.access.findByKey(" + values(key) + ");");
        out.close();
        out.line("");
        out.javadoc(withParams("Writes the given columns of the row with this primary key.", key,
                "@param changes the columns to write", "@return the row as stored now, or empty when there is none"));
        out.open("public Optional<" + row + "> update(" + params(key) + ", " + table.updateName() + " changes)");
        out.line("return this.access.update(" + values(key) + ", changes.values());");
        out.close();
        out.line("");
        out.javadoc(withParams("Deletes the row with this primary key.", key, "@return true when there was one"));
        out.open("public boolean delete(" + params(key) + ")");
        out.line("return this.access.delete(" + values(key) + ");");
        out.close();
    }

    private void findByUnique(List<ColumnModel> unique) {
        out.importing("java.util.Optional");
        String method = "findBy" + String.join("And", unique.stream().map(ColumnModel::pascal).toList());
        if (method.equals("findById")) {
            method = "findByUniqueId";
        }
        out.line("");
        out.javadoc(withParams("The row with these values of a unique key, or empty.", unique,
                "@return the row, or empty"));
        out.open("public Optional<" + table.record() + "> " + method + "(" + params(unique) + ")");
        out.line("return this.access.findOne(" + values(unique) + ");");
        out.close();
    }

    private void finders() {
        String row = table.record();
        String filter = table.filterName();
        out.line("");
        out.javadoc("The rows the filter matches, in its order.", "", "@param filter which rows, in which order",
                "@return the rows");
        out.open("public List<" + row + "> find(" + filter + " filter)");
        out.line("return this.access.find(filter);");
        out.close();
        out.line("");
        out.javadoc("Every row, in primary key order.", "", "@return the rows");
        out.open("public List<" + row + "> findAll()");
        out.line("return this.access.find(new " + filter + "());");
        out.close();
        out.line("");
        out.javadoc("How many rows the filter's conditions match.", "", "@param filter which rows",
                "@return the count");
        out.open("public long count(" + filter + " filter)");
        out.line("return this.access.count(filter);");
        out.close();
    }

    private String[] withParams(String first, List<ColumnModel> columns, String... tail) {
        List<String> doc = new ArrayList<>();
        doc.add(first);
        doc.add("");
        for (ColumnModel c : columns) {
            doc.add("@param " + c.member() + " " + Docs.column(c));
            out.importing(c.type().importName());
        }
        doc.addAll(List.of(tail));
        return doc.toArray(String[]::new);
    }

    private static String params(List<ColumnModel> columns) {
        return String.join(", ", columns.stream().map(c -> c.valueType() + " " + c.member()).toList());
    }

    private String values(List<ColumnModel> columns) {
        out.importing("io.systemprompt.database.typed.ColumnValues");
        StringBuilder s = new StringBuilder("ColumnValues.empty()");
        for (ColumnModel c : columns) {
            s.append(".with(").append(SourceWriter.literal(c.sqlName())).append(", ").append(c.member()).append(")");
        }
        return s.toString();
    }

    private static String literals(List<ColumnModel> columns) {
        return String.join(", ", columns.stream().map(c -> SourceWriter.literal(c.sqlName())).toList());
    }
}
