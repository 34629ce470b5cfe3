package io.systemprompt.database.script;

/**
 * The lexer's position in the text: it measures token ends and emits tokens with line and column.
 * Package-private; only {@link SqlLexer} uses it.
 */
final class LexCursor {
    private static final String[] OPERATORS = {"->>", "||", "::", "<=", ">=", "<>", "!=", "==", "<<", ">>", "->"};

    private final String sql;
    private final String location;
    private int pos;
    private int line = 1;
    private int column = 1;

    LexCursor(String sql, String location) {
        this.sql = sql;
        this.location = location;
    }

    boolean atEnd() {
        return pos >= sql.length();
    }

    int pos() {
        return pos;
    }

    char peek(int ahead) {
        return charAt(pos + ahead);
    }

    char charAt(int index) {
        return index < sql.length() ? sql.charAt(index) : '\0';
    }

    String text(int from, int to) {
        return sql.substring(from, to);
    }

    /** Makes a token from the current position to {@code end} and moves past it. */
    SqlToken emit(TokenType type, int end) {
        SqlToken token = new SqlToken(type, sql.substring(pos, end), pos, line, column);
        for (; pos < end; pos++) {
            if (sql.charAt(pos) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return token;
    }

    static boolean isIdentifierStart(char ch) {
        return ch == '_' || Character.isLetter(ch);
    }

    static boolean isIdentifierPart(char ch) {
        return ch == '_' || ch == '$' || Character.isLetterOrDigit(ch);
    }

    int whitespaceEnd() {
        int i = pos;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    int lineEnd() {
        int i = sql.indexOf('\n', pos);
        return i < 0 ? sql.length() : i;
    }

    int identifierEnd(int from) {
        int i = from;
        while (i < sql.length() && isIdentifierPart(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End of a dollar-quote tag: like an identifier, but without {@code $}. */
    int dollarTagEnd(int from) {
        int i = from;
        while (i < sql.length() && (sql.charAt(i) == '_' || Character.isLetterOrDigit(sql.charAt(i)))) {
            i++;
        }
        return isIdentifierStart(charAt(from)) ? i : from;
    }

    int digitsEnd(int from) {
        int i = from;
        while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End of {@code open…close}: the construct starts at {@code pos}, its body after {@code openLength}. */
    int closedBy(String close, int openLength, String what, String remedy) {
        int i = sql.indexOf(close, pos + openLength);
        if (i < 0) {
            throw unterminated(what, remedy);
        }
        return i + close.length();
    }

    /** End of a quoted run where the quote is escaped by doubling it, after a prefix of {@code skip} chars. */
    int quoted(int skip, char quote, String what) {
        int i = pos + skip + 1;
        while (true) {
            int q = sql.indexOf(quote, i);
            if (q < 0) {
                throw unterminated(what, "add the closing " + quote + " (write a literal " + quote
                        + " as " + quote + quote + ")");
            }
            if (charAt(q + 1) != quote) {
                return q + 1;
            }
            i = q + 2;
        }
    }

    /** End of a PostgreSQL {@code E'…'} string, where a backslash escapes the next character. */
    int escapedString(int skip) {
        for (int i = pos + skip + 1; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '\'' && charAt(i + 1) == '\'') {
                i++;
            } else if (ch == '\'') {
                return i + 1;
            }
        }
        throw unterminated("string literal", "add the closing '");
    }

    int numberEnd() {
        if (peek(0) == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            return identifierEnd(pos + 2);
        }
        int i = digitsEnd(pos);
        if (charAt(i) == '.') {
            i = digitsEnd(i + 1);
        }
        char e = charAt(i);
        if (e == 'e' || e == 'E') {
            int j = charAt(i + 1) == '+' || charAt(i + 1) == '-' ? i + 2 : i + 1;
            i = Character.isDigit(charAt(j)) ? digitsEnd(j) : i;
        }
        return i;
    }

    int operatorEnd() {
        for (String op : OPERATORS) {
            if (sql.startsWith(op, pos)) {
                return pos + op.length();
            }
        }
        return pos + 1;
    }

    private SqlScriptException unterminated(String what, String remedy) {
        return new SqlScriptException(location, line, column,
                "unterminated " + what + " starting here; " + remedy + ".");
    }
}
