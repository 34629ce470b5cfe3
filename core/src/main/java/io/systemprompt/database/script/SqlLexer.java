package io.systemprompt.database.script;

import java.util.ArrayList;
import java.util.List;

/**
 * The one SQL lexer every SQL-reading part of the library shares. It understands both SQLite's and
 * PostgreSQL's lexical rules well enough to find statement boundaries and to translate on tokens:
 * comments, quoted strings and identifiers, dollar quotes and parameters. It never fails on an
 * unknown character (that becomes an {@link TokenType#OPERATOR}); it fails only on constructs that
 * do not end, because those would silently swallow the rest of the file.
 *
 * <p>Concatenating the text of the returned tokens reproduces the input exactly. Block comments do
 * not nest (SQLite's rule). {@code [name]} is always a quoted identifier (SQLite's rule), so
 * PostgreSQL array subscripts lex as one token, which is harmless for splitting.
 */
public final class SqlLexer {

    private SqlLexer() {
    }

    /** Lexes {@code sql}; errors name {@code <sql>} as the location. */
    public static List<SqlToken> tokenize(String sql) {
        return tokenize(sql, "<sql>");
    }

    /**
     * Lexes {@code sql}.
     *
     * @param location the file name for error messages
     * @throws SqlScriptException on an unterminated string, identifier, comment or dollar quote
     */
    public static List<SqlToken> tokenize(String sql, String location) {
        LexCursor cursor = new LexCursor(sql, location);
        List<SqlToken> tokens = new ArrayList<>();
        while (!cursor.atEnd()) {
            tokens.add(next(cursor));
        }
        return tokens;
    }

    private static SqlToken next(LexCursor c) {
        char ch = c.peek(0);
        char ch1 = c.peek(1);
        if (Character.isWhitespace(ch) || ch == '\uFEFF') {
            return c.emit(TokenType.WHITESPACE, c.whitespaceEnd());
        }
        if (ch == '-' && ch1 == '-') {
            return c.emit(TokenType.LINE_COMMENT, c.lineEnd());
        }
        if (ch == '/' && ch1 == '*') {
            return c.emit(TokenType.BLOCK_COMMENT, c.closedBy("*/", 2, "block comment", "add */"));
        }
        if (ch == '\'') {
            return c.emit(TokenType.STRING, c.quoted(0, '\'', "string literal"));
        }
        if (isStringPrefix(ch) && ch1 == '\'') {
            return c.emit(TokenType.STRING, stringWithPrefix(c, ch));
        }
        return nextOther(c, ch, ch1);
    }

    private static SqlToken nextOther(LexCursor c, char ch, char ch1) {
        switch (ch) {
            case '"': return c.emit(TokenType.QUOTED_IDENTIFIER, c.quoted(0, '"', "quoted identifier"));
            case '`': return c.emit(TokenType.QUOTED_IDENTIFIER, c.quoted(0, '`', "quoted identifier"));
            case '[': return c.emit(TokenType.QUOTED_IDENTIFIER,
                    c.closedBy("]", 1, "[bracketed] identifier", "add ]"));
            case ';': return c.emit(TokenType.SEMICOLON, c.pos() + 1);
            case '(': case ')': case ',': return c.emit(TokenType.PUNCT, c.pos() + 1);
            case '$': return dollar(c, ch1);
            case '?': return c.emit(TokenType.PARAMETER, c.digitsEnd(c.pos() + 1));
            case ':': case '@': return colonOrAt(c, ch, ch1);
            default: return wordNumberOrOperator(c, ch, ch1);
        }
    }

    private static boolean isStringPrefix(char ch) {
        return ch == 'E' || ch == 'e' || ch == 'X' || ch == 'x';
    }

    private static int stringWithPrefix(LexCursor c, char prefix) {
        boolean backslashEscapes = prefix == 'E' || prefix == 'e';
        return backslashEscapes ? c.escapedString(1) : c.quoted(1, '\'', "string literal");
    }

    private static SqlToken dollar(LexCursor c, char ch1) {
        if (Character.isDigit(ch1)) {
            return c.emit(TokenType.PARAMETER, c.digitsEnd(c.pos() + 1));
        }
        int tagEnd = ch1 == '$' ? c.pos() + 1 : c.dollarTagEnd(c.pos() + 1);
        if (c.charAt(tagEnd) == '$') {
            String tag = c.text(c.pos(), tagEnd + 1);
            return c.emit(TokenType.DOLLAR_QUOTED, c.closedBy(tag, tag.length(),
                    "dollar-quoted string " + tag, "add the closing " + tag));
        }
        if (tagEnd > c.pos() + 1) {
            return c.emit(TokenType.PARAMETER, tagEnd);
        }
        return c.emit(TokenType.OPERATOR, c.pos() + 1);
    }

    private static SqlToken colonOrAt(LexCursor c, char ch, char ch1) {
        if (ch == ':' && ch1 == ':') {
            return c.emit(TokenType.OPERATOR, c.pos() + 2);
        }
        if (LexCursor.isIdentifierStart(ch1)) {
            return c.emit(TokenType.PARAMETER, c.identifierEnd(c.pos() + 1));
        }
        return c.emit(TokenType.OPERATOR, c.pos() + 1);
    }

    private static SqlToken wordNumberOrOperator(LexCursor c, char ch, char ch1) {
        if (LexCursor.isIdentifierStart(ch)) {
            return c.emit(TokenType.WORD, c.identifierEnd(c.pos()));
        }
        if (Character.isDigit(ch) || (ch == '.' && Character.isDigit(ch1))) {
            return c.emit(TokenType.NUMBER, c.numberEnd());
        }
        if (ch == '.') {
            return c.emit(TokenType.PUNCT, c.pos() + 1);
        }
        return c.emit(TokenType.OPERATOR, c.operatorEnd());
    }
}
