package io.systemprompt.database.translate;

import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds {@code column = value}, {@code column <> value} and {@code column IN (…)} where the column
 * belongs to a table the statement names, and lets {@link ColumnValues} rewrite the value. Covers
 * UPDATE … SET, WHERE clauses, CHECK constraints, partial-index predicates and trigger bodies.
 */
final class ColumnAwarePass {
    private static final Set<String> TABLE_BEFORE = Set.of("FROM", "JOIN", "INTO", "UPDATE", "ON", "TABLE");
    private static final Set<String> COMPARISONS = Set.of("=", "==", "!=", "<>", "<", ">", "<=", ">=");

    private ColumnAwarePass() {
    }

    /** The columns of every table named after FROM, JOIN, INTO, UPDATE, ON or TABLE. */
    static Map<String, ColumnShape> referencedColumns(StatementTokens st, TranslationContext ctx) {
        Map<String, ColumnShape> columns = new LinkedHashMap<>();
        for (int k = 1; k < st.size(); k++) {
            SqlToken before = st.get(k - 1);
            if (before.type() == TokenType.WORD && TABLE_BEFORE.contains(before.upper())
                    && Identifiers.isName(st.get(k))) {
                ctx.table(Identifiers.name(st.get(k)))
                        .ifPresent(t -> t.columns().forEach(c -> columns.putIfAbsent(c.name(), c)));
            }
        }
        return columns;
    }

    static void apply(StatementTokens st, Map<String, ColumnShape> columns) {
        for (int k = 0; k < st.size(); k++) {
            ColumnShape column = Identifiers.isName(st.get(k)) && !st.isPunct(k + 1, ".")
                    ? columns.get(Identifiers.name(st.get(k))) : null;
            if (column != null) {
                valueAfter(st, k, column);
            }
        }
    }

    private static void valueAfter(StatementTokens st, int k, ColumnShape column) {
        SqlToken next = st.get(k + 1);
        if (next.type() == TokenType.OPERATOR && COMPARISONS.contains(next.text()) && !st.handled(k + 2)) {
            int end = st.get(k + 2).type() == TokenType.WORD && st.isPunct(k + 3, "(")
                    ? st.closingParen(k + 3) : st.isPunct(k + 2, "(") ? st.closingParen(k + 2) : k + 2;
            ColumnValues.apply(st, column, k + 2, end);
        } else if (column.isBoolean() && next.isWord("IN") && st.isPunct(k + 2, "(")) {
            List<int[]> items = Calls.arguments(st, k + 2);
            items.forEach(item -> ColumnValues.booleanValue(st, item[0], item[1]));
        }
    }
}
