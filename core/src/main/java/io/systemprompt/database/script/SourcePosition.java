package io.systemprompt.database.script;

/**
 * A 1-based line and column in a SQL file.
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record SourcePosition(int line, int column) {

    /** {@code line:column}, the form used in every message. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
