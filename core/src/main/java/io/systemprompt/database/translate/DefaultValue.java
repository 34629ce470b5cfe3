package io.systemprompt.database.translate;

import io.systemprompt.database.script.TokenType;

/** A column's DEFAULT clause, translated for the column's PostgreSQL type. */
final class DefaultValue {

    private DefaultValue() {
    }

    /** Translates {@code DEFAULT value} at k and returns the index after the value. */
    static int translate(ColumnDefinition column, int k, int to) {
        StatementTokens st = column.st;
        int from = k + 1;
        int end = valueEnd(st, from);
        if (end > to) {
            throw st.fail(k, "DEFAULT", "the default value is missing");
        }
        ColumnShape shape = column.shape();
        if (shape.isBoolean() || shape.isText()) {
            ColumnValues.apply(st, shape, from, end);
        } else if (column.postgresType.equals("BIGINT")) {
            ColumnValues.epochDefault(st, from, end);
        }
        return end + 1;
    }

    /** A default is a literal, a signed number, or a parenthesised expression. */
    private static int valueEnd(StatementTokens st, int from) {
        if (st.isPunct(from, "(")) {
            return st.closingParen(from);
        }
        boolean sign = st.get(from).type() == TokenType.OPERATOR
                && (st.get(from).text().equals("-") || st.get(from).text().equals("+"));
        return sign ? from + 1 : from;
    }
}
