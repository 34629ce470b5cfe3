package io.systemprompt.database.script;

import io.systemprompt.database.DatabaseException;

/** A SQL file cannot be read into statements: an unterminated string, comment, quote or block. */
public class SqlScriptException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final int line;
    private final int column;

    /**
     * @param location the file, or {@code <sql>} for text without a file
     * @param line     1-based line of the offending construct
     * @param column   1-based column of the offending construct
     * @param problem  what is wrong and what to do, without the position prefix
     */
    public SqlScriptException(String location, int line, int column, String problem) {
        super("database script " + location + ":" + line + ":" + column + ": " + problem);
        this.location = location;
        this.line = line;
        this.column = column;
    }

    /** The file or {@code <sql>}. */
    public String location() {
        return location;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column. */
    public int column() {
        return column;
    }
}
