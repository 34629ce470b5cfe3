package io.systemprompt.database.data.format;

import java.io.IOException;
import java.io.Reader;

/**
 * Characters of a file with the line and column of each, and one character of look-ahead. Reads in
 * blocks of its own, so a field is taken as one run of characters rather than a call per character.
 */
final class CharSource {
    private static final int BLOCK = 1 << 14;

    private final Reader in;
    private final char[] buf = new char[BLOCK];
    private int pos;
    private int len;
    private boolean ended;
    private int line = 1;
    private int column = 0;

    CharSource(Reader in) {
        this.in = in;
    }

    private boolean fill() throws IOException {
        while (pos >= len && !ended) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                ended = true;
            } else {
                pos = 0;
                len = n;
            }
        }
        return pos < len;
    }

    /** The next character without taking it; -1 at the end. */
    int peek() throws IOException {
        return pos < len || fill() ? buf[pos] : -1;
    }

    /** Takes the next character; -1 at the end. */
    int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
            if (c == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return c;
    }

    /**
     * Takes the characters before the next stop (not taken) or the end: a quote, and unless {@code quoted}
     * also a comma or a line end. Line and column follow the characters taken.
     */
    String run(boolean quoted) throws IOException {
        StringBuilder sb = null;
        while (pos < len || fill()) {
            int start = pos;
            int i = pos;
            boolean stopped = false;
            for (; i < len; i++) {
                char c = buf[i];
                if (c == '"' || !quoted && (c == ',' || c == '\n' || c == '\r')) {
                    stopped = true;
                    break;
                }
                if (c == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
            }
            pos = i;
            if (stopped && sb == null) {
                return new String(buf, start, i - start);
            }
            sb = sb == null ? new StringBuilder(i - start + 16) : sb;
            sb.append(buf, start, i - start);
            if (stopped) {
                break;
            }
        }
        return sb == null ? "" : sb.toString();
    }

    /** The line of the next character. */
    int line() {
        return line;
    }

    /** The 1-based column of the next character. */
    int column() {
        return column + 1;
    }

    RowReader.Malformed error(String message) {
        return new RowReader.Malformed(line, column(), message);
    }
}
