package io.systemprompt.database.translate;

import io.systemprompt.database.script.TokenType;

/** SQLite's {@code LIMIT offset, count} becomes {@code LIMIT count OFFSET offset}. */
final class Limits {

    private Limits() {
    }

    static void rewrite(StatementTokens st) {
        for (int k = 0; k < st.size(); k++) {
            if (st.isWord(k, "LIMIT")) {
                swap(st, k);
            }
        }
    }

    private static void swap(StatementTokens st, int limit) {
        int depth = 0;
        int comma = -1;
        int end = limit + 1;
        for (; end < st.size(); end++) {
            if (st.isPunct(end, "(")) {
                depth++;
            } else if (st.isPunct(end, ")") && --depth < 0) {
                break;
            } else if (depth == 0 && st.isPunct(end, ",") && comma < 0) {
                comma = end;
            } else if (depth == 0 && st.get(end).type() == TokenType.WORD
                    && comma >= 0 && isClauseEnd(st, end)) {
                break;
            }
        }
        if (comma > limit + 1 && end > comma + 1) {
            String offset = st.textOf(limit + 1, comma - 1).strip();
            String count = st.textOf(comma + 1, end - 1).strip();
            st.replaceRange(limit + 1, end - 1, count + " OFFSET " + offset);
        }
    }

    private static boolean isClauseEnd(StatementTokens st, int k) {
        return st.isWord(k, "UNION") || st.isWord(k, "EXCEPT") || st.isWord(k, "INTERSECT")
                || st.isWord(k, "RETURNING");
    }
}
