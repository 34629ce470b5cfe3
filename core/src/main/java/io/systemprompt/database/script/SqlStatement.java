package io.systemprompt.database.script;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a SQL file, as the engine will receive it.
 *
 * @param sql    the statement without its terminating {@code ;} and without the whitespace and
 *               comments around it; comments inside it are kept
 * @param line   1-based line of its first token in the file
 * @param column 1-based column of its first token in the file
 * @param index  0-based position among the file's statements
 */
public record SqlStatement(String sql, int line, int column, int index) {

    /** Rejects null SQL. */
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
    }

    /** The statement's position as {@code line:column}. */
    public SourcePosition position() {
        return new SourcePosition(line, column);
    }

    /** The tokens of {@link #sql()}; their offsets, lines and columns are relative to it. */
    public List<SqlToken> tokens() {
        return SqlLexer.tokenize(sql);
    }

    /** The same statement with other text, keeping its position; used by translators. */
    public SqlStatement withSql(String newSql) {
        return new SqlStatement(newSql, line, column, index);
    }

    /**
     * Where a character of {@link #sql()} sits in the file. Offsets outside the text are clamped, so
     * an engine's slightly-off error position still lands on the statement.
     *
     * @param offset 0-based offset into {@code sql}
     */
    public SourcePosition positionAt(int offset) {
        int end = Math.max(0, Math.min(offset, sql.length()));
        int lastBreak = sql.lastIndexOf('\n', end - 1);
        if (lastBreak < 0) {
            return new SourcePosition(line, column + end);
        }
        int breaks = (int) sql.substring(0, end).chars().filter(ch -> ch == '\n').count();
        return new SourcePosition(line + breaks, end - lastBreak);
    }

    /**
     * Where an engine-reported position sits in the file. PostgreSQL's {@code Position} in an error
     * is 1-based and counts characters of the statement it received.
     *
     * @param oneBased 1-based position; 0 or less means "unknown" and gives the statement start
     */
    public SourcePosition positionAtServerPosition(int oneBased) {
        return positionAt(oneBased <= 0 ? 0 : oneBased - 1);
    }
}
