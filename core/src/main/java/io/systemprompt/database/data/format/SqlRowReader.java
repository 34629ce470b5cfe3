package io.systemprompt.database.data.format;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads the INSERT statements {@link SqlRowWriter} writes: {@code INSERT INTO t (a, b) VALUES (…);}
 * with NULL, TRUE, FALSE, numbers, quoted strings and {@code X'hex'}. Values are parsed, never
 * executed as SQL, so a data file cannot run other statements. {@code --} comments are skipped.
 */
final class SqlRowReader implements RowReader {
    private final CharSource in;

    SqlRowReader(CharSource in) {
        this.in = in;
    }

    @Override
    public RawRow next() throws IOException {
        skipComments();
        if (in.peek() < 0) {
            return null;
        }
        int line = in.line();
        keyword("INSERT");
        keyword("INTO");
        identifier();
        List<String> names = names();
        keyword("VALUES");
        List<Integer> columns = new ArrayList<>();
        List<Object> values = values(columns);
        skipSpace();
        if (in.read() != ';') {
            throw in.error("';' was expected after the VALUES list");
        }
        if (names.size() != values.size()) {
            throw new RowReader.Malformed(line, 1, names.size() + " columns but " + values.size() + " values");
        }
        return new RawRow(names, values.toArray(), line, columns.stream().mapToInt(Integer::intValue).toArray());
    }

    private List<String> names() throws IOException {
        expect('(');
        List<String> names = new ArrayList<>();
        do {
            names.add(identifier());
        } while (comma());
        expect(')');
        return names;
    }

    private List<Object> values(List<Integer> columns) throws IOException {
        expect('(');
        List<Object> values = new ArrayList<>();
        do {
            skipSpace();
            columns.add(in.column());
            values.add(value());
        } while (comma());
        expect(')');
        return values;
    }

    private Object value() throws IOException {
        int c = in.peek();
        if (c == '\'') {
            return string();
        }
        if ((c == 'X' || c == 'x')) {
            in.read();
            if (in.peek() == '\'') {
                return hex(string());
            }
            throw in.error("X must start a blob literal X'…'");
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        String word = word().toUpperCase(Locale.ROOT);
        return switch (word) {
            case "NULL" -> null;
            case "TRUE" -> Boolean.TRUE;
            case "FALSE" -> Boolean.FALSE;
            default -> throw in.error("a value was expected (NULL, TRUE, FALSE, a number, 'text' or X'hex'), found "
                    + (word.isEmpty() ? "'" + (char) in.peek() + "'" : word));
        };
    }

    private byte[] hex(String digits) {
        try {
            return HexFormat.of().parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw in.error("the blob literal is not hexadecimal");
        }
    }

    private String string() throws IOException {
        return quoted('\'', "a quoted string is not closed");
    }

    /** Reads from the opening {@code quote} to its closing one; a doubled quote stands for one. */
    private String quoted(char quote, String unclosed) throws IOException {
        in.read();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw in.error(unclosed);
            }
            if (c == quote) {
                if (in.peek() != quote) {
                    return sb.toString();
                }
                in.read();
            }
            sb.append((char) c);
        }
    }

    private BigDecimal number() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (in.peek() >= 0 && "+-0123456789.eE".indexOf(in.peek()) >= 0) {
            sb.append((char) in.read());
        }
        try {
            return new BigDecimal(sb.toString());
        } catch (NumberFormatException e) {
            throw in.error("'" + sb + "' is not a number");
        }
    }

    private String identifier() throws IOException {
        skipSpace();
        if (in.peek() != '"') {
            String w = word();
            if (w.isEmpty()) {
                throw in.error("a name was expected");
            }
            return w;
        }
        return quoted('"', "a quoted name is not closed");
    }

    private String word() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (in.peek() >= 0 && (Character.isLetterOrDigit(in.peek()) || in.peek() == '_')) {
            sb.append((char) in.read());
        }
        return sb.toString();
    }

    private void keyword(String expected) throws IOException {
        skipSpace();
        String w = word();
        if (!w.equalsIgnoreCase(expected)) {
            throw in.error(expected + " was expected but found '" + w + "'; a SQL data file holds only"
                    + " INSERT INTO … VALUES (…); statements");
        }
    }

    private boolean comma() throws IOException {
        skipSpace();
        if (in.peek() == ',') {
            in.read();
            return true;
        }
        return false;
    }

    private void expect(char c) throws IOException {
        skipSpace();
        if (in.read() != c) {
            throw in.error("'" + c + "' was expected");
        }
    }

    private void skipSpace() throws IOException {
        while (in.peek() >= 0 && Character.isWhitespace(in.peek())) {
            in.read();
        }
    }

    /** Between statements: white space and {@code --} line comments. */
    private void skipComments() throws IOException {
        while (true) {
            int c = in.peek();
            if (c >= 0 && Character.isWhitespace(c)) {
                in.read();
            } else if (c == '-') {
                in.read();
                if (in.peek() != '-') {
                    throw in.error("'-' outside a value");
                }
                while (in.peek() >= 0 && in.peek() != '\n') {
                    in.read();
                }
            } else {
                return;
            }
        }
    }
}
