package io.systemprompt.database.data.format;

import java.io.IOException;
import java.io.Reader;

/** Characters of a file with the line and column of each, and one character of look-ahead. */
final class CharSource {
    private final Reader in;
    private int next = -2;
    private int line = 1;
    private int column = 0;

    CharSource(Reader in) {
        this.in = in;
    }

    /** The next character without taking it; -1 at the end. */
    int peek() throws IOException {
        if (next == -2) {
            next = in.read();
        }
        return next;
    }

    /** Takes the next character; -1 at the end. */
    int read() throws IOException {
        int c = peek();
        next = -2;
        if (c == '\n') {
            line++;
            column = 0;
        } else if (c >= 0) {
            column++;
        }
        return c;
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
