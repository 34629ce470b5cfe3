package io.systemprompt.database.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The row record of one table: one component per column in table order, the table name constant, a
 * {@code Column} enum of column names, and one enum per CHECK … IN column mapping to and from the
 * stored text.
 */
final class RecordSource {
    private final TableModel table;
    private final NullableStyle style;
    private final SourceWriter out = new SourceWriter();

    RecordSource(TableModel table, NullableStyle style) {
        this.table = table;
        this.style = style;
    }

    String render(String header, String packageName, String moduleKey) {
        List<String> doc = new ArrayList<>();
        if (!table.doc().isEmpty()) {
            doc.add(SourceWriter.escape(table.doc()));
            doc.add("");
        }
        doc.add("<p>A row of table {@code " + SourceWriter.escape(table.sqlName()) + "} of module {@code "
                + SourceWriter.escape(moduleKey) + "}.");
        doc.add("");
        for (ColumnModel c : table.columns()) {
            doc.add("@param " + c.member() + " " + Docs.column(c));
        }
        out.javadoc(doc.toArray(String[]::new));
        List<String> components = new ArrayList<>();
        for (ColumnModel c : table.columns()) {
            components.add(c.componentType(style) + " " + c.member());
            out.importing(c.type().importName());
            if (c.nullable() && style == NullableStyle.OPTIONAL) {
                out.importing("java.util.Optional");
            }
        }
        out.line("public record " + table.record() + "(");
        for (int i = 0; i < components.size(); i++) {
            out.line("        " + components.get(i) + (i + 1 < components.size() ? "," : ") {"));
        }
        out.indent();
        out.javadoc("The table name, {@value}, for hand-written SQL.");
        out.line("public static final String TABLE = " + SourceWriter.literal(table.sqlName()) + ";");
        out.line("");
        columnEnum();
        for (ColumnModel c : table.columns()) {
            if (c.isEnum()) {
                out.line("");
                valueEnum(c);
            }
        }
        out.close();
        return out.render(header, packageName);
    }

    private void columnEnum() {
        out.javadoc("The columns of {@code " + SourceWriter.escape(table.sqlName())
                + "} in table order; {@link #toString()} is the column name.");
        out.open("public enum Column");
        List<ColumnModel> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnModel c = columns.get(i);
            out.javadoc("Column {@code " + SourceWriter.escape(c.sqlName()) + "}.");
            out.line(c.constant() + "(" + SourceWriter.literal(c.sqlName()) + ")" + (i + 1 < columns.size() ? "," : ";"));
        }
        textField("sqlName", "Column", "The column name as the catalog reports it.", "@return the column name");
        out.line("");
        out.line("@Override");
        out.open("public String toString()");
        out.line("return sqlName;");
        out.close();
        out.close();
    }

    private void valueEnum(ColumnModel c) {
        out.importing("io.systemprompt.database.mapping.StoredText");
        String name = c.type().name().substring(c.type().name().lastIndexOf('.') + 1);
        out.javadoc("The values column {@code " + SourceWriter.escape(c.sqlName())
                + "} allows (its CHECK … IN constraint); stored as {@link #storedText()}.");
        out.open("public enum " + name + " implements StoredText");
        Set<String> used = new HashSet<>();
        List<String> values = c.enumValues();
        for (int i = 0; i < values.size(); i++) {
            String constant = JavaNames.constant(values.get(i));
            String unique = constant;
            for (int n = 2; !used.add(unique); n++) {
                unique = constant + "_" + n;
            }
            out.javadoc("Stored as {@code " + SourceWriter.escape(values.get(i)) + "}.");
            out.line(unique + "(" + SourceWriter.literal(values.get(i)) + ")" + (i + 1 < values.size() ? "," : ";"));
        }
        textField("storedText", name, "The text stored in the column.", "@return the stored text");
        out.line("");
        out.javadoc("The constant stored as {@code text}.",
                "",
                "@param text the stored text",
                "@return the constant",
                "@throws IllegalArgumentException when no constant is stored as that text");
        out.open("public static " + name + " fromStoredText(String text)");
        out.open("for (" + name + " value : values())");
        out.open("if (value.storedText.equals(text))");
        out.line("return value;");
        out.close();
        out.close();
        out.line("throw new IllegalArgumentException(\"'\" + text + \"' is not a stored value of column \" + "
                + SourceWriter.literal(c.sqlName()) + ");");
        out.close();
        out.close();
    }

    /** The private text field, constructor and accessor every generated enum has. */
    private void textField(String field, String type, String doc, String returns) {
        out.line("");
        out.line("private final String " + field + ";");
        out.line("");
        out.open(type + "(String " + field + ")");
        out.line("this." + field + " = " + field + ";");
        out.close();
        out.line("");
        out.javadoc(doc, "", returns);
        if (field.equals("storedText")) {
            out.line("@Override");
        }
        out.open("public String " + field + "()");
        out.line("return " + field + ";");
        out.close();
    }
}
