package io.systemprompt.database.data.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and string writer for the data files and the backup manifest. Numbers read as
 * {@link BigDecimal} so no digit is lost; objects keep their key order.
 */
public final class Json {
    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Parses a whole JSON document; throws {@link IllegalArgumentException} naming the 1-based column. */
    public static Object parse(String text) {
        Json j = new Json(text);
        Object v = j.value();
        j.skipSpace();
        if (j.pos < text.length()) {
            throw j.error("unexpected text after the value");
        }
        return v;
    }

    /** Appends {@code s} as a JSON string literal; non-ASCII characters stay as they are. */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The 1-based column the reader has reached. */
    int column() {
        return pos + 1;
    }

    Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return m;
        }
        do {
            skipSpace();
            String key = string();
            expect(':');
            m.put(key, value());
            skipSpace();
        } while (take(','));
        expect('}');
        return m;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        do {
            list.add(value());
            skipSpace();
        } while (take(','));
        expect(']');
        return list;
    }

    String string() {
        if (peek() != '"') {
            throw error("a string in double quotes was expected");
        }
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                sb.append(escape());
            } else {
                sb.append(c);
            }
        }
        throw error("the string is not closed");
    }

    private char escape() {
        if (pos >= text.length()) {
            throw error("the escape is cut short");
        }
        char e = text.charAt(pos++);
        return switch (e) {
            case '"', '\\', '/' -> e;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> unicode();
            default -> throw error("unknown escape \\" + e);
        };
    }

    private char unicode() {
        if (pos + 4 > text.length()) {
            throw error("the \\u escape is cut short");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("the \\u escape is not hexadecimal");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unknown word; expected " + word);
        }
        pos += word.length();
        return value;
    }

    private BigDecimal number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("a value was expected (a string, number, true, false or null)");
        }
    }

    void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean take(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(char c) {
        skipSpace();
        if (!take(c)) {
            throw error("'" + c + "' was expected");
        }
    }

    IllegalArgumentException error(String what) {
        return new IllegalArgumentException("column " + column() + ": " + what);
    }

    /** A reader over one line, for the JSON Lines reader that needs each value's column. */
    static Json over(String line) {
        return new Json(line);
    }

    boolean atEnd() {
        skipSpace();
        return pos >= text.length();
    }

    boolean takeComma() {
        skipSpace();
        return take(',');
    }

    boolean takeClose() {
        skipSpace();
        return take('}');
    }
}
