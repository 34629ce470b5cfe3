package io.systemprompt.database.translate;

import java.util.Optional;

/** ALTER TABLE: ADD COLUMN (translated like a CREATE TABLE column), RENAME and DROP COLUMN. */
final class AlterTableTranslator {

    private AlterTableTranslator() {
    }

    static void translate(StatementTokens st, TranslationContext ctx) {
        int name = TableNames.translate(st, 2);
        String table = Identifiers.name(st.get(name));
        Optional<TableShape> shape = ctx.table(table);
        int k = name + 1;
        if (st.isWord(k, "ADD")) {
            int column = st.isWord(k + 1, "COLUMN") ? k + 2 : k + 1;
            if (column == k + 1) {
                st.appendAfter(k, " COLUMN");
            }
            ColumnDefinition definition = ColumnDefinition.parse(st, column, st.size() - 1);
            definition.replaceType(definition.postgresTypeText());
            shape.ifPresent(s -> ctx.define(s.withColumn(definition.shape())));
        } else if (st.isWord(k, "RENAME")) {
            rename(st, ctx, shape, k + 1);
        } else if (st.isWord(k, "DROP")) {
            int column = st.isWord(k + 1, "COLUMN") ? k + 2 : k + 1;
            shape.ifPresent(s -> ctx.define(s.withoutColumn(Identifiers.name(st.get(column)))));
        } else {
            throw st.fail(k, "ALTER TABLE " + st.get(k).text(), "only ADD COLUMN, RENAME and DROP COLUMN are known");
        }
    }

    private static void rename(StatementTokens st, TranslationContext ctx, Optional<TableShape> shape, int k) {
        if (st.isWord(k, "TO")) {
            String newName = Identifiers.name(st.get(k + 1));
            shape.ifPresent(s -> {
                ctx.drop(s.name());
                ctx.define(s.renamed(newName));
            });
            return;
        }
        int from = st.isWord(k, "COLUMN") ? k + 1 : k;
        String oldName = Identifiers.name(st.get(from));
        String newName = Identifiers.name(st.get(from + 2));
        shape.flatMap(s -> s.column(oldName)).ifPresent(c -> ctx.define(
                shape.get().withoutColumn(oldName).withColumn(new ColumnShape(newName, c.postgresType()))));
    }
}
