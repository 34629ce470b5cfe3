package io.systemprompt.database.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Create…} and {@code Update…} input types: immutable, the columns a caller must give as
 * constructor parameters and the ones they may give as {@code with…} methods. Only given columns are
 * written, so a column left out keeps its default (create) or its stored value (update).
 */
final class InputSource {
    private static final String INDENT2 = "            ";

    private final TableModel table;
    private final String name;
    private final SourceWriter out = new SourceWriter();

    private InputSource(TableModel table, String name) {
        this.table = table;
        this.name = name;
    }

    /** {@code Create…}: NOT NULL columns without a default are required, every other column optional. */
    static String create(TableModel table, String header, String packageName) {
        List<ColumnModel> required = table.columns().stream().filter(c -> !c.optionalOnCreate()).toList();
        List<ColumnModel> optional = table.columns().stream().filter(c -> c.optionalOnCreate() && !c.generated())
                .toList();
        return new InputSource(table, table.createName()).render(header, packageName,
                "The columns to give when inserting a {@link " + table.record() + "}: the required ones in the"
                        + " constructor, the others with {@code with…}; a column not given takes its default"
                        + " (a generated key, a DEFAULT, or NULL).", required, optional);
    }

    /** {@code Update…}: every column but the primary key, all optional. */
    static String update(TableModel table, String header, String packageName) {
        return new InputSource(table, table.updateName()).render(header, packageName,
                "The columns to change in a {@link " + table.record() + "}: only the ones given with"
                        + " {@code with…} are written; the primary key never changes.", List.of(), table.updatable());
    }

    private String render(String header, String packageName, String doc, List<ColumnModel> required,
            List<ColumnModel> optional) {
        out.importing("io.systemprompt.database.typed.ColumnValues");
        out.javadoc(doc);
        out.open("public final class " + name);
        out.line("private final ColumnValues values;");
        out.line("");
        constructor(required);
        out.line("");
        out.open("private " + name + "(ColumnValues values)");
        out.line("this.values = values;");
        out.close();
        for (ColumnModel c : optional) {
            out.line("");
            wither(c);
        }
        out.line("");
        out.javadoc("The given columns and their values.", "", "@return the values, in the order given");
        out.open("public ColumnValues values()");
        out.line("return values;");
        out.close();
        out.close();
        return out.render(header, packageName);
    }

    private void constructor(List<ColumnModel> required) {
        List<String> doc = new ArrayList<>();
        doc.add(required.isEmpty() ? "Nothing given yet." : "With the columns every row needs.");
        if (!required.isEmpty()) {
            doc.add("");
        }
        List<String> params = new ArrayList<>();
        for (ColumnModel c : required) {
            doc.add("@param " + c.member() + " " + Docs.column(c));
            params.add(c.valueType() + " " + c.member());
            out.importing(c.type().importName());
        }
        out.javadoc(doc.toArray(String[]::new));
        String signature = "public " + name + "(" + String.join(", ", params) + ")";
        if (signature.length() + 6 > SourceWriter.WIDTH) {
            signature = "public " + name + "(\n" + INDENT2 + String.join(",\n" + INDENT2, params) + ")";
        }
        out.open(signature);
        if (required.isEmpty()) {
            out.line("this(ColumnValues.empty());");
        } else {
            out.line("this(ColumnValues.empty()");
            for (int i = 0; i < required.size(); i++) {
                out.line("        .with(" + SourceWriter.literal(required.get(i).sqlName()) + ", "
                        + checked(required.get(i)) + ")" + (i + 1 < required.size() ? "" : ");"));
            }
        }
        out.close();
    }

    private void wither(ColumnModel c) {
        out.importing(c.type().importName());
        out.javadoc("Sets " + Docs.column(c) + (c.nullable() ? "; null stores NULL." : "."),
                "",
                "@param " + c.member() + " the value",
                "@return a copy with the value set");
        out.open("public " + name + " with" + c.pascal() + "(" + c.valueType() + " " + c.member() + ")");
        out.line("return new " + name + "(this.values.with(" + SourceWriter.literal(c.sqlName()) + ", "
                + checked(c) + "));");
        out.close();
    }

    /** The parameter, with a null check for a NOT NULL column of a reference type. */
    private String checked(ColumnModel c) {
        if (c.nullable() || c.type().primitive()) {
            return c.member();
        }
        out.importing("java.util.Objects");
        return "Objects.requireNonNull(" + c.member() + ", " + SourceWriter.literal(c.member()) + ")";
    }
}
