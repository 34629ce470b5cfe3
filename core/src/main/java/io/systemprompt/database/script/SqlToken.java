package io.systemprompt.database.script;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of SQL text, with where it starts in the text that was lexed.
 *
 * @param type   the kind of token
 * @param text   the exact source text; concatenating all tokens gives back the input
 * @param offset 0-based character offset of the first character
 * @param line   1-based line of the first character
 * @param column 1-based column of the first character
 */
public record SqlToken(TokenType type, String text, int offset, int line, int column) {

    /** Rejects a null type or text. */
    public SqlToken {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** True for whitespace and comments. */
    public boolean isTrivia() {
        return type.isTrivia();
    }

    /** True if this is an unquoted word equal to {@code keyword}, ignoring case. */
    public boolean isWord(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    /** True if this token is of {@code tokenType} and has exactly {@code value} as text. */
    public boolean is(TokenType tokenType, String value) {
        return type == tokenType && text.equals(value);
    }

    /** The upper-case text, handy for keyword switches. */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /**
     * The identifier this token names: unquoted words as written, quoted identifiers without their
     * quotes and with doubled quotes undone. Other tokens return their text.
     */
    public String identifier() {
        if (type != TokenType.QUOTED_IDENTIFIER) {
            return text;
        }
        String inner = text.substring(1, text.length() - 1);
        char open = text.charAt(0);
        return open == '[' ? inner : inner.replace("" + open + open, "" + open);
    }
}
