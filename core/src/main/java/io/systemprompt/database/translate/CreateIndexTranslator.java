package io.systemprompt.database.translate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON t (…) [WHERE …]: the syntax is shared; the table
 * name and the partial-index predicate's 0/1 booleans are translated, and a plain unique index is
 * remembered as a key for INSERT OR REPLACE.
 */
final class CreateIndexTranslator {

    private CreateIndexTranslator() {
    }

    static void translate(StatementTokens st, TranslationContext ctx) {
        boolean unique = st.isWord(1, "UNIQUE");
        int on = 0;
        while (on < st.size() && !st.isWord(on, "ON")) {
            on++;
        }
        int name = TableNames.translate(st, on + 1);
        String table = Identifiers.name(st.get(name));
        int open = name + 1;
        if (!st.isPunct(open, "(")) {
            throw st.fail(open, st.get(open).text(), "expected ( and the indexed columns");
        }
        int close = st.closingParen(open);
        ctx.table(table).ifPresent(shape -> {
            ColumnAwarePass.apply(st, columnsByName(shape));
            if (unique && close == st.size() - 1) {
                rememberUniqueKey(st, ctx, shape, open);
            }
        });
    }

    private static Map<String, ColumnShape> columnsByName(TableShape shape) {
        return shape.columns().stream().collect(Collectors.toMap(ColumnShape::name, c -> c, (a, b) -> a));
    }

    /** A unique index on plain columns without a predicate is a key INSERT OR REPLACE can use. */
    private static void rememberUniqueKey(StatementTokens st, TranslationContext ctx, TableShape shape, int open) {
        List<int[]> items = Calls.arguments(st, open);
        if (items.stream().allMatch(i -> i[0] == i[1] && Identifiers.isName(st.get(i[0])))) {
            ctx.define(shape.withUniqueKey(items.stream().map(i -> Identifiers.name(st.get(i[0]))).toList()));
        }
    }
}
