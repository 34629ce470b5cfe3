package io.systemprompt.database.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL file into statements on the tokens of {@link SqlLexer}, never on raw text. A
 * {@code ;} ends a statement unless it is inside a string, identifier, comment or dollar quote, or
 * inside the {@code BEGIN … END} body of a {@code CREATE TRIGGER} (SQLite) or a
 * {@code CREATE FUNCTION/PROCEDURE … BEGIN ATOMIC … END} (PostgreSQL). Inside those bodies
 * {@code CASE … END} is counted too, so its {@code END} does not close the body. A top-level
 * {@code BEGIN;} or {@code BEGIN TRANSACTION;} is a statement of its own.
 */
public final class SqlSplitter {

    private SqlSplitter() {
    }

    /** Splits a normalised file; positions refer to {@code file.content()}. */
    public static List<SqlStatement> split(SqlFile file) {
        List<SqlToken> tokens = SqlLexer.tokenize(file.content(), file.location());
        return new SplitRun(file.content(), file.location(), tokens).run();
    }

    /** Splits text; a BOM and CRLF line ends are normalised first, as {@link SqlFile#of} does. */
    public static List<SqlStatement> split(String sql) {
        return split(SqlFile.of("<sql>", sql));
    }

    /** State of one pass over a file's tokens. */
    private static final class SplitRun {
        private final String content;
        private final String location;
        private final List<SqlToken> tokens;
        private final List<SqlStatement> statements = new ArrayList<>();
        private final BlockTracker blocks = new BlockTracker();
        private SqlToken first;
        private SqlToken last;

        SplitRun(String content, String location, List<SqlToken> tokens) {
            this.content = content;
            this.location = location;
            this.tokens = tokens;
        }

        List<SqlStatement> run() {
            for (SqlToken token : tokens) {
                accept(token);
            }
            if (first != null && blocks.depth() > 0) {
                throw new SqlScriptException(location, first.line(), first.column(),
                        "statement has a BEGIN or CASE without a matching END; add END; to close it.");
            }
            finish();
            return List.copyOf(statements);
        }

        private void accept(SqlToken token) {
            if (token.type() == TokenType.SEMICOLON && blocks.depth() == 0) {
                finish();
                return;
            }
            if (token.isTrivia()) {
                return;
            }
            if (first == null) {
                first = token;
            }
            last = token;
            blocks.accept(token);
        }

        private void finish() {
            if (first != null) {
                String sql = content.substring(first.offset(), last.offset() + last.text().length());
                statements.add(new SqlStatement(sql, first.line(), first.column(), statements.size()));
            }
            first = null;
            last = null;
            blocks.reset();
        }
    }
}
