package io.systemprompt.database.codegen;

/**
 * The {@code …Filter} of one table: for each column {@code where<Column>} (equality),
 * {@code where<Column>In}, and for nullable columns {@code where<Column>IsNull} and
 * {@code where<Column>IsNotNull}; ordering by a {@code Column} constant; limit and offset from
 * {@link io.systemprompt.database.typed.TableFilter}.
 */
final class FilterSource {
    private FilterSource() {
    }

    static String render(TableModel table, String header, String packageName) {
        SourceWriter out = new SourceWriter();
        String name = table.filterName();
        out.importing("io.systemprompt.database.typed.TableFilter");
        out.javadoc("Which rows of {@link " + table.record() + "} to find or count: conditions joined with AND,"
                + " ordering (the primary key's when none is given), limit and offset. Every value is bound.");
        out.open("public final class " + name + " extends TableFilter<" + name + ">");
        out.javadoc("Matches every row until conditions are added.");
        out.open("public " + name + "()");
        out.line("// Conditions are added with the where… methods.");
        out.close();
        for (ColumnModel c : table.columns()) {
            String column = SourceWriter.literal(c.sqlName());
            String col = "{@code " + SourceWriter.escape(c.sqlName()) + "}";
            out.importing(c.type().importName());
            out.line("");
            out.javadoc("Rows whose " + col + " equals the value" + (c.nullable() ? "; null matches NULL." : "."),
                    "", "@param " + c.member() + " the value", "@return this filter");
            out.open("public " + name + " where" + c.pascal() + "(" + c.valueType() + " " + c.member() + ")");
            out.line("return equal(" + column + ", " + c.member() + ");");
            out.close();
            out.line("");
            out.importing("java.util.Collection");
            out.javadoc("Rows whose " + col + " is one of the values; none matches no row.", "",
                    "@param " + c.member() + " the values", "@return this filter");
            out.open("public " + name + " where" + c.pascal() + "In(Collection<" + c.type().boxed() + "> "
                    + c.member() + ")");
            out.line("return in(" + column + ", " + c.member() + ");");
            out.close();
            if (c.nullable()) {
                nullCheck(out, name, c, "IsNull", "isNull", "is NULL");
                nullCheck(out, name, c, "IsNotNull", "isNotNull", "is not NULL");
            }
        }
        ordering(out, table, name, "orderBy", false, "smallest first, NULLs first");
        ordering(out, table, name, "orderByDescending", true, "largest first, NULLs last");
        out.close();
        return out.render(header, packageName);
    }

    private static void nullCheck(SourceWriter out, String name, ColumnModel c, String suffix, String call,
            String what) {
        out.line("");
        out.javadoc("Rows whose {@code " + SourceWriter.escape(c.sqlName()) + "} " + what + ".", "",
                "@return this filter");
        out.open("public " + name + " where" + c.pascal() + suffix + "()");
        out.line("return " + call + "(" + SourceWriter.literal(c.sqlName()) + ");");
        out.close();
    }

    private static void ordering(SourceWriter out, TableModel table, String name, String method, boolean descending,
            String what) {
        out.line("");
        out.javadoc("Orders by the column, " + what + ", after any ordering given before.", "",
                "@param column the column", "@return this filter");
        out.open("public " + name + " " + method + "(" + table.record() + ".Column column)");
        out.line("return order(column.sqlName(), " + descending + ");");
        out.close();
    }
}
