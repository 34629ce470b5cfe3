package io.systemprompt.database.translate;

import io.systemprompt.database.script.TokenType;
import java.util.Set;

/**
 * SQLite accepts {@code FROM (SELECT …)} without an alias; PostgreSQL before 16 does not, so such
 * subqueries get one ({@code spdb_subquery_N}).
 */
final class SubqueryAliases {
    private static final Set<String> NOT_ALIASES = Set.of(
            "WHERE", "GROUP", "ORDER", "LIMIT", "JOIN", "LEFT", "RIGHT", "INNER", "CROSS", "FULL", "NATURAL",
            "UNION", "EXCEPT", "INTERSECT", "ON", "USING", "HAVING", "WINDOW", "OFFSET", "RETURNING");

    private SubqueryAliases() {
    }

    static void add(StatementTokens st) {
        int count = 0;
        for (int k = 0; k + 2 < st.size(); k++) {
            boolean source = st.isWord(k, "FROM") || st.isWord(k, "JOIN") || st.isPunct(k, ",") && count > 0;
            if (source && st.isPunct(k + 1, "(") && (st.isWord(k + 2, "SELECT") || st.isWord(k + 2, "WITH")
                    || st.isWord(k + 2, "VALUES"))) {
                int close = st.closingParen(k + 1);
                if (!hasAlias(st, close + 1)) {
                    st.appendAfter(close, " AS spdb_subquery_" + ++count);
                }
            }
        }
    }

    private static boolean hasAlias(StatementTokens st, int k) {
        if (k >= st.size()) {
            return false;
        }
        boolean name = st.get(k).type() == TokenType.QUOTED_IDENTIFIER
                || st.get(k).type() == TokenType.WORD && !NOT_ALIASES.contains(st.get(k).upper());
        return name;
    }
}
