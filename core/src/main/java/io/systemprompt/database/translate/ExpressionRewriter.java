package io.systemprompt.database.translate;

import io.systemprompt.database.script.SqlToken;
import io.systemprompt.database.script.TokenType;
import java.util.Set;

/**
 * The token rewrites every statement gets after its structural translator ran: identifier
 * quoting, function calls, {@code ==}, blob literals, CAST types, {@code LIMIT a, b} and
 * subqueries in FROM without an alias. Tokens a
 * structural translator already handled are skipped.
 */
final class ExpressionRewriter {
    /** Words that may stand before {@code (} without being a function call. */
    private static final Set<String> NOT_CALLS = Set.of(
            "IN", "VALUES", "KEY", "CHECK", "UNIQUE", "EXISTS", "AS", "USING", "OVER", "FILTER", "AND", "OR",
            "NOT", "ON", "FROM", "WHERE", "SELECT", "THEN", "ELSE", "WHEN", "CASE", "IS", "BETWEEN", "LIKE",
            "DEFAULT", "RETURNING", "SET", "JOIN", "BY", "DISTINCT", "ALL", "LIMIT", "OFFSET", "HAVING",
            "UNION", "EXCEPT", "INTERSECT", "WINDOW", "PARTITION", "DO", "UPDATE", "COLLATE", "ESCAPE",
            "GENERATED", "ALWAYS", "TO", "ADD", "COLUMN", "CONSTRAINT", "CONFLICT", "WITH", "RECURSIVE",
            "MATERIALIZED", "PRIMARY", "FOREIGN", "REFERENCES", "TABLE", "INTO", "INDEX", "VIEW", "ROW", "NULL");
    /** Words after which a name followed by {@code (} is a table or CTE, not a call. */
    private static final Set<String> NAME_BEFORE = Set.of(
            "INTO", "TABLE", "REFERENCES", "EXISTS", "INDEX", "VIEW", "WITH", "RECURSIVE", "AS", "TRIGGER");
    /** SQLite-only operators and words with no PostgreSQL equivalent. */
    private static final Set<String> UNSUPPORTED = Set.of("AUTOINCREMENT", "GLOB", "REGEXP", "MATCH", "INDEXED");

    private ExpressionRewriter() {
    }

    static void rewrite(StatementTokens st) {
        for (int k = 0; k < st.size(); k++) {
            if (!st.handled(k)) {
                rewriteToken(st, k);
            }
        }
        Limits.rewrite(st);
        SubqueryAliases.add(st);
    }

    private static void rewriteToken(StatementTokens st, int k) {
        SqlToken token = st.get(k);
        if (token.type() == TokenType.QUOTED_IDENTIFIER) {
            st.replace(k, Identifiers.postgres(token));
        } else if (token.type() == TokenType.STRING && (token.text().startsWith("x") || token.text().startsWith("X"))) {
            st.replace(k, "'\\x" + token.text().substring(2, token.text().length() - 1) + "'::bytea");
        } else if (token.is(TokenType.OPERATOR, "==")) {
            st.replace(k, "=");
        } else if (token.type() == TokenType.WORD) {
            word(st, k, token);
        }
    }

    private static void word(StatementTokens st, int k, SqlToken token) {
        String upper = token.upper();
        if (UNSUPPORTED.contains(upper)) {
            throw st.fail(k, upper, "SQLite-only syntax");
        }
        if (upper.equals("LIKE")) {
            // SQLite's LIKE ignores ASCII case; PostgreSQL's does not.
            st.replace(k, "ILIKE");
        } else if (upper.equals("CAST") && st.isPunct(k + 1, "(")) {
            castType(st, k);
        } else if (st.isPunct(k + 1, "(") && isCallPosition(st, k, upper)) {
            SqliteFunctions.translate(st, k);
        } else {
            st.replace(k, Identifiers.postgres(token));
        }
    }

    private static boolean isCallPosition(StatementTokens st, int k, String upper) {
        SqlToken previous = st.get(k - 1);
        return !NOT_CALLS.contains(upper) && !previous.is(TokenType.PUNCT, ".")
                && !(previous.type() == TokenType.WORD && NAME_BEFORE.contains(previous.upper()));
    }

    /** {@code CAST(x AS INTEGER)}: the target type is mapped like a column type. */
    private static void castType(StatementTokens st, int k) {
        int close = st.closingParen(k + 1);
        int as = lastTopLevelAs(st, k + 1, close);
        int typeEnd = st.isPunct(close - 1, ")") ? matchingOpen(st, close - 1) - 1 : close - 1;
        StringBuilder type = new StringBuilder();
        for (int i = as + 1; i <= typeEnd; i++) {
            type.append(type.length() == 0 ? "" : " ").append(st.get(i).upper());
        }
        String name = type.toString();
        String mapped = TypeMapper.postgresType(name)
                .orElseThrow(() -> st.fail(as + 1, "CAST(... AS " + name + ")", "unknown type"));
        st.replaceRange(as + 1, close - 1, mapped);
    }

    private static int lastTopLevelAs(StatementTokens st, int open, int close) {
        int depth = 0;
        int as = -1;
        for (int i = open + 1; i < close; i++) {
            depth += st.isPunct(i, "(") ? 1 : st.isPunct(i, ")") ? -1 : 0;
            as = depth == 0 && st.isWord(i, "AS") ? i : as;
        }
        if (as < 0) {
            throw st.fail(open - 1, "CAST", "expected CAST(value AS type)");
        }
        return as;
    }

    private static int matchingOpen(StatementTokens st, int closeIndex) {
        int depth = 0;
        for (int i = closeIndex; i >= 0; i--) {
            if (st.isPunct(i, ")")) {
                depth++;
            } else if (st.isPunct(i, "(") && --depth == 0) {
                return i;
            }
        }
        return closeIndex;
    }
}
