package io.systemprompt.database.lint;

import io.systemprompt.database.script.SqlStatement;
import java.util.List;

/**
 * The structure of one statement, as far as the lint rules need it. Read from the tokens of the
 * project's lexer, so comments and quoted text never confuse it; anything it does not recognise is
 * {@link Kind#OTHER} and only the generic rules look at it.
 *
 * @param kind         what the statement does
 * @param statement    the statement as split from its file, with its position
 * @param table        lower-case table it works on (the ON table of an index), or null
 * @param name         lower-case name it creates or drops (the table, index, trigger or view), or null
 * @param rawName      that name as written, for the snake_case rule
 * @param ifClause     IF NOT EXISTS (create) or IF EXISTS (drop) was given
 * @param unique       CREATE UNIQUE INDEX
 * @param concurrently CREATE/DROP INDEX CONCURRENTLY
 * @param columns      the columns of an index
 * @param definition   the body of CREATE TABLE, or null
 * @param actions      the actions of ALTER TABLE
 * @param setting      lower-case parameter name of SET / SET LOCAL, or null
 */
record Ddl(Kind kind, SqlStatement statement, String table, String name, String rawName, boolean ifClause,
        boolean unique, boolean concurrently, List<String> columns, TableSpec definition, List<AlterAction> actions,
        String setting) {

    /** What a statement does. */
    enum Kind {
        CREATE_TABLE, CREATE_INDEX, CREATE_OTHER, DROP_TABLE, DROP_INDEX, DROP_OTHER, ALTER_TABLE, SET, TRUNCATE,
        OTHER
    }

    /** Reads a statement. */
    static Ddl read(SqlStatement statement) {
        return DdlReader.read(statement);
    }
}
